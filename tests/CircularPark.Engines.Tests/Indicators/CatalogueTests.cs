using CircularPark.Engines.Indicators.Data;

namespace CircularPark.Engines.Tests.Indicators;

public class CatalogueTests
{
    [Fact]
    public void The_built_in_catalogue_covers_the_statistics_of_issue_3_with_units()
    {
        var codes = DataItemCatalogue.BuiltIn.Items.Select(i => i.Code).ToHashSet();

        Assert.Subset(codes, new HashSet<string>
        {
            "VA", "GO", "E_COAL", "E_GAS", "E_OIL", "E_ELEC", "E_HEAT", "E_STEAM", "E_OTHER", "W_TAP", "W_SELF", "W_REUSED", "LAND",
            "SW_GEN", "SW_UTIL", "SW_UTIL_STOCK", "SW_STORED", "SW_DISPOSED", "HW", "WW", "COD", "NH3N", "SO2", "NOX", "PM", "MINERAL",
        });
        Assert.All(DataItemCatalogue.BuiltIn.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.NameZh + i.NameEn + i.Unit)));
        Assert.Equal("万kWh", DataItemCatalogue.BuiltIn.UnitOf("E_ELEC").Symbol);
    }

    [Theory]
    [InlineData("P_OUT", "万t", null)]
    [InlineData("VA", "万元", "Catalogue.DuplicateCode")]
    [InlineData("9X", "t", "Catalogue.InvalidCode")]
    [InlineData("BASE", "t", "Catalogue.InvalidCode")]
    [InlineData("P_OUT", "furlong", "Catalogue.UnknownUnit")]
    public void User_items_need_a_free_valid_code_and_a_known_unit(string code, string unit, string? error)
    {
        var build = DataItemCatalogue.Create([new DataItem(code, "自定义", "Custom", unit, DataItemKind.Quantity)]);

        Assert.Equal(error, build.Diagnostics.SingleOrDefault()?.Code);
        Assert.Equal(error is null, build.Catalogue.Items.Count == DataItemCatalogue.BuiltIn.Items.Count + 1);
    }

    [Fact]
    public void A_user_items_total_must_be_a_known_item_of_the_same_dimension()
    {
        var build = DataItemCatalogue.Create([new DataItem("W_RAIN", "雨水", "Rainwater", "m³", DataItemKind.Quantity) { TotalCode = "SO2" }]);

        Assert.Equal("Catalogue.UnknownTotal", Assert.Single(build.Diagnostics).Code);
        Assert.False(build.Catalogue.TryGet("W_RAIN", out _, out _));
    }
}
