using CircularPark.Engines.Campaigns;

namespace CircularPark.Engines.Tests.Campaigns;

/// <summary>
/// Jiangsu 2013 (003 一(三)): "苏南各市园区循环化改造目标要明显高于全省平均水平，苏中各市要达到全省平均水平，苏北各市要力争接近
/// 全省平均水平" — each city against the province's completion rate.
/// </summary>
public class RegionalComparisonTests
{
    private static readonly ParkTally Province = new(20, 10); // 50 %

    [Theory]
    [InlineData(10, 6, AverageRelation.Above, ComparisonVerdict.Met, 10.0)]
    [InlineData(10, 5, AverageRelation.Above, ComparisonVerdict.NotMet, 0.0)] // at the average is not 明显高于
    [InlineData(10, 5, AverageRelation.AtLeast, ComparisonVerdict.Met, 0.0)]
    [InlineData(10, 4, AverageRelation.AtLeast, ComparisonVerdict.NotMet, -10.0)]
    [InlineData(10, 4, AverageRelation.Approach, ComparisonVerdict.Approaching, -10.0)] // an aim, never a failure
    [InlineData(4, 3, AverageRelation.Approach, ComparisonVerdict.Met, 25.0)]
    public void A_city_is_judged_by_its_groups_relation_to_the_provincial_average(int counted, int transformed, AverageRelation relation, ComparisonVerdict verdict, double gap)
    {
        var result = RegionalComparison.Compare("320100", new ParkTally(counted, transformed), Province, relation);
        Assert.Equal((verdict, gap), (result.Verdict, result.GapPoints));
        Assert.Equal(0.5, result.Average);
    }

    [Fact]
    public void A_city_or_a_province_without_parks_has_no_data()
    {
        Assert.Equal(ComparisonVerdict.NoData, RegionalComparison.Compare("320300", new ParkTally(0, 0), Province, AverageRelation.Above).Verdict);
        Assert.Equal(ComparisonVerdict.NoData, RegionalComparison.Compare("320300", new ParkTally(3, 1), new ParkTally(0, 0), AverageRelation.Above).Verdict);
        Assert.Null(RegionalComparison.Compare("320300", new ParkTally(0, 0), Province, AverageRelation.Above).GapPoints);
    }

    [Fact]
    public void A_group_is_met_only_when_every_city_with_data_is()
    {
        var met = RegionalComparison.Compare("a", new ParkTally(4, 3), Province, AverageRelation.Above);
        var short_ = RegionalComparison.Compare("b", new ParkTally(4, 1), Province, AverageRelation.Above);
        var empty = RegionalComparison.Compare("c", new ParkTally(0, 0), Province, AverageRelation.Above);
        var approaching = RegionalComparison.Compare("d", new ParkTally(4, 1), Province, AverageRelation.Approach);

        Assert.Equal(ComparisonVerdict.Met, RegionalComparison.GroupVerdict([met, empty]));
        Assert.Equal(ComparisonVerdict.NotMet, RegionalComparison.GroupVerdict([met, short_]));
        Assert.Equal(ComparisonVerdict.NoData, RegionalComparison.GroupVerdict([empty]));
        Assert.Equal(ComparisonVerdict.Approaching, RegionalComparison.GroupVerdict([approaching, empty]));
    }
}
