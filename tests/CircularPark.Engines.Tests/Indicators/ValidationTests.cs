using System.Globalization;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Engines.Indicators.Validation;

namespace CircularPark.Engines.Tests.Indicators;

public class ValidationTests
{
    private static ValidationReport Validate(params DataEntry[] entries) =>
        StatisticsValidator.BuiltIn.Validate(new ParkYearStatistics(2023, entries));

    private static DataEntry Va(double value) => new("VA", value) { PriceBaseYear = 2020 };

    [Fact]
    public void Solid_waste_utilised_beyond_generated_plus_stock_is_refused()
    {
        // 130 t utilised > 100 t generated + 20 t utilised from storage = 120 t
        var report = Validate(new("SW_GEN", 100), new("SW_UTIL_STOCK", 20), new("SW_UTIL", 130));

        var error = Assert.Single(report.Errors);
        Assert.False(report.IsSubmittable);
        Assert.Equal("Data.UtilisedExceedsAvailable", error.Code);
        Assert.Equal("SW_UTIL", error.Subject);
        Assert.Equal("SW_UTIL（一般工业固体废物综合利用量）130 t 超过 SW_GEN（一般工业固体废物产生量）100 t 与 SW_UTIL_STOCK（综合利用往年贮存量）20 t 之和 120 t：综合利用量不能大于产生量加往年贮存利用量",
            error.MessageZh);
        Assert.StartsWith("SW_UTIL (Industrial solid waste utilised) of 130 t exceeds SW_GEN", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Solid_waste_utilised_exactly_up_to_generated_plus_stock_is_accepted()
    {
        Assert.True(Validate(new("SW_GEN", 100), new("SW_UTIL_STOCK", 20), new("SW_UTIL", 120)).IsSubmittable);
    }

    [Theory]
    [InlineData("SO2", -5.0, "SO2 (SO₂ emitted) cannot be negative (entered -5 t): quantities must be ≥ 0")]
    [InlineData("VA", -1.0, "VA (Industrial value added (constant prices)) cannot be negative (entered -1 万元): quantities must be ≥ 0")]
    public void A_negative_quantity_is_refused(string code, double value, string message)
    {
        var report = Validate(new DataEntry(code, value) { PriceBaseYear = 2020 });

        var error = Assert.Single(report.Errors);
        Assert.Equal("Data.Negative", error.Code);
        Assert.Equal(message, error.Message(CultureInfo.GetCultureInfo("en-GB")));
        Assert.False(report.IsSubmittable);
    }

    [Theory]
    [InlineData(120.0, "%", false)]
    [InlineData(1.2, "1", false)] // a fraction of 1.2 is 120 %
    [InlineData(100.0, "%", true)]
    [InlineData(0.0, "%", true)]
    [InlineData(-0.1, "%", false)]
    public void A_rate_must_lie_within_0_and_100_percent(double value, string unit, bool accepted)
    {
        var report = Validate(new DataEntry("CP_AUDIT_RATE", value, unit));

        Assert.Equal(accepted, report.IsSubmittable);
        if (!accepted) Assert.Equal("Data.RateOutOfRange", Assert.Single(report.Errors).Code);
    }

    [Fact]
    public void A_rate_of_120_percent_is_refused_with_a_message_in_both_languages()
    {
        var error = Assert.Single(Validate(new DataEntry("CP_AUDIT_RATE", 120)).Errors);

        Assert.Equal("CP_AUDIT_RATE（清洁生产审核覆盖率）为 120%，超出 0–100% 的范围", error.MessageZh);
        Assert.Equal("CP_AUDIT_RATE (Clean-production audit coverage) is 120 %, outside the range 0–100 %", error.MessageEn);
    }

    [Fact]
    public void A_part_larger_than_its_total_is_refused()
    {
        var report = Validate(new("W_TAP", 12_000_000), new("W_FRESH", 10_000_000));

        var error = Assert.Single(report.Errors);
        Assert.Equal(("Data.PartExceedsTotal", "W_TAP"), (error.Code, error.Subject));
    }

    [Fact]
    public void Energy_carriers_are_compared_with_the_total_in_tce()
    {
        // 100,000 t coal × 0.7143 = 71,430 tce > 50,000 tce reported in total
        var report = Validate(new("E_COAL", 100_000), new("E_TOTAL", 50_000));

        var error = Assert.Single(report.Errors);
        Assert.Equal(("Data.PartExceedsTotal", "E_COAL"), (error.Code, error.Subject));
        Assert.Contains("71430 tce", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_energy_above_the_consumption_computed_from_the_carriers_is_refused_and_renewables_must_fit_within_clean_energy()
    {
        // 100,000 t coal = 71,430 tce in all; 80,000 tce of clean energy cannot be a share of it
        var tooMuch = Validate(new("E_COAL", 100_000), new("E_CLEAN", 80_000));
        var renewables = Validate(new("E_TOTAL", 50_000), new("E_CLEAN", 10_000), new("E_RENEW", 12_000));
        var fine = Validate(new("E_TOTAL", 50_000), new("E_CLEAN", 20_000), new("E_RENEW", 12_000));

        Assert.Equal(("Data.PartExceedsTotal", "E_CLEAN"), (Assert.Single(tooMuch.Errors).Code, Assert.Single(tooMuch.Errors).Subject));
        Assert.Equal(("Data.PartExceedsTotal", "E_RENEW"), (Assert.Single(renewables.Errors).Code, Assert.Single(renewables.Errors).Subject));
        Assert.Empty(fine.Errors);
    }

    [Fact]
    public void Parts_that_each_fit_but_together_exceed_the_total_are_a_warning()
    {
        var report = Validate(new("W_TAP", 6_000_000), new("W_SELF", 6_000_000), new("W_FRESH", 10_000_000));

        Assert.True(report.IsSubmittable);
        Assert.Equal("Data.PartsExceedTotal", Assert.Single(report.Warnings).Code);
    }

    [Theory]
    [InlineData(100.0, 250.0, null, true)] // ×2.5 without comment
    [InlineData(100.0, 40.0, null, true)] // ÷2.5 without comment
    [InlineData(100.0, 250.0, "新建项目投产", false)] // commented
    [InlineData(100.0, 200.0, null, false)] // exactly the factor 2
    [InlineData(0.0, 5.0, null, true)] // from nothing
    public void A_year_on_year_change_beyond_the_factor_needs_a_comment(double previous, double current, string? comment, bool warned)
    {
        var report = StatisticsValidator.BuiltIn.Validate(
            new ParkYearStatistics(2023, [new("SO2", current) { Comment = comment }]),
            new ParkYearStatistics(2022, [new("SO2", previous)]));

        Assert.True(report.IsSubmittable);
        Assert.Equal(warned, report.Warnings.Any(w => w.Code == "Data.YearOnYearChange"));
    }

    [Fact]
    public void The_year_on_year_factor_is_configurable()
    {
        var strict = new StatisticsValidator(DataItemCatalogue.BuiltIn, CircularPark.Engines.Indicators.IndicatorEngine.BuiltIn.Calculator,
            new ValidationOptions { YearOnYearFactor = 1.2 });

        var report = strict.Validate(new ParkYearStatistics(2023, [new("SO2", 130)]), new ParkYearStatistics(2022, [new("SO2", 100)]));

        Assert.Equal("Data.YearOnYearChange", Assert.Single(report.Warnings).Code);
    }

    [Theory]
    [InlineData("E_ELEC", 500_000_000.0, "kWh", 50_000.0)] // 5·10⁸ kWh = 50,000 万kWh
    [InlineData("E_GAS", 10_000_000.0, "立方米", 1_000.0)]
    [InlineData("SO2", 800_000.0, "kg", 800.0)]
    [InlineData("MINERAL", 200.0, "万吨", 2_000_000.0)]
    [InlineData("LAND", 1_000.0, "公顷", 10.0)] // 100 ha = 1 km²
    [InlineData("VA", 50.0, "亿元", 500_000.0)]
    [InlineData("VA", 5_000_000_000.0, "元", 500_000.0)]
    [InlineData("E_HEAT", 1_000_000.0, "MJ", 1_000.0)]
    [InlineData("WW", 6_000_000.0, "m³", 6_000_000.0)] // wastewater 1 t/m³
    [InlineData("WW", 600.0, "万m³", 6_000_000.0)]
    public void Values_entered_in_other_units_are_converted_to_the_canonical_unit(string code, double value, string unit, double canonical)
    {
        var report = Validate(new DataEntry(code, value, unit) { PriceBaseYear = 2020 });

        Assert.Empty(report.Diagnostics);
        Assert.Equal(canonical, report.Current.Values[code]!.Value, canonical * 1e-12);
    }

    [Theory]
    [InlineData("SO2", "m³", "Data.UnitNotConvertible")]
    [InlineData("SO2", "furlong", "Data.UnknownUnit")]
    [InlineData("NOPE", null, "Data.UnknownItem")]
    public void Entries_that_cannot_be_taken_are_refused(string code, string? unit, string expected)
    {
        var report = Validate(new DataEntry(code, 1, unit));

        Assert.Equal(expected, Assert.Single(report.Errors).Code);
    }

    [Fact]
    public void An_item_entered_twice_is_refused()
    {
        Assert.Equal("Data.Duplicate", Assert.Single(Validate(new("SO2", 1), new("so2", 2)).Errors).Code);
    }

    [Fact]
    public void Value_added_needs_a_price_base_year_and_a_change_of_base_year_is_flagged()
    {
        Assert.Equal("Data.PriceBaseYearMissing", Assert.Single(Validate(new DataEntry("VA", 1)).Warnings).Code);

        var report = StatisticsValidator.BuiltIn.Validate(new ParkYearStatistics(2023, [Va(110)]),
            new ParkYearStatistics(2022, [new DataEntry("VA", 100) { PriceBaseYear = 2015 }]));

        Assert.Equal("Data.PriceBaseYearChanged", Assert.Single(report.Warnings).Code);
    }

    [Fact]
    public void The_example_parks_statistics_pass_every_rule()
    {
        var entries = ExamplePark.Year2023().Values.Present.Select(p => new DataEntry(p.Key, p.Value) { PriceBaseYear = p.Key is "VA" or "GO" ? 2020 : null });

        Assert.Empty(Validate([.. entries]).Diagnostics);
    }
}
