using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reviews;

/// <summary>
/// A park's follow-up of its expert opinion in a campaign. <see cref="Applies"/> is false while its plan is not approved (or
/// the opinion failed it); the items are then listed without steps. <see cref="PlanVersions"/> are the submitted versions an
/// answer may cite (none: the park answers without one).
/// </summary>
public sealed record FollowUpView(int ParkId, string Park, string CampaignCode, ParticipationState ParkState, bool Applies, int? OpinionId,
    ReviewConclusion? Conclusion, bool ItemsNumbered, IReadOnlyList<int> PlanVersions, IReadOnlyList<FollowUpItemView> Items);

/// <summary>One numbered item: its text, state, the steps the reader may take now (from the step table) and its history, oldest first.</summary>
public sealed record FollowUpItemView(int ItemId, int Number, string Text, FollowUpState State, IReadOnlyList<string> Steps, IReadOnlyList<FollowUpEntryView> History);

/// <summary>An answer (with the plan version it cites) or a decision (with its reason), as recorded.</summary>
public sealed record FollowUpEntryView(string Step, string Text, int? PlanVersionNumber, string Actor, DateTime AtUtc);

/// <summary>One park of a campaign's follow-up: how many items are open, answered, confirmed and returned.</summary>
public sealed record FollowUpParkRow(int ParkId, string Park, int? Sequence, ParticipationState ParkState, int Items, int Open, int Answered, int Confirmed, int Returned);

/// <summary>Reads a park's follow-up: users with <see cref="Permissions.FollowUpRead"/> on the park in the campaign.</summary>
public sealed class GetFollowUp(AppDbContext db)
{
    public async Task<Outcome<FollowUpView>> ExecuteAsync(string campaignCode, int parkId, AccessScope user, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return Failure.NotFound("Rule.campaign", campaignCode);
        var participation = await db.Participations.AsNoTracking().SingleOrDefaultAsync(p => p.CampaignId == campaign.Id && p.ParkId == parkId, ct);
        var target = await FollowUpAccess.TargetAsync(db, parkId, campaign, ct);
        if (participation is null || target is null) return Failure.NotFound("Selection.NotInCampaign");
        if (!user.Allows(Permissions.FollowUpRead, target.Value.Target)) return Failure.Forbidden;
        var opinion = await Opinions.LatestAsync(db, participation.Id, ct);
        var items = opinion is null ? [] : await db.Set<OpinionItem>().AsNoTracking().Where(i => i.OpinionId == opinion.Id).OrderBy(i => i.Number).ToListAsync(ct);
        var ids = items.Select(i => i.Id).ToList();
        var followUps = await db.OpinionFollowUps.AsNoTracking().Include(f => f.Entries).Where(f => ids.Contains(f.OpinionItemId))
            .ToDictionaryAsync(f => f.OpinionItemId, ct);
        var applies = opinion is not null && FollowUpFlow.Applies(participation.State, opinion.Conclusion);
        return new FollowUpView(parkId, target.Value.Park, campaignCode, participation.State, applies, opinion?.Id, opinion?.Conclusion, opinion?.ItemsNumbered ?? true,
            await AnswerOpinionItem.SubmittedVersionsAsync(db, parkId, campaign.Id, ct),
            items.Select(i => Item(i, followUps.GetValueOrDefault(i.Id), applies, user, target.Value.Target)).ToList());
    }

    private static FollowUpItemView Item(OpinionItem item, OpinionFollowUp? followUp, bool applies, AccessScope user, ScopeTarget target)
    {
        var state = followUp?.State ?? FollowUpState.Open;
        var steps = applies ? FollowUpFlow.Table.Open(state, user, target).Select(FollowUpFlow.Name).ToList() : [];
        var history = (followUp?.Entries ?? []).OrderBy(e => e.AtUtc).ThenBy(e => e.Id)
            .Select(e => new FollowUpEntryView(FollowUpFlow.Name(e.Step), e.Text, e.PlanVersionNumber, e.Actor, e.AtUtc)).ToList();
        return new FollowUpItemView(item.Id, item.Number, item.Text, state, steps, history);
    }
}

/// <summary>
/// A campaign's follow-up park by park, for the officials who oversee it: the parks whose opinion is followed up (approved,
/// <see cref="FollowUpFlow.States"/>) among those the user's region holds, in the order of the campaign's list.
/// </summary>
public sealed class GetFollowUpOverview(AppDbContext db)
{
    public async Task<Outcome<IReadOnlyList<FollowUpParkRow>>> ExecuteAsync(string campaignCode, AccessScope user, CancellationToken ct = default)
    {
        if (!user.Holds(Permissions.FollowUpOverview)) return Failure.Forbidden;
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return Failure.NotFound("Rule.campaign", campaignCode);
        var followed = await FollowUpQueries.FollowedAsync(db, user, campaign.Id, ct);
        var states = await FollowUpQueries.ItemStatesAsync(db, followed.Select(f => f.OpinionId).ToList(), ct);
        return followed.Select(f => Row(f, states[f.OpinionId].ToList())).OrderBy(r => r.Sequence ?? int.MaxValue).ThenBy(r => r.ParkId).ToList();
    }

    private static FollowUpParkRow Row(FollowedOpinion f, List<FollowUpState> items) =>
        new(f.ParkId, f.Park, f.Sequence, f.ParkState, items.Count, Count(items, FollowUpState.Open), Count(items, FollowUpState.Answered),
            Count(items, FollowUpState.Confirmed), Count(items, FollowUpState.Returned));

    private static int Count(List<FollowUpState> items, FollowUpState state) => items.Count(s => s == state);
}

/// <summary>The queries the follow-up's lists share.</summary>
internal static class FollowUpQueries
{
    /// <summary>The state of every item of the given opinions (<see cref="FollowUpState.Open"/> before the first answer), by opinion.</summary>
    public static async Task<ILookup<int, FollowUpState>> ItemStatesAsync(AppDbContext db, IReadOnlyCollection<int> opinionIds, CancellationToken ct)
    {
        var states = await db.Set<OpinionItem>().AsNoTracking().Where(i => opinionIds.Contains(i.OpinionId))
            .Select(i => new
            {
                i.OpinionId,
                State = db.OpinionFollowUps.Where(f => f.OpinionItemId == i.Id).Select(f => (FollowUpState?)f.State).FirstOrDefault() ?? FollowUpState.Open,
            }).ToListAsync(ct);
        return states.ToLookup(s => s.OpinionId, s => s.State);
    }

    /// <summary>
    /// The opinions followed up in the parks <paramref name="user"/> sees (in one campaign, or all): the latest round's opinion
    /// of each approved park (<see cref="FollowUpFlow.States"/>) that did not fail it, with the park and the campaign.
    /// </summary>
    public static async Task<List<FollowedOpinion>> FollowedAsync(AppDbContext db, AccessScope user, int? campaignId, CancellationToken ct)
    {
        var mine = db.Parks.VisibleTo(user, db.Clock.Today()).Select(p => p.Id);
        var opinions = db.ReviewOpinions.AsNoTracking()
            .Where(o => mine.Contains(o.Participation!.ParkId) && FollowUpFlow.States.Contains(o.Participation.State) && o.Conclusion != ReviewConclusion.Fail)
            .Where(o => !db.ReviewOpinions.Any(later => later.ParticipationId == o.ParticipationId && (later.Round > o.Round || (later.Round == o.Round && later.Id > o.Id))));
        if (campaignId is { } campaign) opinions = opinions.Where(o => o.Participation!.CampaignId == campaign);
        return await opinions.Select(o => new FollowedOpinion(o.Id, o.Participation!.Campaign!.Code, o.Participation.Campaign.TitleZh, o.Participation.ParkId,
            o.Participation.Park!.Name, o.Participation.Sequence, o.Participation.State)).ToListAsync(ct);
    }
}

/// <summary>An opinion whose items are followed up, with its park (and the park's place in the campaign's list) and campaign.</summary>
internal sealed record FollowedOpinion(int OpinionId, string CampaignCode, string Campaign, int ParkId, string Park, int? Sequence, ParticipationState ParkState);
