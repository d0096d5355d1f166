using CircularPark.Compliance;
using CircularPark.Data;
using CircularPark.Economics;
using CircularPark.Engines.Assessment;
using CircularPark.Indicators;
using CircularPark.Time;

namespace CircularPark.Assessments;

/// <summary>
/// Gathers, for each park, the values a scheme scores (<see cref="AssessmentMetrics"/>) in the assessed year: economic
/// figures and their ratios from the statistics, indicators, and compliance and timeliness facts as of the reference day
/// (31 December of the year, or today when that is earlier, China time). A value that cannot be had is simply absent:
/// the scheme's missing-data rule decides.
/// </summary>
internal sealed class AssessmentFacts(AppDbContext db, IndicatorSetup setup, ComputeIndicators indicators)
{
    public async Task<List<ParkFacts>> LoadAsync(AssessmentScheme scheme, IReadOnlyList<ParkInScope> parks, int year, CancellationToken ct)
    {
        var metrics = scheme.Items.Select(i => i.Metric).Concat(scheme.Adjustments.Select(a => a.Metric)).Distinct(StringComparer.Ordinal).ToList();
        var ids = parks.Select(p => p.ParkId).ToList();
        var values = ids.ToDictionary(id => id, _ => new Dictionary<string, double>(StringComparer.Ordinal));
        if (metrics.Any(m => m.Contains(':', StringComparison.Ordinal) && !m.StartsWith("ind:", StringComparison.Ordinal)))
            foreach (var row in (await EconomicTable.BuildAsync(db, setup.Catalogue, parks, year, ct)).Parks)
                foreach (var metric in metrics) if (Economic(row, metric) is { } v) values[row.ParkId][metric] = v;
        var codes = metrics.Where(m => m.StartsWith("ind:", StringComparison.Ordinal)).Select(m => m[4..]).ToList();
        if (codes.Count > 0)
            foreach (var park in (await indicators.ExecuteAsync(new IndicatorRequest(ids, [year], Codes: codes), ct)).Parks)
                foreach (var value in park.Values.Where(v => v.Value is not null)) values[park.ParkId][$"ind:{value.Code}"] = value.Value!.Value;
        if (metrics.Any(m => AssessmentMetrics.Facts.Any(f => f.Key == m)))
        {
            var today = db.Clock.Today();
            var reference = new DateOnly(year, 12, 31) < today ? new DateOnly(year, 12, 31) : today;
            foreach (var (park, facts) in await ComplianceFacts.LoadAsync(db, ids, year, reference, ct))
                foreach (var (key, value) in facts) values[park][key] = value;
        }
        return parks.Select(p => new ParkFacts(p.ParkId, p.Name, values[p.ParkId])).ToList();
    }

    private static double? Economic(ParkEconomics row, string metric)
    {
        var colon = metric.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !row.Figures.TryGetValue(metric[(colon + 1)..], out var figure)) return null;
        return metric[..colon] switch
        {
            "stat" => figure.Value,
            "growth" => figure.GrowthPercent,
            "share-city" => figure.ShareOfCityPercent,
            "share-province" => figure.ShareOfProvincePercent,
            "permu" => figure.PerMu,
            _ => null,
        };
    }
}
