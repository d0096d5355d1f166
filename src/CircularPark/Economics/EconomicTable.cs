using CircularPark.Compliance;
using CircularPark.Data;
using CircularPark.Engines.Assessment;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Statistics;

namespace CircularPark.Economics;

/// <summary>
/// One economic figure of a park or a roll-up in a year: the value (canonical unit), last year's, the growth, the share of
/// the city's and the province's parks (% of their sums), and the value per 亩 of industrial land.
/// </summary>
public sealed record EconomicFigure(double? Value, double? Previous, double? GrowthPercent, double? ShareOfCityPercent, double? ShareOfProvincePercent,
    double? PerMu);

/// <summary>A park's economic figures, by item code.</summary>
public sealed record ParkEconomics(int ParkId, string Park, string? CityCode, string? ProvinceCode, IReadOnlyDictionary<string, EconomicFigure> Figures);

/// <summary>The parks of a city or province summed: roll-ups are sums of the parks that reported (and ratios of sums).</summary>
public sealed record RollUpEconomics(string RegionCode, string Level, int Parks, IReadOnlyDictionary<string, EconomicFigure> Figures);

/// <summary>
/// The economic figures of parks in a year, with growth on the previous year, shares of their city's and province's parks
/// (summed over every park there, not only those asked for) and 亩均 figures from the industrial land (<c>LAND</c>).
/// </summary>
public static class EconomicTable
{
    /// <summary>The economic items (value added, output, investment, projects …) in form order.</summary>
    public static IReadOnlyList<DataItem> Items(DataItemCatalogue catalogue) => catalogue.Items.Where(i => i.Group == DataItemGroup.Economy).ToList();

    /// <summary>The parks' rows and the roll-ups of the cities and provinces they lie in.</summary>
    public static async Task<(List<ParkEconomics> Parks, List<RollUpEconomics> RollUps)> BuildAsync(AppDbContext db, DataItemCatalogue catalogue,
        IReadOnlyList<ParkInScope> parks, int year, CancellationToken ct)
    {
        var codes = Items(catalogue).Select(i => i.Code).ToList();
        var provinces = parks.Select(p => Segment(p.RegionPath, 1)).OfType<string>().Distinct().ToList();
        var everyPark = new List<ParkInScope>();
        foreach (var province in provinces) everyPark.AddRange(await ParkScope.WithinAsync(db, $"/000000/{province}/", ct));
        var stored = await StatisticsQueries.LoadValuesAsync(db, everyPark.Select(p => p.ParkId).ToList(), [year, year - 1], ct);
        double? Value(int park, int y, string code) =>
            stored.TryGetValue((park, y), out var values) && values.FindIndex(v => v.Code == code) is var i and >= 0 ? values[i].Value : null;

        var groups = new[] { ("city", 2), ("province", 1) }.SelectMany(level => everyPark
                .Where(p => Segment(p.RegionPath, level.Item2) is not null).GroupBy(p => Segment(p.RegionPath, level.Item2)!)
                .Select(g => (Level: level.Item1, Code: g.Key, Members: g.Select(p => p.ParkId).ToList())))
            .ToList();
        var sums = groups.ToDictionary(g => g.Code, g => codes.Concat([DataItemCodes.Land]).ToDictionary(c => c, c =>
            (Now: EconomicRatios.Sum(g.Members.Select(m => Value(m, year, c))), Before: EconomicRatios.Sum(g.Members.Select(m => Value(m, year - 1, c))))));

        var rows = parks.Select(p =>
        {
            var (city, province) = (Segment(p.RegionPath, 2), Segment(p.RegionPath, 1));
            var figures = codes.ToDictionary(c => c, c => Figure(Value(p.ParkId, year, c), Value(p.ParkId, year - 1, c), Value(p.ParkId, year, DataItemCodes.Land),
                city is null ? null : sums[city][c].Now, province is null ? null : sums[province][c].Now));
            return new ParkEconomics(p.ParkId, p.Name, city, province, figures);
        }).ToList();
        var asked = rows.SelectMany(r => new[] { r.CityCode, r.ProvinceCode }).OfType<string>().ToHashSet();
        var rollUps = groups.Where(g => asked.Contains(g.Code)).Select(g =>
        {
            var province = g.Level == "city" ? Segment(everyPark.First(p => p.ParkId == g.Members[0]).RegionPath, 1) : null;
            return new RollUpEconomics(g.Code, g.Level, g.Members.Count, codes.ToDictionary(c => c, c => Figure(sums[g.Code][c].Now, sums[g.Code][c].Before,
                sums[g.Code][DataItemCodes.Land].Now, null, province is null ? null : sums[province][c].Now)));
        }).OrderBy(r => r.Level == "province" ? 0 : 1).ThenBy(r => r.RegionCode, StringComparer.Ordinal).ToList();
        return (rows, rollUps);
    }

    private static EconomicFigure Figure(double? value, double? previous, double? landKm2, double? cityTotal, double? provinceTotal) => new(
        value, previous, EconomicRatios.GrowthPercent(value, previous), EconomicRatios.SharePercent(value, cityTotal),
        EconomicRatios.SharePercent(value, provinceTotal), EconomicRatios.PerMu(value, landKm2));

    /// <summary>The code at a depth of a region path (1 = province, 2 = city): <c>/000000/440000/440200/</c> → 440000, 440200.</summary>
    public static string? Segment(string? path, int depth)
    {
        var parts = (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > depth ? parts[depth] : null;
    }
}
