namespace CircularPark.Engines.Assessment;

/// <summary>
/// The ratios a city reads its parks' economics by (seed 001): year-on-year growth, share of a total, and per-area (亩均)
/// figures. Each is null when it cannot be computed (no previous year, a total or area that is missing or not above 0),
/// never 0 or infinity.
/// </summary>
public static class EconomicRatios
{
    /// <summary>1 km² = 1,500 亩 (1 亩 = 10,000 ÷ 15 m²).</summary>
    public const double MuPerSquareKilometre = 1500;

    /// <summary>Year-on-year growth in %: (current − previous) ÷ previous × 100; null without a previous value above 0.</summary>
    public static double? GrowthPercent(double? current, double? previous) =>
        current is { } c && previous is { } p && p > 0 ? (c - p) / p * 100 : null;

    /// <summary>Share of a total in %: part ÷ total × 100; null without a total above 0.</summary>
    public static double? SharePercent(double? part, double? total) =>
        part is { } v && total is { } t && t > 0 ? v / t * 100 : null;

    /// <summary>A figure per 亩 of land: value ÷ (land in km² × 1,500); null without land above 0. Unit: the value's unit per 亩.</summary>
    public static double? PerMu(double? value, double? landKm2) =>
        value is { } v && landKm2 is { } land && land > 0 ? v / (land * MuPerSquareKilometre) : null;

    /// <summary>The sum of the values present (null when none is): a roll-up counts only parks that reported.</summary>
    public static double? Sum(IEnumerable<double?> values)
    {
        double? sum = null;
        foreach (var value in values)
            if (value is { } v) sum = (sum ?? 0) + v;
        return sum;
    }
}
