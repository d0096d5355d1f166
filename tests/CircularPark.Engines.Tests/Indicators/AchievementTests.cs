using CircularPark.Engines.Indicators.Achievement;
using CircularPark.Engines.Indicators.Library;
using static CircularPark.Engines.Indicators.Library.AchievementMethod;
using static CircularPark.Engines.Indicators.Library.Direction;

namespace CircularPark.Engines.Tests.Indicators;

public class AchievementTests
{
    [Theory]
    [InlineData(HigherIsBetter, 90.0, 100.0, true)] // 90 ÷ 100 = 90 % passes
    [InlineData(HigherIsBetter, 89.9, 100.0, false)] // 89.9 % fails
    [InlineData(LowerIsBetter, 100.0, 90.0, true)] // target 90 ÷ actual 100 = 90 %
    [InlineData(LowerIsBetter, 100.0, 89.9, false)]
    [InlineData(HigherIsBetter, 0.27, 0.3, true)] // 0.27 ÷ 0.3 = 0.9000000000000001 or 0.8999999999999999 in binary: still 90 %
    [InlineData(LowerIsBetter, 0.3, 0.27, true)]
    public void Exactly_90_percent_passes_and_89_point_9_fails(Direction direction, double actual, double target, bool passed)
    {
        Assert.Equal(passed, Achievements.Compute(direction, Ratio, actual, target).Passed);
    }

    [Theory]
    [InlineData(0.85, true)]
    [InlineData(0.95, false)]
    public void The_threshold_is_configurable(double threshold, bool passed)
    {
        Assert.Equal(passed, Achievements.Compute(HigherIsBetter, Ratio, 90, 100, threshold: threshold).Passed);
    }

    [Theory]
    // lower-better: baseline 0.36, target 0.30 (0.06 planned); actual 0.312 → (0.36 − 0.312) ÷ 0.06 = 0.8
    [InlineData(LowerIsBetter, 0.36, 0.30, 0.312, 0.8)]
    // higher-better: baseline 70 %, target 80 %; actual 79 → (79 − 70) ÷ (80 − 70) = 0.9
    [InlineData(HigherIsBetter, 70.0, 80.0, 79.0, 0.9)]
    // worse than baseline: negative
    [InlineData(HigherIsBetter, 70.0, 80.0, 65.0, -0.5)]
    public void The_improvement_method_divides_improvement_achieved_by_improvement_planned(Direction direction, double baseline, double target,
        double actual, double ratio)
    {
        var result = Achievements.Compute(direction, Improvement, actual, target, baseline);

        Assert.Equal(ratio, result.Ratio!.Value, 1e-12);
        Assert.Equal(AchievementBasis.Computed, result.Basis);
    }

    [Theory]
    [InlineData(HigherIsBetter, 82.0, 80.0, 81.0, 1.0, AchievementBasis.MetAtBaseline)] // no improvement planned, still above target
    [InlineData(HigherIsBetter, 80.0, 80.0, 80.0, 1.0, AchievementBasis.MetAtBaseline)] // target = baseline: planned improvement 0
    [InlineData(LowerIsBetter, 0.25, 0.30, 0.28, 1.0, AchievementBasis.MetAtBaseline)]
    [InlineData(HigherIsBetter, 82.0, 80.0, 72.0, 0.9, AchievementBasis.Computed)] // fell below target: ratio method 72 ÷ 80
    public void A_target_met_at_baseline_never_divides_by_zero(Direction direction, double baseline, double target, double actual, double ratio,
        AchievementBasis basis)
    {
        var result = Achievements.Compute(direction, Improvement, actual, target, baseline);

        Assert.Equal(ratio, result.Ratio!.Value, 1e-12);
        Assert.Equal(basis, result.Basis);
    }

    [Fact]
    public void A_lower_better_actual_of_zero_is_achieved_without_dividing()
    {
        var result = Achievements.Compute(LowerIsBetter, Ratio, actual: 0, target: 10);

        Assert.Equal((1.0, true, AchievementBasis.MetWithoutDivision), (result.Ratio, result.Passed, result.Basis));
    }

    [Fact]
    public void The_improvement_method_without_a_baseline_is_not_computable()
    {
        var result = Achievements.Compute(LowerIsBetter, Improvement, 1, 2, baseline: null, subject: "EI_ENERGY");

        Assert.Null(result.Ratio);
        Assert.False(result.Passed);
        Assert.Equal("Achievement.BaselineMissing", result.Problem!.Code);
    }
}
