using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Inbox;

namespace CircularPark.Reviews;

/// <summary>
/// The follow-up's inbox tasks: the park, for its opinion items still open or returned (待落实专家意见); the city, for the
/// answers of its parks waiting for a decision (待确认整改答复). Who gets which is the permissions table's
/// (<see cref="Permissions.FollowUpAnswer"/>, <see cref="Permissions.FollowUpConfirm"/>); which parks, the user's scope.
/// </summary>
internal static class FollowUpInbox
{
    public static async Task<List<InboxTask>> TasksAsync(AppDbContext db, AccessScope user, CancellationToken ct)
    {
        var (answers, decides) = (user.Holds(Permissions.FollowUpAnswer), user.Holds(Permissions.FollowUpConfirm));
        if (!answers && !decides) return [];
        var followed = await FollowUpQueries.FollowedAsync(db, user, null, ct);
        var states = await FollowUpQueries.ItemStatesAsync(db, followed.Select(f => f.OpinionId).ToList(), ct);
        var tasks = new List<InboxTask>();
        foreach (var f in followed)
        {
            if (answers && states[f.OpinionId].Any(s => s is FollowUpState.Open or FollowUpState.Returned))
                tasks.Add(new InboxTask(InboxTaskKind.AnswerOpinionItems, f.CampaignCode, f.Campaign, f.ParkId, f.Park, null, false) { Link = Link(f.CampaignCode, f.ParkId) });
            if (decides && states[f.OpinionId].Contains(FollowUpState.Answered))
                tasks.Add(new InboxTask(InboxTaskKind.ConfirmOpinionItems, f.CampaignCode, f.Campaign, f.ParkId, f.Park, null, false) { Link = Link(f.CampaignCode, f.ParkId) });
        }
        return tasks;
    }

    private static string Link(string campaignCode, int parkId) => $"/selection/{campaignCode}/parks/{parkId}#follow-up";
}
