using CircularPark.Economics;
using CircularPark.Engines.Assessment;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Indicators;
using CircularPark.Localization;

namespace CircularPark.Assessments;

/// <summary>A value the platform supplies per park and year for a scheme to score: key, names, unit, usual category.</summary>
public sealed record MetricInfo(string Key, string NameZh, string NameEn, string Unit, ItemCategory Category);

/// <summary>
/// The values a scheme can score, by key: economic figures (<c>stat:VA</c>), their growth (<c>growth:VA</c>), share of the
/// city's or province's parks (<c>share-city:VA</c>, <c>share-province:VA</c>) and 亩均 value (<c>permu:VA</c>); indicators
/// (<c>ind:CPAR</c>); compliance facts from the registers; report timeliness. Yes/no facts are 1 or 0.
/// </summary>
public static class AssessmentMetrics
{
    /// <summary>Compliance and timeliness facts, with their units.</summary>
    public static readonly IReadOnlyList<(string Key, string Unit, ItemCategory Category)> Facts =
    [
        ("cp-coverage", "%", ItemCategory.Compliance), ("eia-valid", "", ItemCategory.Compliance), ("green", "个", ItemCategory.Compliance),
        ("green-national", "个", ItemCategory.Compliance), ("inspections", "个", ItemCategory.Compliance),
        ("rectification-overdue", "个", ItemCategory.Compliance), ("env-report", "", ItemCategory.Compliance),
        ("report-on-time", "", ItemCategory.Timeliness), ("reports-late", "个", ItemCategory.Timeliness),
    ];

    public static IReadOnlyList<MetricInfo> All(IndicatorSetup setup)
    {
        var metrics = new List<MetricInfo>();
        foreach (var item in EconomicTable.Items(setup.Catalogue))
        {
            metrics.Add(new MetricInfo($"stat:{item.Code}", item.NameZh, item.NameEn, item.Unit, ItemCategory.Economic));
            metrics.Add(Derived("growth", item, "%"));
            metrics.Add(Derived("share-city", item, "%"));
            metrics.Add(Derived("share-province", item, "%"));
            if (item.Kind == DataItemKind.Money) metrics.Add(Derived("permu", item, $"{item.Unit}/亩"));
        }
        metrics.AddRange(setup.Library.Indicators.Select(i => new MetricInfo($"ind:{i.Code}", i.Definition.NameZh, i.Definition.NameEn, i.Unit.Symbol, ItemCategory.CircularEconomy)));
        foreach (var (key, unit, category) in Facts)
        {
            var name = Text.Get($"Metric.{key}");
            metrics.Add(new MetricInfo(key, name.Zh, name.En, unit, category));
        }
        return metrics;
    }

    public static MetricInfo? Find(IndicatorSetup setup, string key) => All(setup).FirstOrDefault(m => m.Key.Equals(key, StringComparison.OrdinalIgnoreCase));

    private static MetricInfo Derived(string kind, DataItem item, string unit)
    {
        var name = Text.Get($"Metric.{kind}", item.NameZh.Replace("其中：", "", StringComparison.Ordinal), item.NameEn);
        return new MetricInfo($"{kind}:{item.Code}", name.Zh, name.En, unit, ItemCategory.Economic);
    }
}
