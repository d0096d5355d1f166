using CircularPark.Engines.Assessment;

namespace CircularPark.Engines.Tests.Assessment;

public class EconomicRatiosTests
{
    [Theory]
    [InlineData(116.0, 100.0, 16.0)]
    [InlineData(181.52, 149.8926, 21.1)] // Shaoguan's parks' fixed-asset investment, +21.1 % (seed 001), back to 2020
    [InlineData(80.0, 100.0, -20.0)]
    public void Growth_is_the_change_on_last_year_in_percent(double current, double previous, double percent) =>
        Assert.Equal(percent, EconomicRatios.GrowthPercent(current, previous)!.Value, 3);

    [Theory]
    [InlineData(null, 100.0)]
    [InlineData(100.0, null)]
    [InlineData(100.0, 0.0)]
    [InlineData(100.0, -5.0)]
    public void Growth_without_a_previous_value_above_zero_is_not_computed(double? current, double? previous) =>
        Assert.Null(EconomicRatios.GrowthPercent(current, previous));

    [Fact]
    public void Shares_and_per_mu_figures_are_computed_or_left_empty_never_infinite()
    {
        Assert.Equal(57.1, EconomicRatios.SharePercent(217.89, 381.6)!.Value, 1);
        Assert.Null(EconomicRatios.SharePercent(217.89, 0));
        // 2 km² = 3,000 亩: 60,000 万元 → 20 万元/亩
        Assert.Equal(20, EconomicRatios.PerMu(60_000, 2));
        Assert.Null(EconomicRatios.PerMu(60_000, null));
    }

    [Fact]
    public void A_roll_up_sums_the_parks_that_reported_and_is_empty_when_none_did()
    {
        Assert.Equal(30, EconomicRatios.Sum([10, null, 20]));
        Assert.Null(EconomicRatios.Sum([null, null]));
    }
}
