using CircularPark.Engines.Indicators.Data;
using CircularPark.Engines.Indicators.Validation;
using static CircularPark.Engines.Indicators.Data.DataItemCodes;

namespace CircularPark.Engines.Tests.Assessment;

/// <summary>The park economics of seed 001 as data items: units convert, and structural rules warn on official figures.</summary>
public class EconomicItemsTests
{
    [Fact]
    public void Shaoguan_2021_investment_whose_parts_exceed_the_total_is_kept_with_a_warning()
    {
        // 固定资产投资 181.52 亿元，其中工业投资 138.37 亿元，基础设施配套投资 43.41 亿元: 138.37 + 43.41 = 181.78 > 181.52
        var report = StatisticsValidator.BuiltIn.Validate(new ParkYearStatistics(2021,
        [
            new DataEntry(FixedAssetInvestment, 181.52, "亿元"), new DataEntry(IndustrialInvestment, 138.37, "亿元"),
            new DataEntry(InfrastructureInvestment, 43.41, "亿元"),
        ]));

        Assert.True(report.IsSubmittable);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal(("Data.PartsExceedTotal", FixedAssetInvestment), (warning.Code, warning.Subject));
        Assert.Equal(1_815_200, report.Current.Values[FixedAssetInvestment]!.Value, 6);
    }

    [Fact]
    public void An_economic_part_above_its_total_warns_while_an_environmental_one_is_refused()
    {
        var economy = StatisticsValidator.BuiltIn.Validate(new ParkYearStatistics(2021,
            [new DataEntry(SignedProjects, 100, "个"), new DataEntry(SignedLargeProjects, 105, "项")]));
        var water = StatisticsValidator.BuiltIn.Validate(new ParkYearStatistics(2021,
            [new DataEntry(FreshWater, 100), new DataEntry(TapWater, 105)]));

        Assert.Equal(["Data.PartExceedsTotalOfficial"], economy.Diagnostics.Select(d => d.Code));
        Assert.True(economy.IsSubmittable);
        Assert.Equal(["Data.PartExceedsTotal"], water.Errors.Select(d => d.Code));
    }

    [Theory]
    [InlineData(FactoryAreaBuilt, 50.96, "万平方米", 509_600)]
    [InlineData(IdleLandDisposed, 811, "亩", 811)]
    [InlineData(ValueAdded, 217.89, "亿元", 2_178_900)]
    public void Figures_written_as_the_documents_write_them_convert_to_the_items_units(string code, double value, string unit, double canonical)
    {
        var report = StatisticsValidator.BuiltIn.Validate(new ParkYearStatistics(2021, [new DataEntry(code, value, unit) { PriceBaseYear = 2020 }]));

        Assert.Empty(report.Diagnostics);
        Assert.Equal(canonical, report.Current.Values[code]!.Value, 6);
        Assert.Equal(DataItemGroup.Economy, DataItemCatalogue.BuiltIn[code].Group);
    }
}
