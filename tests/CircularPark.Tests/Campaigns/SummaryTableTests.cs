using CircularPark.Campaigns;
using CircularPark.Parks;
using CircularPark.Regions;

namespace CircularPark.Tests.Campaigns;

/// <summary>
/// The summary table built from counted rows (pure): a national table has each province's subtotal followed by its cities,
/// a municipality once as itself, and totals that add up by year and level; other scopes keep a line per city.
/// </summary>
public class SummaryTableTests
{
    // (city, province, year, level, count), checked by hand below
    private static readonly SummaryRow[] Rows =
    [
        new("110000", "北京市", "Beijing", 2021, ParkLevel.NotStated, 2, "110000", "北京市", "Beijing"),
        new("370100", "济南市", "Jinan", 2021, ParkLevel.National, 1, "370000", "山东省", "Shandong"),
        new("370200", "青岛市", "Qingdao", 2022, ParkLevel.Provincial, 3, "370000", "山东省", "Shandong"),
        new("370200", "青岛市", "Qingdao", 2022, ParkLevel.Other, 1, "370000", "山东省", "Shandong"),
        new("659004", "五家渠市", "Wujiaqu", 2022, ParkLevel.National, 1, "660000", "新疆生产建设兵团", "XPCC"),
    ];

    [Fact]
    public void A_national_table_prints_each_province_with_its_subtotal_then_its_cities()
    {
        var table = CampaignSummaryResult.Build("cn", new DateOnly(2021, 6, 1), RegionLevel.Nation, Rows);

        Assert.Equal(["全国合计", "北京市", "山东省", "济南市", "青岛市", "新疆生产建设兵团", "五家渠市"], table.Lines.Select(l => l.NameZh));
        Assert.Equal(new LevelCounts(5, 1, 3, 0, 1), table.Provinces.Single(p => p.Code == "370000").Cumulative);
        Assert.Equal(new LevelCounts(2, 0, 0, 2, 0), table.Provinces.Single(p => p.Code == "110000").Years[0]);
        Assert.Equal(new LevelCounts(8, 2, 3, 2, 1), table.Total.Cumulative);
    }

    [Fact]
    public void Subtotals_add_up_to_the_total_by_year_and_level()
    {
        var table = CampaignSummaryResult.Build("cn", new DateOnly(2021, 6, 1), RegionLevel.Nation, Rows);

        for (var y = 0; y < table.Years.Count; y++)
            Assert.Equal(table.Total.Years[y], Sum(table.Provinces.Select(p => p.Years[y])));
        Assert.Equal(table.Total.Cumulative, Sum(table.Provinces.Select(p => p.Cumulative)));
        Assert.Equal(table.Total.Cumulative, Sum(table.Cities.Select(c => c.Cumulative)));
    }

    [Theory]
    [InlineData(RegionLevel.Province, "全省合计")]
    [InlineData(RegionLevel.City, "全市合计")]
    public void Other_scopes_keep_a_line_per_city_under_their_own_total(RegionLevel scope, string total)
    {
        var table = CampaignSummaryResult.Build("sd", new DateOnly(2021, 6, 1), scope, Rows[1..4]);

        Assert.Equal([total, "济南市", "青岛市"], table.Lines.Select(l => l.NameZh));
        Assert.Empty(table.Provinces);
    }

    [Fact]
    public void The_not_stated_and_other_columns_show_only_when_such_parks_are_counted()
    {
        var withBoth = CampaignSummaryResult.Build("cn", new DateOnly(2021, 6, 1), RegionLevel.Nation, Rows);
        var withOther = CampaignSummaryResult.Build("sd", new DateOnly(2021, 6, 1), RegionLevel.Province, Rows[1..4]);
        var withNeither = CampaignSummaryResult.Build("sd", new DateOnly(2021, 6, 1), RegionLevel.Province, Rows[1..3]);

        Assert.Equal([ParkLevel.National, ParkLevel.Provincial, ParkLevel.NotStated, ParkLevel.Other], withBoth.Levels);
        Assert.Equal([ParkLevel.National, ParkLevel.Provincial, ParkLevel.Other], withOther.Levels);
        Assert.Equal([ParkLevel.National, ParkLevel.Provincial], withNeither.Levels);
    }

    private static LevelCounts Sum(IEnumerable<LevelCounts> cells) => cells.Aggregate(LevelCounts.Zero, (a, b) =>
        new LevelCounts(a.Total + b.Total, a.National + b.National, a.Provincial + b.Provincial, a.NotStated + b.NotStated, a.Other + b.Other));
}
