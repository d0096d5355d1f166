using CircularPark.Engines.Indicators.Achievement;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Engines.Indicators.Library;

namespace CircularPark.Engines.Tests.Indicators;

public class RollUpTests
{
    private static IndicatorValue Park(string code, params (string Item, double Value)[] values)
    {
        var items = DataItemCatalogue.BuiltIn.NewValues();
        foreach (var (item, value) in values) items.Set(item, value);
        return IndicatorLibrary.BuiltIn[code].Evaluate(items);
    }

    [Fact]
    public void A_city_roll_up_is_the_ratio_of_summed_numerators_and_denominators_not_the_mean_of_ratios()
    {
        var ei = IndicatorLibrary.BuiltIn["EI_ENERGY"];
        var a = Park("EI_ENERGY", ("E_TOTAL", 50), ("VA", 100)); // 0.5 tce/万元
        var b = Park("EI_ENERGY", ("E_TOTAL", 90), ("VA", 900)); // 0.1 tce/万元

        var city = RollUp.Combine(ei, [a, b]);

        Assert.Equal(0.14, city.Value!.Value, 1e-12); // (50 + 90) ÷ (100 + 900)
        Assert.Equal((140.0, 1_000.0), (city.NumeratorSum, city.DenominatorSum!.Value));
        Assert.NotEqual((0.5 + 0.1) / 2, city.Value.Value, 1e-6); // the mean of ratios would be 0.3
    }

    [Fact]
    public void A_percentage_rolls_up_as_a_ratio_of_sums_too()
    {
        var swur = IndicatorLibrary.BuiltIn["SWUR"];
        var a = Park("SWUR", ("SW_UTIL", 90), ("SW_GEN", 100), ("SW_UTIL_STOCK", 0)); // 90 %
        var b = Park("SWUR", ("SW_UTIL", 100), ("SW_GEN", 900), ("SW_UTIL_STOCK", 100)); // 10 %

        Assert.Equal(17.2727272727, RollUp.Combine(swur, [a, b]).Value!.Value, 1e-9); // 190 ÷ 1,100 = 17.27 %, not 50 %
    }

    [Fact]
    public void A_park_whose_own_denominator_is_zero_still_adds_to_the_sums_and_a_park_missing_data_is_left_out()
    {
        var ei = IndicatorLibrary.BuiltIn["EI_ENERGY"];
        var parks = new[]
        {
            Park("EI_ENERGY", ("E_TOTAL", 50), ("VA", 100)),
            Park("EI_ENERGY", ("E_TOTAL", 10), ("VA", 0)), // not computable alone
            Park("EI_ENERGY", ("VA", 900)), // no energy reported
        };

        var city = RollUp.Combine(ei, parks);

        Assert.Equal(0.6, city.Value!.Value, 1e-12); // (50 + 10) ÷ (100 + 0)
        Assert.Equal((2, 1), (city.Included, city.Excluded));
    }

    [Fact]
    public void A_quantity_rolls_up_as_a_sum()
    {
        var so2 = IndicatorLibrary.BuiltIn["D_SO2"];

        var city = RollUp.Combine(so2, [Park("D_SO2", ("SO2", 800)), Park("D_SO2", ("SO2", 200))]);

        Assert.Equal(1_000, city.Value);
        Assert.Null(city.DenominatorSum);
    }

    [Fact]
    public void Roll_ups_by_group_combine_each_city_separately_and_a_zero_sum_denominator_is_not_computable()
    {
        var ei = IndicatorLibrary.BuiltIn["EI_ENERGY"];
        var parks = new[]
        {
            ("440300", Park("EI_ENERGY", ("E_TOTAL", 50), ("VA", 100))),
            ("440300", Park("EI_ENERGY", ("E_TOTAL", 90), ("VA", 900))),
            ("440200", Park("EI_ENERGY", ("E_TOTAL", 10), ("VA", 0))),
        };

        var cities = RollUp.ByGroup(ei, parks);

        Assert.Equal(0.14, cities["440300"].Value!.Value, 1e-12);
        Assert.Null(cities["440200"].Value);
        Assert.Equal("RollUp.ZeroDenominator", cities["440200"].Problem!.Code);
    }
}
