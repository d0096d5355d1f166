using CircularPark.Data;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Acceptance;

/// <summary>
/// One park's public acceptance result: accepted (with grade), failed (graded below pass) or failed by missing the deadline.
/// <paramref name="Published"/>: recorded from a notice published before the product was used (ADR 0074); its number and
/// date are then <paramref name="FilingNumber"/> and <paramref name="FiledOn"/>, and the score only if the notice gave one.
/// </summary>
public sealed record AcceptanceResultRow(int ParkId, string Park, string CityZh, string CityShortZh, string CityEn, AcceptanceStandingKind Outcome,
    double? Score, string? Grade, string? FilingNumber, DateOnly? FiledOn, DateOnly? DueOn, bool Published = false);

/// <summary>A campaign's public acceptance results: what anyone may read (filed results and parks that missed the deadline).</summary>
public sealed record AcceptanceResults(string CampaignCode, string CampaignZh, string CampaignEn, IReadOnlyList<AcceptanceResultRow> Rows)
{
    public IReadOnlyList<AcceptanceResultRow> Failed => Rows.Where(r => r.Outcome != AcceptanceStandingKind.Accepted).ToList();

    /// <summary>
    /// The published notice the failed parks all come from (its number and date), when every failed park was recorded from
    /// one notice published before the product was used; null when there is none or they come from different documents.
    /// </summary>
    public (string Number, DateOnly On)? PublishedNotice => Failed.Count > 0 && Failed.All(r => r.Published)
        && Failed.Select(r => (r.FilingNumber, r.FiledOn)).Distinct().Count() == 1 ? (Failed[0].FilingNumber!, Failed[0].FiledOn!.Value) : null;
}

/// <summary>
/// Public: the filed results of a campaign (in the product, or published before it and recorded, ADR 0074) and the parks that count as failed because they neither applied nor asked
/// for a delay by their deadline (derived on the clock's today). Nothing else of an application is public.
/// </summary>
public sealed class GetAcceptanceResults(AppDbContext db)
{
    /// <summary>The results on the clock's today, or as they stood on <paramref name="asOf"/> (a notice's date).</summary>
    public async Task<AcceptanceResults?> ExecuteAsync(string campaignCode, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return null;
        var today = asOf ?? db.Clock.Today();
        var standings = await AcceptanceStandings.LoadAsync(db, db.Participations.Where(p => p.CampaignId == campaign.Id), today, ct);
        var parks = await db.Participations.AsNoTracking().Where(p => p.CampaignId == campaign.Id)
            .Select(p => new { p.ParkId, p.Park!.Name, p.Park.Memberships }).ToDictionaryAsync(p => p.ParkId, ct);
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var rows = new List<AcceptanceResultRow>();
        foreach (var s in standings.Where(s => s.Standing.Kind is AcceptanceStandingKind.Accepted or AcceptanceStandingKind.Failed or AcceptanceStandingKind.MissedDeadline))
        {
            var (p, standing, application, result) = (parks[s.ParkId], s.Standing, s.Application, s.Published is { } r && r.NoticeOn <= today ? r : null);
            var regionId = (p.Memberships.FirstOrDefault(m => m.IsValidOn(today)) ?? p.Memberships.First()).RegionId;
            var city = tree.AtLevel(regionId, RegionLevel.City) ?? tree.Find(regionId)!;
            var cityShort = city.NameZh.EndsWith('市') ? city.NameZh[..^1] : city.NameZh;
            rows.Add(result is not null
                ? new AcceptanceResultRow(p.ParkId, p.Name, city.NameZh, cityShort, city.NameEn, standing.Kind, result.Score, result.Grade, result.NoticeNumber,
                    result.NoticeOn, standing.DueOn, Published: true)
                : new AcceptanceResultRow(p.ParkId, p.Name, city.NameZh, cityShort, city.NameEn, standing.Kind, application?.Score, application?.Grade,
                    application?.FilingNumber, application?.FiledOn, standing.DueOn));
        }
        return new AcceptanceResults(campaign.Code, campaign.TitleZh, campaign.TitleEn,
            rows.OrderBy(r => r.CityZh, StringComparer.Ordinal).ThenBy(r => r.Park, StringComparer.Ordinal).ToList());
    }
}
