using CircularPark.Engines.Indicators.Achievement;
using CircularPark.Engines.Indicators.Carbon;
using CircularPark.Engines.Indicators.Library;

namespace CircularPark.Engines.Tests.Indicators;

public class ExampleParkTests
{
    [Theory]
    // output
    [InlineData("RP_MINERAL", 0.25)] // 500,000 万元 ÷ 2,000,000 t
    [InlineData("EP_ENERGY", 500_000.0 / 145_023)] // 500,000 万元 ÷ 145,023 tce = 3.4477...
    [InlineData("LP_LAND", 5.0)] // 500,000 万元 = 50 亿元 ÷ 10 km²
    [InlineData("WP_WATER", 500.0)] // 5·10⁹ 元 ÷ (8·10⁶ + 2·10⁶) m³
    // consumption
    [InlineData("EI_ENERGY", 0.290046)] // 145,023 tce ÷ 500,000 万元
    [InlineData("WI_WATER", 20.0)] // 10⁷ m³ ÷ 500,000 万元
    // utilisation and management
    [InlineData("SWUR", 85.0)] // 357,000 ÷ (400,000 + 20,000) = 0.85
    [InlineData("WRR", 80.0)] // 4·10⁷ ÷ (4·10⁷ + 10⁷) = 0.8
    [InlineData("DWRR", 60.0)]
    [InlineData("CPAR", 75.0)]
    [InlineData("CE_SHARE", 73_593.0 / 145_023 * 100)] // (12,143 + 61,450) tce ÷ 145,023 tce = 50.75 %
    [InlineData("RE_SHARE", 10.0)] // 14,502.3 ÷ 145,023
    [InlineData("WHR", 8_000.0)]
    [InlineData("RWR", 1_500_000.0)]
    [InlineData("NCW", 200_000.0)]
    // discharges
    [InlineData("D_SW_DISPOSED", 30_000.0)]
    [InlineData("D_HW", 5_000.0)]
    [InlineData("D_WW", 6_000_000.0)]
    [InlineData("D_COD", 300.0)]
    [InlineData("D_NH3N", 30.0)]
    [InlineData("D_SO2", 800.0)]
    [InlineData("D_NOX", 1_200.0)]
    [InlineData("D_PM", 400.0)]
    // carbon
    [InlineData("CO2_EMISSION", 476_900.0)]
    [InlineData("CI_CARBON", 0.9538)] // 476,900 t ÷ 500,000 万元
    // expected results against 2021 (VA grew by 500,000 ÷ 400,000 = 1.25)
    [InlineData("ES_ENERGY", 34_467.5)] // 143,592.4 × 1.25 − 145,023 = 179,490.5 − 145,023
    [InlineData("WS_WATER", 5_000_000.0)] // 1.2·10⁷ × 1.25 − 10⁷
    [InlineData("CC_CO2", 119_150.0)] // 476,840 × 1.25 − 476,900 = 596,050 − 476,900
    [InlineData("SC_SW", 20_000.0)] // 50,000 − 30,000
    [InlineData("WC_WW", 1_000_000.0)]
    [InlineData("C_COD", 100.0)]
    [InlineData("C_NH3N", 10.0)]
    [InlineData("C_SO2", 200.0)]
    [InlineData("C_NOX", 300.0)]
    [InlineData("C_PM", 100.0)]
    public void The_example_park_gives_the_hand_checked_value_of_each_built_in_indicator(string code, double expected)
    {
        var value = ExamplePark.Compute().Indicators.Single(i => i.Code == code);

        Assert.Null(value.Problem);
        Assert.Equal(expected, value.Value!.Value, Math.Abs(expected) * 1e-9);
    }

    [Fact]
    public void Every_built_in_indicator_is_checked_by_the_example_park()
    {
        var covered = typeof(ExampleParkTests).GetMethod(nameof(The_example_park_gives_the_hand_checked_value_of_each_built_in_indicator))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>().Select(a => (string)a.GetData(null!).First()[0]);

        Assert.Equal(BuiltInIndicators.All.Select(i => i.Code).Order(), covered.Order());
        Assert.Equal(35, IndicatorLibrary.BuiltIn.Indicators.Count);
        Assert.Empty(IndicatorLibrary.BuiltIn.Diagnostics);
    }

    [Fact]
    public void The_example_park_emits_the_hand_checked_CO2_of_its_coal_gas_and_electricity_mix()
    {
        var energy = ExamplePark.Compute().Energy;

        Assert.Equal(CoefficientSets.ChinaDefault.Id, energy.CoefficientSetId);
        Assert.Equal(0.5306, energy.GridFactor!.KgCo2PerKwh);
        Assert.Equal([("E_COAL", 71_430.0, 190_000.0), ("E_GAS", 12_143.0, 21_600.0), ("E_ELEC", 61_450.0, 265_300.0)],
            energy.Carriers.Select(c => (c.Code, Math.Round(c.Tce, 6), Math.Round(c.Co2Tonnes!.Value, 6))));
        Assert.Equal(145_023, energy.TotalTce, 1e-6);
        Assert.Equal(476_900, energy.TotalCo2Tonnes, 1e-6); // 190,000 + 21,600 + 265,300
        Assert.Empty(energy.Diagnostics);
    }

    [Fact]
    public void The_example_parks_baseline_uses_the_grid_factor_of_its_own_year()
    {
        var baseline = ExamplePark.Compute().BaselineEnergy!;

        Assert.Equal(0.5568, baseline.GridFactor!.KgCo2PerKwh);
        Assert.Equal(476_840, baseline.TotalCo2Tonnes, 1e-6); // 209,000 + 17,280 + 250,560
    }

    [Fact]
    public void A_higher_better_indicator_achieves_actual_over_target()
    {
        var swur = IndicatorLibrary.BuiltIn["SWUR"].Definition;

        var result = Achievements.Of(swur, actual: 85, target: 90);

        Assert.Equal(85.0 / 90, result.Ratio!.Value, 1e-12); // 0.944 ≥ 0.90
        Assert.True(result.Passed);
    }

    [Fact]
    public void A_lower_better_indicator_achieves_target_over_actual()
    {
        var ei = IndicatorLibrary.BuiltIn["EI_ENERGY"].Definition;

        var result = Achievements.Of(ei, actual: 0.290046, target: 0.27);

        Assert.Equal(0.27 / 0.290046, result.Ratio!.Value, 1e-12); // 0.9309 ≥ 0.90
        Assert.True(result.Passed);
    }

    [Fact]
    public void A_target_already_met_at_baseline_counts_as_achieved_without_dividing_by_zero()
    {
        // Water reuse 82 % at baseline, target 80 %: no improvement planned; the park holds 80 %.
        var wrr = IndicatorLibrary.BuiltIn["WRR"].Definition with { AchievementMethod = AchievementMethod.Improvement };

        var result = Achievements.Of(wrr, actual: 80, target: 80, baseline: 82);

        Assert.Equal(1.0, result.Ratio);
        Assert.Equal(AchievementBasis.MetAtBaseline, result.Basis);
        Assert.True(result.Passed);
    }
}
