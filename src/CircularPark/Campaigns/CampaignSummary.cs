using CircularPark.Data;
using CircularPark.Parks;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Campaigns;

/// <summary>
/// Counts of parks per city, planned year and level: the shape of Shandong's Attachment 1. The province-level unit the
/// city lies in (a province, a municipality, 兵团) comes with it, for national summaries.
/// </summary>
public sealed record SummaryRow(string CityCode, string CityZh, string CityEn, int? Year, ParkLevel Level, int Count,
    string? ProvinceCode = null, string? ProvinceZh = null, string? ProvinceEn = null);

/// <summary>Total, national, provincial, 未注明 (level not stated) and 其他 (other level) counts in one cell of the summary table.</summary>
public sealed record LevelCounts(int Total, int National, int Provincial, int NotStated, int Other)
{
    public static readonly LevelCounts Zero = new(0, 0, 0, 0, 0);

    public static LevelCounts Of(IEnumerable<SummaryRow> rows)
    {
        var list = rows.ToList();
        int Count(ParkLevel level) => list.Where(r => r.Level == level).Sum(r => r.Count);
        return new(list.Sum(r => r.Count), Count(ParkLevel.National), Count(ParkLevel.Provincial), Count(ParkLevel.NotStated), Count(ParkLevel.Other));
    }

    /// <summary>The count of one level (the column of <paramref name="level"/>).</summary>
    public int Of(ParkLevel level) => level switch
    {
        ParkLevel.National => National,
        ParkLevel.Provincial => Provincial,
        ParkLevel.NotStated => NotStated,
        _ => Other,
    };
}

/// <summary>What a line of the summary stands for: the total, a province-level unit's subtotal, or a city.</summary>
public enum SummaryLineKind
{
    Total = 0,
    Province = 1,
    City = 2,
}

/// <summary>One line of the table: the total, a province's subtotal or a city (<paramref name="Code"/>: its region code), with a cell per year and the cumulative cell.</summary>
public sealed record SummaryLine(string? Code, string NameZh, string NameEn, IReadOnlyList<LevelCounts> Years, LevelCounts Cumulative,
    SummaryLineKind Kind = SummaryLineKind.City);

/// <summary>
/// The summary of a campaign's list. Parks are placed in the city they belonged to on the campaign's date, so
/// later boundary changes (莱芜市 → 济南市, 2019) do not rewrite the document's table. <see cref="Lines"/> is the table as
/// published: the total first, then (national campaigns) each province-level unit's subtotal followed by its cities; a
/// municipality (北京, 上海, 天津, 重庆) is its own city and prints once. <see cref="Levels"/> are the level columns the
/// table shows after 合计: 国家级 and 省级 always, 未注明 and 其他 when a park of that level is counted (ADR 0073).
/// </summary>
public sealed record CampaignSummaryResult(
    string Campaign, DateOnly AsOf, IReadOnlyList<int> Years, IReadOnlyList<SummaryRow> Rows,
    SummaryLine Total, IReadOnlyList<SummaryLine> Cities, IReadOnlyList<SummaryLine> Provinces,
    IReadOnlyList<SummaryLine> Lines, IReadOnlyList<ParkLevel> Levels)
{
    /// <summary>
    /// Builds the table from the counted rows. Pure. <paramref name="scope"/> is the level of the campaign's scope region:
    /// the nation gets province subtotals; other scopes a line per city.
    /// </summary>
    public static CampaignSummaryResult Build(string campaign, DateOnly asOf, RegionLevel scope, IReadOnlyList<SummaryRow> rows)
    {
        var years = rows.Where(r => r.Year is not null).Select(r => r.Year!.Value).Distinct().Order().ToList();
        SummaryLine Line(string? code, string zh, string en, IEnumerable<SummaryRow> of, SummaryLineKind kind)
        {
            var list = of.ToList();
            return new SummaryLine(code, zh, en, years.Select(y => LevelCounts.Of(list.Where(r => r.Year == y))).ToList(), LevelCounts.Of(list), kind);
        }
        var byCity = rows.GroupBy(r => r.CityCode).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var cities = byCity.Select(g => Line(g.Key, g.First().CityZh, g.First().CityEn, g, SummaryLineKind.City)).ToList();
        var total = Line(null, GetCampaignSummary.TotalLabel(scope), "Total", rows, SummaryLineKind.Total);
        var provinces = new List<SummaryLine>();
        var lines = new List<SummaryLine> { total };
        if (scope == RegionLevel.Nation)
            foreach (var province in rows.GroupBy(r => r.ProvinceCode ?? r.CityCode).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var first = province.First();
                var subtotal = Line(province.Key, first.ProvinceZh ?? first.CityZh, first.ProvinceEn ?? first.CityEn, province, SummaryLineKind.Province);
                provinces.Add(subtotal);
                lines.Add(subtotal);
                lines.AddRange(cities.Where(c => c.Code != province.Key && province.Any(r => r.CityCode == c.Code)));
            }
        else lines.AddRange(cities);
        ParkLevel[] levels = [ParkLevel.National, ParkLevel.Provincial,
            .. new[] { ParkLevel.NotStated, ParkLevel.Other }.Where(l => total.Cumulative.Of(l) > 0)];
        return new CampaignSummaryResult(campaign, asOf, years, rows, total, cities, provinces, lines, levels);
    }
}

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
            .Select(g => Row(tree, g.First().City, g.Key.PlannedYear, g.Key.Level, g.Count()))
            .OrderBy(r => r.CityCode, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Level)
            .ToList();
        var scope = tree.Find(campaign.ScopeRegionId)!;
        return CampaignSummaryResult.Build(campaign.Code, asOf, scope.Level, rows);
    }

    private static SummaryRow Row(RegionDirectory tree, Region city, int? year, ParkLevel level, int count)
    {
        var province = tree.ProvinceOf(city);
        return new SummaryRow(city.Code, city.NameZh, city.NameEn, year, level, count, province?.Code, province?.NameZh, province?.NameEn);
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
        var region = regions.Find(RegionOn(memberships, asOf))!;
        return regions.CityUnitOf(region) ?? region;
    }

    /// <summary>Where a park stood on the campaign's date: its membership then, else its first (a park registered later).</summary>
    internal static int RegionOn(IEnumerable<ParkRegionMembership> memberships, DateOnly asOf)
    {
        var list = memberships.ToList();
        return (list.FirstOrDefault(m => m.IsValidOn(asOf)) ?? list.OrderBy(m => m.ValidFrom).First()).RegionId;
    }
}
