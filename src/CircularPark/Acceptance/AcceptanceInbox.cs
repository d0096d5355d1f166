using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Parks;
using CircularPark.Inbox;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Acceptance;

/// <summary>
/// The acceptance steps waiting for a user, for the inbox: reviewers (city, province) the next review step of applications
/// in their region, the province the filing and the delay requests to decide, a park its returned application or the
/// application it still owes before its deadline.
/// </summary>
internal static class AcceptanceInbox
{
    public static async Task<List<InboxTask>> TasksAsync(AppDbContext db, AccessScope user, CancellationToken ct)
    {
        // A park's own steps (apply, revise) for its users; the review, filing and delay decisions for the officials who take them.
        var ownPark = user.ParkId is not null && user.Holds(Permissions.AcceptanceApply);
        if (!ownPark && !user.Holds(Permissions.AcceptanceReview) && !user.Holds(Permissions.AcceptanceFile)) return [];
        var mine = db.Participations.Where(p => !ownPark || p.ParkId == user.ParkId);
        var names = await mine.AsNoTracking().Select(p => new { p.CampaignId, p.ParkId, p.Campaign!.Code, p.Campaign.TitleZh, Park = p.Park!.Name })
            .ToDictionaryAsync(p => (p.CampaignId, p.ParkId), ct);
        var rows = (await AcceptanceStandings.LoadAsync(db, mine, db.Clock.Today(), ct))
            .Where(r => r.Application != null || r.Delays.Count > 0 || r.Standing.DueOn != null).ToList();
        var visible = await ParkAccess.VisibleParkIdsAsync(db, user, rows.Select(r => r.ParkId).Distinct().ToList(), ct);
        var tasks = new List<InboxTask>();
        foreach (var r in rows.Where(r => visible.Contains(r.ParkId)))
        {
            var standing = r.Standing;
            InboxTaskKind? kind = ownPark switch
            {
                true when r.Application?.Status == AcceptanceStatus.Returned => InboxTaskKind.ReviseAcceptance,
                true when standing.Kind == AcceptanceStandingKind.Awaiting && standing.DueOn is not null => InboxTaskKind.ApplyForAcceptance,
                true => null,
                _ when r.Application?.Status == AcceptanceStatus.Graded && user.Holds(Permissions.AcceptanceFile) => InboxTaskKind.FileAcceptance,
                _ when AcceptanceWorkflow.Open(r.Application?.Status, user.Role).Any(s => s != AcceptanceStep.Return && s != AcceptanceStep.File) => InboxTaskKind.ReviewAcceptance,
                _ when r.Delays.Any(d => d.Status == DelayStatus.Pending) && user.Holds(Permissions.AcceptanceFile) => InboxTaskKind.DecideDelay,
                _ => null,
            };
            if (kind is { } k && names[(r.CampaignId, r.ParkId)] is var n) tasks.Add(new InboxTask(k, n.Code, n.TitleZh, r.ParkId, n.Park, standing.DueOn, false) { Link = $"/acceptance/{n.Code}/parks/{r.ParkId}" });
        }
        return tasks;
    }
}
