using CircularPark.Data;
using CircularPark.Engines.Indicators;
using CircularPark.Engines.Indicators.Achievement;
using CircularPark.Engines.Indicators.Library;
using CircularPark.Parks;
using CircularPark.Regions;
using CircularPark.Statistics;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Indicators;

/// <summary>Which parks and years to compute, and against which baseline year (for savings and cuts).</summary>
public sealed record IndicatorRequest(IReadOnlyList<int> ParkIds, IReadOnlyList<int> Years, int? BaselineYear = null, IReadOnlyList<string>? Codes = null);

/// <summary>One park-year's indicators (null value = not computable, with the reason in the value's problem).</summary>
public sealed record ParkIndicators(int ParkId, string Park, string? CityCode, string? ProvinceCode, int Year, double? TotalTce, double? TotalCo2,
    IReadOnlyList<IndicatorValue> Values);

/// <summary>A roll-up of one group (a city, a province, the nation) in one year: ratios of sums, never means of ratios.</summary>
public sealed record IndicatorRollUp(string Level, string Code, int Year, IReadOnlyList<RollUpResult> Values);

public sealed record IndicatorResults(IReadOnlyList<CompiledIndicator> Indicators, IReadOnlyList<ParkIndicators> Parks, IReadOnlyList<IndicatorRollUp> RollUps);

/// <summary>
/// Computes indicators from the stored raw statistics for many parks and years in one pass (one query for the values),
/// then rolls them up to city, province and nation.
/// </summary>
public sealed class ComputeIndicators(AppDbContext db, IndicatorCatalog catalog)
{
    public async Task<IndicatorResults> ExecuteAsync(IndicatorRequest request, CancellationToken ct = default)
    {
        var setup = (await catalog.LoadAsync(null, ct))!;
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var today = db.Clock.Today();
        var ids = request.ParkIds;
        var parks = (await db.Parks.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new { p.Id, p.Name, p.Memberships }).ToListAsync(ct))
            .ToDictionary(p => p.Id, p => (p.Name, Path: ParkAccess.RegionPath(tree, p.Memberships.FirstOrDefault(m => m.IsValidOn(today))?.RegionId)));
        var years = request.Years.Concat(request.BaselineYear is { } b ? [b] : []).Distinct().ToList();
        var stored = await StatisticsQueries.LoadValuesAsync(db, ids, years, ct);
        await Compliance.CleanProductionCoverage.MergeAsync(db, stored, ids, years, ct);
        var codes = request.Codes;
        // Sequential on the request's thread: a request never takes other thread-pool threads (no PLINQ), so concurrent requests do not starve.
        var results = parks.OrderBy(p => p.Key).SelectMany(park =>
        {
            var (parkId, (name, path)) = (park.Key, park.Value);
            BaselineYear? baseline = request.BaselineYear is { } by && stored.TryGetValue((parkId, by), out var baseValues)
                ? setup.Engine.Baseline(new ParkYearValues(by, Values(setup, baseValues)), path) : null;
            return request.Years.Where(year => stored.ContainsKey((parkId, year))).Select(year =>
            {
                var result = setup.Engine.Compute(new ParkYearValues(year, Values(setup, stored[(parkId, year)])), baseline, path, codes);
                return new ParkIndicators(parkId, name, CodeAt(tree, path, RegionLevel.City), CodeAt(tree, path, RegionLevel.Province), year,
                    result.Energy.TotalTce, result.Energy.TotalCo2Tonnes, result.Indicators);
            }).ToList();
        }).ToList();
        var indicators = setup.Library.Indicators.Where(i => codes is null || codes.Contains(i.Code, StringComparer.OrdinalIgnoreCase)).ToList();
        return new IndicatorResults(indicators, results, RollUps(indicators, results));
    }

    private static Engines.Indicators.Data.ItemValues Values(IndicatorSetup setup, List<(string Code, double Value)> raw)
    {
        var values = setup.Catalogue.NewValues();
        foreach (var (code, value) in raw)
            if (setup.Catalogue.TryGet(code, out _, out _)) values.Set(code, value);
        return values;
    }

    private static string? CodeAt(RegionTree tree, IReadOnlyList<string> path, RegionLevel level) =>
        path.Select(tree.FindByCode).FirstOrDefault(r => r?.Level == level)?.Code;

    /// <summary>The park's value of an indicator: values come in library order, so the position is tried first.</summary>
    private static IndicatorValue? ValueOf(ParkIndicators park, string code, int position)
    {
        if (position < park.Values.Count && park.Values[position].Code == code) return park.Values[position];
        foreach (var value in park.Values)
            if (value.Code == code) return value;
        return null;
    }

    private static List<IndicatorRollUp> RollUps(List<CompiledIndicator> indicators, List<ParkIndicators> parks)
    {
        var rollUps = new List<IndicatorRollUp>();
        foreach (var year in parks.Select(p => p.Year).Distinct().Order())
        {
            var ofYear = parks.Where(p => p.Year == year).ToList();
            foreach (var (level, key) in new (string, Func<ParkIndicators, string?>)[] { ("city", p => p.CityCode), ("province", p => p.ProvinceCode), ("nation", _ => "000000") })
                foreach (var group in ofYear.Where(p => key(p) is not null).GroupBy(p => key(p)!))
                    rollUps.Add(new IndicatorRollUp(level, group.Key, year, indicators
                        .Select((i, position) => RollUp.Combine(i, group.Select(p => ValueOf(p, i.Code, position)).OfType<IndicatorValue>())).ToList()));
        }
        return rollUps;
    }
}
