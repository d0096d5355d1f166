using CircularPark.Campaigns;
using CircularPark.Data;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Acceptance;

/// <summary>One park's acceptance inputs in one campaign, with the standing <see cref="AcceptanceStanding.Of"/> derives from them.</summary>
public sealed record ParkStanding(int CampaignId, int ParkId, ParticipationState State, int? PlannedYear, AcceptanceApplication? Application,
    IReadOnlyList<DelayRequest> Delays, PublishedAcceptanceResult? Published, AcceptanceStandingView Standing);

/// <summary>
/// The one loader of acceptance standings (ADR 0079): for the participations a query selects, their applications, delay
/// requests, published results and their campaigns' deadlines (one date or each park's planned year) in five queries,
/// judged by <see cref="AcceptanceStanding.Of"/> on <c>today</c>. Every reader of standings goes through here.
/// </summary>
public static class AcceptanceStandings
{
    public static async Task<IReadOnlyList<ParkStanding>> LoadAsync(AppDbContext db, IQueryable<Participation> participations, DateOnly today, CancellationToken ct)
    {
        var rows = await participations.AsNoTracking().Select(p => new { p.CampaignId, p.ParkId, p.State, p.PlannedYear }).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var applications = await db.AcceptanceApplications.AsNoTracking().Include(a => a.Versions)
            .Where(a => participations.Any(p => p.CampaignId == a.CampaignId && p.ParkId == a.ParkId)).ToDictionaryAsync(a => (a.CampaignId, a.ParkId), ct);
        var delays = (await db.DelayRequests.AsNoTracking().Where(d => participations.Any(p => p.CampaignId == d.CampaignId && p.ParkId == d.ParkId))
            .OrderBy(d => d.Id).ToListAsync(ct)).ToLookup(d => (d.CampaignId, d.ParkId));
        var published = await db.PublishedAcceptanceResults.AsNoTracking()
            .Where(r => participations.Any(p => p.CampaignId == r.CampaignId && p.ParkId == r.ParkId)).ToDictionaryAsync(r => (r.CampaignId, r.ParkId), ct);
        var deadlines = await DeadlinesAsync(db, participations.Select(p => p.CampaignId), ct);
        return rows.Select(p =>
        {
            var key = (p.CampaignId, p.ParkId);
            var (application, parkDelays, result) = (applications.GetValueOrDefault(key), delays[key].ToList(), published.GetValueOrDefault(key));
            var standing = AcceptanceStanding.Of(p.State, p.PlannedYear, application, parkDelays, deadlines[p.CampaignId], today, result);
            return new ParkStanding(p.CampaignId, p.ParkId, p.State, p.PlannedYear, application, parkDelays, result, standing);
        }).ToList();
    }

    /// <summary>The acceptance deadline of each campaign the query names: its rule (campaign data) and its one date (the acceptance rules).</summary>
    public static async Task<IReadOnlyDictionary<int, AcceptanceDeadline>> DeadlinesAsync(AppDbContext db, IQueryable<int> campaignIds, CancellationToken ct) =>
        await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id))
            .Select(c => new { c.Id, c.AcceptanceDeadlineRule, Due = db.AcceptanceRules.Where(r => r.CampaignId == c.Id).Select(r => r.AcceptanceDueOn).FirstOrDefault() })
            .ToDictionaryAsync(c => c.Id, c => new AcceptanceDeadline(c.AcceptanceDeadlineRule, c.Due), ct);

    /// <summary>The deadline of a campaign whose rules are loaded already.</summary>
    public static AcceptanceDeadline Deadline(Campaign campaign, AcceptanceRules rules) => new(campaign.AcceptanceDeadlineRule, rules.AcceptanceDueOn);
}
