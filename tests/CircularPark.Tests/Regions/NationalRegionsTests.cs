using CircularPark.Campaigns;
using CircularPark.Data.Seed;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Tests.Regions;

/// <summary>The whole country as seeded from data/seed/regions.csv (scripts/regions.py over areacodes.csv), checked against the source's README.</summary>
public class NationalRegionsTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private RegionDirectory _regions = null!;
    private static readonly DateOnly Today = new(2026, 12, 5);

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext("seed");
        if (!await db.Regions.AnyAsync()) await new SeedDatabase(db, TestDatabase.Importer(db)).ExecuteAsync(SeedFiles.Embedded());
        _regions = await new RegionDirectoryCache().GetAsync(db);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private IEnumerable<Region> InUse => _regions.All.Where(r => r.ValidTo is null && r.Kind != RegionKind.Corps);

    [Fact]
    public void The_divisions_in_use_are_those_the_source_counts()
    {
        Assert.Equal(34, InUse.Count(r => r.Level == RegionLevel.Province));
        Assert.Equal(333, InUse.Count(r => r.Level == RegionLevel.City));
        Assert.Equal(2846, InUse.Count(r => r.Level == RegionLevel.County));
    }

    [Theory]
    [InlineData("广东省", 21)]
    [InlineData("江苏省", 13)]
    [InlineData("山东省", 16)]
    [InlineData("四川省", 21)]
    [InlineData("浙江省", 11)]
    [InlineData("吉林省", 9)]
    [InlineData("新疆维吾尔自治区", 14)]
    public void Each_province_has_the_prefecture_level_units_the_source_counts(string province, int cities)
    {
        var region = InUse.Single(r => r.NameZh == province);

        Assert.Equal(cities, InUse.Count(r => r.Level == RegionLevel.City && r.ParentId == region.Id));
    }

    [Fact]
    public void Every_path_is_its_parent_s_path_and_its_own_code()
    {
        var wrong = _regions.All.Where(r => r.Path != Region.PathUnder(_regions.Parent(r)?.Path, r.Code)).Select(r => r.Code).ToList();

        Assert.Empty(wrong);
        Assert.Equal(6825, _regions.All.Count);
    }

    [Fact]
    public void A_renamed_code_keeps_one_row_per_name_with_its_dates()
    {
        var periods = _regions.Periods("320800").Select(r => $"{r.NameZh} {r.ValidFrom:yyyy-MM-dd}…{r.ValidTo:yyyy-MM-dd}");

        Assert.Equal(["淮阴市 1983-12-31…2000-12-31", "淮安市 2000-12-31…"], periods);
        Assert.Equal("淮安市", _regions.FindByCode("320800")!.NameZh);
        Assert.Equal("淮阴市", _regions.FindByCode("320800", new DateOnly(1999, 6, 1))!.NameZh);
    }

    [Fact]
    public void Laiwu_ends_on_the_exact_date_of_the_State_Council_approval()
    {
        var laiwu = _regions.FindByCode("371200")!;

        Assert.Equal(new DateOnly(2019, 1, 9), laiwu.ValidTo);
        Assert.Equal(new DateOnly(2019, 1, 9), _regions.FindByCode("370116")!.ValidFrom);
        Assert.Contains("2019-01-09", laiwu.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_corps_is_a_province_level_reporting_unit_holding_its_cities()
    {
        var corps = _regions.FindByCode("660000")!;
        var wujiaqu = _regions.FindByCode("659004")!;

        Assert.Equal((RegionLevel.Province, RegionKind.Corps, "/000000/660000/"), (corps.Level, corps.Kind, corps.Path));
        Assert.Equal("/000000/660000/659004/", wujiaqu.Path);
        Assert.False(RegionDirectory.IsWithin(wujiaqu, _regions.FindByCode("650000")!));
        Assert.Same(wujiaqu, _regions.CityUnitOf(wujiaqu));
        Assert.Same(corps, _regions.ProvinceOf(wujiaqu));
    }

    [Fact]
    public void Separately_planned_cities_and_municipalities_are_reporting_units()
    {
        var planned = _regions.All.Where(r => r.Kind == RegionKind.SeparatelyPlanned).Select(r => r.NameZh).Order();
        var municipalities = InUse.Where(r => r.IsMunicipality).Select(r => r.NameZh).Order();

        Assert.Equal(["厦门市", "大连市", "宁波市", "深圳市", "青岛市"], planned);
        Assert.True(_regions.FindByCode("370200")!.IsNationalReportingUnit);
        Assert.Equal(["上海市", "北京市", "天津市", "重庆市"], municipalities);
    }

    [Fact]
    public void A_municipality_and_its_districts_count_under_the_municipality_by_city()
    {
        var beijing = _regions.FindByCode("110000")!;

        Assert.Same(beijing, _regions.CityUnitOf(_regions.FindByCode("110105")!));
        Assert.Same(beijing, _regions.CityUnitOf(beijing));
        Assert.Null(_regions.CityUnitOf(_regions.FindByCode("320000")!));
        Assert.Equal("江苏省徐州市邳州市", _regions.FullName(_regions.FindByCode("320382")!));
    }

    [Fact]
    public async Task A_park_of_the_2018_Shandong_table_is_under_Laiwu_for_2018_and_under_Jinan_now()
    {
        await using var db = database.NewContext();
        var summary = await new GetCampaignSummary(db, new RegionDirectoryCache()).ExecuteAsync("sd-2018-336");
        var park = await db.Parks.Include(p => p.Memberships).SingleAsync(p => p.Name == "莱芜钢城经济开发区");

        Assert.Contains(summary!.Cities, c => c.NameZh == "莱芜市");
        Assert.DoesNotContain(summary.Cities, c => c.NameZh == "济南市" && c.Cumulative.Total == 0);
        Assert.Equal("莱芜市", _regions.Find(park.MembershipOn(new DateOnly(2018, 9, 10))!.RegionId)!.NameZh);
        Assert.Equal("济南市", _regions.CityUnitOf(_regions.Find(park.MembershipOn(Today)!.RegionId)!)!.NameZh);
    }

    [Theory]
    [InlineData("371200", "2018-12-31", "莱芜市 …2019-01-09 | 济南市 2019-01-09…")]
    [InlineData("320800", "1990-01-01", "淮阴市 …2000-12-31 | 淮安市 2000-12-31…")]
    [InlineData("130103", "2010-01-01", "桥东区 …2014-12-31 | 石家庄市 2014-12-31…")]
    [InlineData("320500", "2018-12-31", "苏州市 …")]
    public void A_place_named_as_of_a_date_lies_in_its_successors_from_the_day_they_took_over(string code, string asOf, string expected)
    {
        var named = _regions.FindByCode(code, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture))!;

        var periods = _regions.Succession(named).Select(p => $"{p.Region.NameZh} {p.From:yyyy-MM-dd}…{p.To:yyyy-MM-dd}");

        Assert.Equal(expected, string.Join(" | ", periods));
    }
}
