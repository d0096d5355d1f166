using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Parks;
using CircularPark.Reviews;
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
        if (user.Role is not (Roles.Park or Roles.City or Roles.Province or Roles.Admin)) return [];
        var dues = await db.AcceptanceRules.AsNoTracking().ToDictionaryAsync(r => r.CampaignId, r => r.AcceptanceDueOn, ct);
        var applications = await db.AcceptanceApplications.AsNoTracking().Include(a => a.Versions)
            .Where(a => user.Role != Roles.Park || a.ParkId == user.ParkId).ToDictionaryAsync(a => (a.CampaignId, a.ParkId), ct);
        var delays = (await db.DelayRequests.AsNoTracking().Where(d => user.Role != Roles.Park || d.ParkId == user.ParkId).ToListAsync(ct))
            .ToLookup(d => (d.CampaignId, d.ParkId));
        var published = await db.PublishedAcceptanceResults.AsNoTracking().Where(r => user.Role != Roles.Park || r.ParkId == user.ParkId)
            .ToDictionaryAsync(r => (r.CampaignId, r.ParkId), ct);
        var rows = (await db.Participations.AsNoTracking()
                .Where(p => user.Role != Roles.Park || p.ParkId == user.ParkId)
                .Select(p => new { p.ParkId, p.State, p.CampaignId, p.Campaign!.Code, p.Campaign.TitleZh, Park = p.Park!.Name })
                .ToListAsync(ct))
            .Select(p => new
            {
                p.ParkId, p.State, p.Code, p.TitleZh, p.Park, Application = applications.GetValueOrDefault((p.CampaignId, p.ParkId)),
                Delays = delays[(p.CampaignId, p.ParkId)].ToList(), Due = dues.GetValueOrDefault(p.CampaignId),
                Published = published.GetValueOrDefault((p.CampaignId, p.ParkId)),
            })
            .Where(r => r.Application != null || r.Delays.Count > 0 || r.Due != null).ToList();
        var visible = await ParkAccess.VisibleParkIdsAsync(db, user, rows.Select(r => r.ParkId).Distinct().ToList(), ct);
        var tasks = new List<InboxTask>();
        foreach (var r in rows.Where(r => visible.Contains(r.ParkId)))
        {
            var standing = AcceptanceStanding.Of(r.State, r.Application, r.Delays, r.Due, db.Clock.Today(), r.Published);
            InboxTaskKind? kind = user.Role switch
            {
                Roles.Park when r.Application?.Status == AcceptanceStatus.Returned => InboxTaskKind.ReviseAcceptance,
                Roles.Park when standing.Kind == AcceptanceStandingKind.Awaiting && standing.DueOn is not null => InboxTaskKind.ApplyForAcceptance,
                Roles.Park => null,
                _ when r.Application?.Status == AcceptanceStatus.Graded && user.Role != Roles.City => InboxTaskKind.FileAcceptance,
                _ when AcceptanceWorkflow.Open(r.Application?.Status, user.Role).Any(s => s != AcceptanceStep.Return && s != AcceptanceStep.File) => InboxTaskKind.ReviewAcceptance,
                _ when r.Delays.Any(d => d.Status == DelayStatus.Pending) && user.Role != Roles.City => InboxTaskKind.DecideDelay,
                _ => null,
            };
            if (kind is { } k) tasks.Add(new InboxTask(k, r.Code, r.TitleZh, r.ParkId, r.Park, standing.DueOn, false));
        }
        return tasks;
    }
}
