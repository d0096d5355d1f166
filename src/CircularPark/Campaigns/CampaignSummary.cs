using CircularPark.Data;
using CircularPark.Parks;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Campaigns;

/// <summary>Counts of parks per city, planned year and level: the shape of Shandong's Attachment 1.</summary>
public sealed record SummaryRow(string CityCode, string CityZh, string CityEn, int? Year, ParkLevel Level, int Count);

/// <summary>Total, national and provincial counts in one cell of the summary table.</summary>
public sealed record LevelCounts(int Total, int National, int Provincial)
{
    public static readonly LevelCounts Zero = new(0, 0, 0);

    public static LevelCounts Of(IEnumerable<SummaryRow> rows)
    {
        var list = rows.ToList();
        return new(list.Sum(r => r.Count), list.Where(r => r.Level == ParkLevel.National).Sum(r => r.Count),
            list.Where(r => r.Level == ParkLevel.Provincial).Sum(r => r.Count));
    }
}

/// <summary>One line of the table: a city (or the total) with a cell per year and the cumulative cell.</summary>
public sealed record SummaryLine(string? CityCode, string NameZh, string NameEn, IReadOnlyList<LevelCounts> Years, LevelCounts Cumulative);

/// <summary>
/// The summary of a campaign's list. Parks are placed in the city they belonged to on the campaign's date, so
/// later boundary changes (莱芜市 → 济南市, 2019) do not rewrite the document's table.
/// </summary>
public sealed record CampaignSummaryResult(
    string Campaign, DateOnly AsOf, IReadOnlyList<int> Years, IReadOnlyList<SummaryRow> Rows,
    SummaryLine Total, IReadOnlyList<SummaryLine> Cities);

public sealed class GetCampaignSummary(AppDbContext db, RegionDirectoryCache regions)
{
    public async Task<CampaignSummaryResult?> ExecuteAsync(string code, IReadOnlySet<int>? visibleParks = null, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct);
        if (campaign is null) return null;
        var asOf = campaign.IssuedOn ?? db.Clock.Today();
        var tree = await regions.GetAsync(db, ct);
        var parks = await db.Participations.AsNoTracking()
            .Where(p => p.CampaignId == campaign.Id)
            .Select(p => new { p.ParkId, p.PlannedYear, p.Park!.Level, p.Park.Memberships })
            .ToListAsync(ct);
        var rows = parks
            .Where(p => visibleParks is null || visibleParks.Contains(p.ParkId))
            .Select(p => new { p.PlannedYear, p.Level, City = CityOf(tree, p.Memberships, asOf) })
            .GroupBy(p => (p.City.Code, p.PlannedYear, p.Level))
            .Select(g => new SummaryRow(g.Key.Code, g.First().City.NameZh, g.First().City.NameEn, g.Key.PlannedYear, g.Key.Level, g.Count()))
            .OrderBy(r => r.CityCode, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Level)
            .ToList();
        var years = rows.Where(r => r.Year is not null).Select(r => r.Year!.Value).Distinct().Order().ToList();
        SummaryLine Line(string? code, string zh, string en, IEnumerable<SummaryRow> of)
        {
            var list = of.ToList();
            return new SummaryLine(code, zh, en, years.Select(y => LevelCounts.Of(list.Where(r => r.Year == y))).ToList(), LevelCounts.Of(list));
        }
        var cities = rows.GroupBy(r => r.CityCode)
            .Select(g => Line(g.Key, g.First().CityZh, g.First().CityEn, g))
            .ToList();
        var scope = tree.Find(campaign.ScopeRegionId)!;
        var total = Line(null, TotalLabel(scope.Level), "Total", rows);
        return new CampaignSummaryResult(campaign.Code, asOf, years, rows, total, cities);
    }

    /// <summary>The total row as the campaign's issuer writes it: 全国合计, 全省合计, 全市合计 (a city's campaign), 全县合计.</summary>
    public static string TotalLabel(RegionLevel scope) => scope switch
    {
        RegionLevel.Nation => "全国合计",
        RegionLevel.City => "全市合计",
        RegionLevel.County => "全县合计",
        _ => "全省合计",
    };

    /// <summary>The unit the park counted under by city on the date (a municipality for itself, ADR 0050).</summary>
    private static Region CityOf(RegionDirectory regions, IEnumerable<ParkRegionMembership> memberships, DateOnly asOf)
    {
        var list = memberships.ToList();
        var membership = list.FirstOrDefault(m => m.IsValidOn(asOf)) ?? list.OrderBy(m => m.ValidFrom).First();
        var region = regions.Find(membership.RegionId)!;
        return regions.CityUnitOf(region) ?? region;
    }
}
