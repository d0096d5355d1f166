using CircularPark.Engines.Indicators.Library;

namespace CircularPark.Engines.Indicators.Achievement;

/// <summary>How an achievement ratio was arrived at.</summary>
public enum AchievementBasis
{
    /// <summary>By the selected method's division.</summary>
    Computed = 0,

    /// <summary>Improvement method, target already met at baseline (no improvement planned) and still met: achieved, ratio 1.</summary>
    MetAtBaseline = 1,

    /// <summary>Ratio method with a zero divisor and the target met (a higher-better target ≤ 0, a lower-better actual of 0): achieved, ratio 1.</summary>
    MetWithoutDivision = 2,

    /// <summary>No ratio can be given (see the diagnostic).</summary>
    NotComputable = 3,
}

/// <summary>Achievement of one indicator against its target.</summary>
/// <param name="Ratio">Achievement as a fraction (0.9 = 90 %); may exceed 1 or be negative (worse than baseline); null when not computable.</param>
/// <param name="Passed">True when <see cref="Ratio"/> ≥ the threshold (compared after rounding to 9 decimals, so 90 % passes at 0.90).</param>
/// <param name="Basis">How the ratio was arrived at.</param>
/// <param name="Threshold">The threshold applied.</param>
/// <param name="Problem">Why no ratio could be given.</param>
public sealed record AchievementResult(double? Ratio, bool Passed, AchievementBasis Basis, double Threshold, IndicatorDiagnostic? Problem);

/// <summary>
/// Achievement against target (domain.md §6). Ratio method: higher-better actual ÷ target, lower-better
/// target ÷ actual. Improvement method: (baseline − actual) ÷ (baseline − target), signs turned for
/// higher-better. Never divides by zero: a target already met at baseline (no improvement planned) counts as
/// achieved (ratio 1) while the actual still meets the target, and falls back to the ratio method when it no
/// longer does; a lower-better actual of 0 or a higher-better target ≤ 0 that is met is achieved (ratio 1).
/// </summary>
public static class Achievements
{
    /// <summary>The default pass threshold, 90 % (Jiangsu 2013; configurable per campaign).</summary>
    public const double DefaultThreshold = 0.90;

    /// <summary>Achievement of <paramref name="indicator"/>'s value by its direction and method.</summary>
    public static AchievementResult Of(IndicatorDefinition indicator, double actual, double target, double? baseline = null,
        double threshold = DefaultThreshold) =>
        Compute(indicator.Direction, indicator.AchievementMethod, actual, target, baseline, threshold, indicator.Code);

    /// <summary>Achievement of <paramref name="actual"/> against <paramref name="target"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold that is not a positive number (configuration error).</exception>
    public static AchievementResult Compute(Direction direction, AchievementMethod method, double actual, double target, double? baseline = null,
        double threshold = DefaultThreshold, string subject = "")
    {
        if (!(threshold > 0) || !double.IsFinite(threshold)) throw new ArgumentOutOfRangeException(nameof(threshold));
        if (!double.IsFinite(actual) || !double.IsFinite(target) || baseline is { } b && !double.IsFinite(b))
            return NotComputable("Achievement.NotComputable", subject, threshold);
        if (method == AchievementMethod.Ratio) return ByRatio(direction, actual, target, threshold, subject);
        if (baseline is not { } start) return NotComputable("Achievement.BaselineMissing", subject, threshold);
        var sign = direction == Direction.HigherIsBetter ? 1 : -1;
        var planned = sign * (target - start);
        if (planned > 0) return Result(sign * (actual - start) / planned, AchievementBasis.Computed, threshold);
        return sign * (actual - target) >= 0 ? Result(1, AchievementBasis.MetAtBaseline, threshold) : ByRatio(direction, actual, target, threshold, subject);
    }

    private static AchievementResult ByRatio(Direction direction, double actual, double target, double threshold, string subject)
    {
        var (numerator, denominator) = direction == Direction.HigherIsBetter ? (actual, target) : (target, actual);
        if (denominator > 0) return Result(numerator / denominator, AchievementBasis.Computed, threshold);
        var met = direction == Direction.HigherIsBetter ? actual >= target : actual <= target;
        return met ? Result(1, AchievementBasis.MetWithoutDivision, threshold) : NotComputable("Achievement.NotComputable", subject, threshold);
    }

    private static AchievementResult Result(double ratio, AchievementBasis basis, double threshold) =>
        new(ratio, Math.Round(ratio, 9) >= threshold, basis, threshold, null);

    private static AchievementResult NotComputable(string key, string subject, double threshold) =>
        new(null, false, AchievementBasis.NotComputable, threshold, Messages.Create(key, DiagnosticSeverity.Warning, subject, subject));
}
