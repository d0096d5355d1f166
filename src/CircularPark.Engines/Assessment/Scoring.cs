using CircularPark.Engines.Indicators;
using static CircularPark.Engines.Assessment.AssessmentTexts;

namespace CircularPark.Engines.Assessment;

/// <summary>
/// Points of one item for every park, by the item's method. Invariant: 0 ≤ points ≤ weight; a park without a value gets no
/// points here (the missing-data rule decides what that means).
/// </summary>
internal static class Scoring
{
    /// <summary>Rounds to 0.01, halves away from zero, as published scores are.</summary>
    public static double Round(double points) => Math.Round(points, 2, MidpointRounding.AwayFromZero);

    /// <summary>Points and explanation for each present value (index = park position); null where the value is missing.</summary>
    public static (double Points, BilingualText Why)?[] Score(SchemeItem item, IReadOnlyList<double?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return values.Select(v => v is { } value ? Score(item, value, present) : ((double, BilingualText)?)null).ToArray();
    }

    private static (double, BilingualText) Score(SchemeItem item, double value, List<double> present) => item.Method switch
    {
        ScoringMethod.Linear => Linear(item, value),
        ScoringMethod.ShareOfBest => ShareOfBest(item, value, present),
        ScoringMethod.RankPoints => RankPoints(item, value, present),
        _ => PassFail(item, value),
    };

    private static (double, BilingualText) Linear(SchemeItem item, double value)
    {
        var (floor, target, w) = (item.Floor!.Value, item.Target!.Value, item.Weight);
        var fraction = (value - floor) / (target - floor);
        var (v, u) = (Number(value), item.Unit);
        if (fraction >= 1) return (w, Get("Item.LinearAbove", v, u, Number(target), Points(w)));
        if (fraction <= 0) return (0, Get("Item.LinearBelow", v, u, Number(floor)));
        var points = Round(w * fraction);
        return (points, Get("Item.Linear", v, u, Number(floor), Number(target), Number(w), Points(points)));
    }

    private static (double, BilingualText) ShareOfBest(SchemeItem item, double value, List<double> present)
    {
        var w = item.Weight;
        var (v, u) = (Number(value), item.Unit);
        if (item.LowerIsBetter)
        {
            if (value <= 0) return (w, Get("Item.ShareOfBestNotPositive", v, u, Points(w)));
            var lowest = present.Where(p => p > 0).Min();
            var lower = Round(Math.Clamp(w * lowest / value, 0, w));
            return (lower, Get("Item.ShareOfBestLower", v, u, Number(lowest), Number(w), Points(lower)));
        }
        var best = present.Max();
        if (best <= 0) return (0, Get("Item.ShareOfBestNone", Number(best), u));
        var points = Round(Math.Clamp(w * value / best, 0, w));
        return (points, Get("Item.ShareOfBest", v, u, Number(best), Number(w), Points(points)));
    }

    private static (double, BilingualText) RankPoints(SchemeItem item, double value, List<double> present)
    {
        var rank = 1 + present.Count(p => item.LowerIsBetter ? p < value : p > value);
        var (n, w) = (present.Count, item.Weight);
        var (v, u) = (Number(value), item.Unit);
        if (item.Step is { } step)
        {
            var stepped = Round(Math.Max(0, w - (rank - 1) * step));
            return (stepped, Get("Item.RankStep", v, u, rank, n, Number(w), Points(stepped), Number(step)));
        }
        var even = n == 1 ? w : Round(w * (n - rank) / (n - 1));
        return (even, Get("Item.RankEven", v, u, rank, n, Number(w), Points(even)));
    }

    private static (double, BilingualText) PassFail(SchemeItem item, double value)
    {
        var threshold = item.Threshold!.Value;
        var passes = item.LowerIsBetter ? value <= threshold : value >= threshold;
        var key = (item.LowerIsBetter, passes) switch
        {
            (false, true) => "Item.PassFailPass",
            (false, false) => "Item.PassFailFail",
            (true, true) => "Item.PassFailLowerPass",
            _ => "Item.PassFailLowerFail",
        };
        var points = passes ? item.Weight : 0;
        return (points, Get(key, Number(value), item.Unit, Number(threshold), Points(points)));
    }

    /// <summary>A bonus or penalty: value × points each, capped in magnitude; nothing recorded = 0.</summary>
    public static (double Points, BilingualText Why) Adjust(SchemeAdjustment adjustment, double? value)
    {
        if (value is not { } count || count == 0) return (0, Get("Adjust.None"));
        var raw = Round(count * adjustment.PointsEach);
        if (adjustment.Cap is { } cap && Math.Abs(raw) > cap)
            return (Math.CopySign(cap, raw), Get("Adjust.Capped", Number(count), Number(adjustment.PointsEach), Points(raw), Number(cap)));
        return (raw, Get("Adjust.Applied", Number(count), Number(adjustment.PointsEach), Points(raw)));
    }
}
