using CircularPark.Campaigns;
using CircularPark.Data;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Acceptance;

/// <summary>
/// The acceptance standing of many parks of one campaign at once (four queries), for summaries that must count a park
/// that missed its deadline as failed although its stored participation state has not moved (ADR 0040).
/// </summary>
public static class CampaignStandings
{
    public static async Task<IReadOnlyDictionary<int, AcceptanceStandingView>> LoadAsync(AppDbContext db, int campaignId,
        IReadOnlyDictionary<int, ParticipationState> parks, CancellationToken ct = default)
    {
        var ids = parks.Keys.ToList();
        var applications = await db.AcceptanceApplications.AsNoTracking().Include(a => a.Versions)
            .Where(a => a.CampaignId == campaignId && ids.Contains(a.ParkId)).ToDictionaryAsync(a => a.ParkId, ct);
        var delays = (await db.DelayRequests.AsNoTracking().Where(d => d.CampaignId == campaignId && ids.Contains(d.ParkId)).ToListAsync(ct))
            .ToLookup(d => d.ParkId);
        var due = await db.AcceptanceRules.AsNoTracking().Where(r => r.CampaignId == campaignId).Select(r => r.AcceptanceDueOn).FirstOrDefaultAsync(ct);
        var published = await db.PublishedAcceptanceResults.AsNoTracking().Where(r => r.CampaignId == campaignId && ids.Contains(r.ParkId)).ToDictionaryAsync(r => r.ParkId, ct);
        var today = db.Clock.Today();
        return parks.ToDictionary(p => p.Key,
            p => AcceptanceStanding.Of(p.Value, applications.GetValueOrDefault(p.Key), delays[p.Key].ToList(), due, today, published.GetValueOrDefault(p.Key)));
    }
}
