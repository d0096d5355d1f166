using CircularPark.Data;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Acceptance;

/// <summary>One park's public acceptance result: accepted (with grade), failed (graded below pass) or failed by missing the deadline.</summary>
public sealed record AcceptanceResultRow(int ParkId, string Park, string CityZh, string CityShortZh, string CityEn, AcceptanceStandingKind Outcome,
    double? Score, string? Grade, string? FilingNumber, DateOnly? FiledOn, DateOnly? DueOn);

/// <summary>A campaign's public acceptance results: what anyone may read (filed results and parks that missed the deadline).</summary>
public sealed record AcceptanceResults(string CampaignCode, string CampaignZh, string CampaignEn, IReadOnlyList<AcceptanceResultRow> Rows)
{
    public IReadOnlyList<AcceptanceResultRow> Failed => Rows.Where(r => r.Outcome != AcceptanceStandingKind.Accepted).ToList();
}

/// <summary>
/// Public: the filed results of a campaign and the parks that count as failed because they neither applied nor asked
/// for a delay by their deadline (derived on the clock's today). Nothing else of an application is public.
/// </summary>
public sealed class GetAcceptanceResults(AppDbContext db)
{
    public async Task<AcceptanceResults?> ExecuteAsync(string campaignCode, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return null;
        var rules = await AcceptanceRules.LoadAsync(db, campaign.Id, ct);
        var today = db.Clock.Today();
        var participations = await db.Participations.AsNoTracking().Where(p => p.CampaignId == campaign.Id)
            .Select(p => new { p.ParkId, p.State, p.Park!.Name, p.Park.Memberships }).ToListAsync(ct);
        var applications = await db.AcceptanceApplications.AsNoTracking().Include(a => a.Versions).Where(a => a.CampaignId == campaign.Id).ToDictionaryAsync(a => a.ParkId, ct);
        var delays = (await db.DelayRequests.AsNoTracking().Where(d => d.CampaignId == campaign.Id).ToListAsync(ct)).ToLookup(d => d.ParkId);
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var rows = new List<AcceptanceResultRow>();
        foreach (var p in participations)
        {
            var application = applications.GetValueOrDefault(p.ParkId);
            var standing = AcceptanceStanding.Of(p.State, application, delays[p.ParkId].ToList(), rules.AcceptanceDueOn, today);
            if (standing.Kind is not (AcceptanceStandingKind.Accepted or AcceptanceStandingKind.Failed or AcceptanceStandingKind.MissedDeadline)) continue;
            var regionId = (p.Memberships.FirstOrDefault(m => m.IsValidOn(today)) ?? p.Memberships.First()).RegionId;
            var city = tree.AtLevel(regionId, RegionLevel.City) ?? tree.Find(regionId)!;
            rows.Add(new AcceptanceResultRow(p.ParkId, p.Name, city.NameZh, city.NameZh.EndsWith('市') ? city.NameZh[..^1] : city.NameZh, city.NameEn,
                standing.Kind, application?.Score, application?.Grade, application?.FilingNumber, application?.FiledOn, standing.DueOn));
        }
        return new AcceptanceResults(campaign.Code, campaign.TitleZh, campaign.TitleEn,
            rows.OrderBy(r => r.CityZh, StringComparer.Ordinal).ThenBy(r => r.Park, StringComparer.Ordinal).ToList());
    }
}
