using CircularPark.Engines.Indicators;
using CircularPark.Engines.Indicators.Library;
using CircularPark.Engines.Indicators.Units;

namespace CircularPark.Engines.Tests.Indicators;

public class UnitTests
{
    private static Unit U(string text)
    {
        Assert.True(UnitCatalogue.TryParse(text, out var unit), text);
        return unit!;
    }

    [Theory]
    [InlineData("万kWh", "kWh", 1e4)]
    [InlineData("万千瓦时", "kWh", 1e4)]
    [InlineData("kWh", "MJ", 3.6)] // 1 kWh = 3.6 MJ
    [InlineData("吨", "t", 1)]
    [InlineData("万吨", "t", 1e4)]
    [InlineData("t", "kg", 1e3)]
    [InlineData("万t", "kg", 1e7)]
    [InlineData("立方米", "万m³", 1e-4)]
    [InlineData("万立方米", "m3", 1e4)]
    [InlineData("公顷", "km²", 0.01)] // 1 km² = 100 ha
    [InlineData("平方公里", "公顷", 100)]
    [InlineData("元", "万元", 1e-4)]
    [InlineData("亿元", "万元", 1e4)]
    [InlineData("GJ", "MJ", 1e3)]
    [InlineData("吨标准煤", "kgce", 1e3)]
    [InlineData("%", "1", 0.01)]
    [InlineData("万元/t", "元/t", 1e4)]
    [InlineData("万元/t", "万元/万t", 1e4)]
    [InlineData("亿元/km²", "万元/公顷", 100)] // 10⁸ 元 per 10⁶ m² = 100 元/m²; 万元/公顷 = 1 元/m²
    [InlineData("tce/万元", "kgce/元", 0.1)]
    public void Commensurable_units_convert_by_the_ratio_of_their_scales(string from, string to, double factor)
    {
        Assert.True(U(from).TryGetFactorTo(U(to), out var actual));
        Assert.Equal(factor, actual, factor * 1e-12);
    }

    [Theory]
    [InlineData("t", "m³")]
    [InlineData("万kWh", "tce")] // needs a coefficient set, not a fixed factor
    [InlineData("万元/t", "t/万元")]
    [InlineData("%", "t")]
    public void Units_of_different_dimensions_do_not_convert(string from, string to)
    {
        Assert.False(U(from).TryGetFactorTo(U(to), out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("furlong")]
    [InlineData("万元/")]
    [InlineData("/t")]
    public void Unknown_unit_text_is_not_parsed(string text)
    {
        Assert.False(UnitCatalogue.TryParse(text, out var unit));
        Assert.Null(unit);
    }

    [Fact]
    public void Derived_units_take_the_name_of_a_known_unit_when_one_matches()
    {
        Assert.Equal("tce", U("tce/万元").Multiply(U("万元")).Symbol);
        Assert.Equal("1", U("t").Divide(U("吨")).Symbol);
        Assert.Equal("万元/t", U("万元").Divide(U("t")).Symbol);
    }

    [Fact]
    public void Enum_labels_exist_in_Chinese_and_English()
    {
        Assert.Equal(new BilingualText("资源产出", "Resource output"), IndicatorLabels.Of(IndicatorGroup.Output));
        Assert.Equal(new BilingualText("越低越好", "Lower is better"), IndicatorLabels.Of(Direction.LowerIsBetter));
    }
}
