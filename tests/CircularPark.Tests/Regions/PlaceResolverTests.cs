using CircularPark.Data.Seed;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Tests.Regions;

/// <summary>Place names as people write them, from provinces the source documents never mention, against the national list.</summary>
public class PlaceResolverTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly DateOnly Now = new(2026, 12, 5);
    private RegionDirectory _regions = null!;
    private PlaceResolver _places = null!;

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext("seed");
        if (!await db.Regions.AnyAsync()) await new SeedDatabase(db, TestDatabase.Importer(db)).ExecuteAsync(SeedFiles.Embedded());
        _regions = await new RegionDirectoryCache().GetAsync(db);
        _places = new PlaceResolver(_regions);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private PlaceResolution Resolve(string? province, string? city, string? county = null, DateOnly? asOf = null, string? within = null) =>
        _places.Resolve(new PlaceQuery(province, city, county, asOf ?? Now, within is null ? null : _regions.FindByCode(within)));

    [Theory]
    [InlineData(null, "杭州", "330100")]
    [InlineData("浙江省", "杭州市", "330100")]
    [InlineData(null, "浙江省杭州市", "330100")]
    [InlineData("四川", "成都", "510100")]
    [InlineData(null, "四川省成都市", "510100")]
    [InlineData("云南", "红河州", "532500")]
    [InlineData(null, "红河哈尼族彝族自治州", "532500")]
    [InlineData(null, "云南省红河州", "532500")]
    [InlineData("湖北省", "恩施州", "422800")]
    [InlineData("新疆", "伊犁州", "654000")]
    [InlineData("新疆维吾尔自治区", "伊犁哈萨克自治州", "654000")]
    [InlineData("吉林", "吉林", "220200")]
    [InlineData(null, "重庆市", "500000")]
    [InlineData(null, "北京", "110000")]
    [InlineData(null, " 苏 州 市 ", "320500")]
    [InlineData(null, "320500", "320500")]
    [InlineData("Shandong", "Jinan", "370100")]
    public void A_city_is_found_whichever_way_it_is_written(string? province, string city, string code)
    {
        var place = Resolve(province, city).Place;

        Assert.Equal(code, place?.Region.Code);
        Assert.Equal(code, place?.City?.Code);
    }

    [Theory]
    [InlineData("江苏", "邳州市", null, "320382", "320300")]
    [InlineData(null, "江苏省徐州市邳州市", null, "320382", "320300")]
    [InlineData(null, "北京市", "朝阳区", "110105", "110000")]
    [InlineData(null, "北京市朝阳区", null, "110105", "110000")]
    [InlineData(null, "五家渠市", null, "659004", "659004")]
    [InlineData("兵团", "五家渠", null, "659004", "659004")]
    [InlineData(null, "仙桃市", null, "429004", "429004")]
    public void A_county_given_where_a_city_is_expected_is_recorded_with_its_unit_by_city(
        string? province, string city, string? county, string region, string unit)
    {
        var place = Resolve(province, city, county).Place!;

        Assert.Equal((region, region, unit), (place.Region.Code, place.County?.Code, place.City?.Code));
    }

    [Theory]
    [InlineData("浙江", "330000")]
    [InlineData("新疆生产建设兵团", "660000")]
    [InlineData("兵团", "660000")]
    [InlineData("广西", "450000")]
    [InlineData("内蒙古", "150000")]
    public void A_province_alone_is_a_place_when_the_list_names_no_city(string province, string code)
    {
        var place = Resolve(province, null).Place!;

        Assert.Equal((code, null), (place.Region.Code, place.City?.Code));
    }

    [Fact]
    public void A_name_is_read_as_of_the_list_s_date()
    {
        Assert.Equal("371200", Resolve("山东省", "莱芜市", asOf: new DateOnly(2018, 9, 10)).Place?.Region.Code);

        var problem = Resolve("山东省", "莱芜市", asOf: new DateOnly(2020, 1, 1)).Problem!;
        Assert.Equal((PlaceField.City, PlaceProblemKind.Unknown), (problem.Field, problem.Kind));
        Assert.Contains("山东省莱芜市（1992-12-31–2019-01-09）", problem.Names);
        Assert.Contains("2020-01-01", problem.Message(new("属地", "City")).Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_of_several_places_is_a_problem_listing_them_never_a_guess()
    {
        var problem = Resolve(null, null, "朝阳区").Problem!;

        Assert.Equal((PlaceField.County, PlaceProblemKind.Ambiguous), (problem.Field, problem.Kind));
        Assert.Contains("北京市朝阳区", problem.Names);
        Assert.Contains("吉林省长春市朝阳区", problem.Names);
        Assert.Contains("请写明所属的省或市", problem.Message(new("区县", "County")).Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_name_offers_the_nearest_names()
    {
        var problem = Resolve(null, "杭洲市").Problem!;

        Assert.Equal(PlaceProblemKind.Unknown, problem.Kind);
        Assert.Equal("浙江省杭州市", problem.Names[0]);
        Assert.Contains("Nearest names: 浙江省杭州市", problem.Message(new("属地", "City")).En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_outside_the_list_s_region_or_contradicting_its_province_is_a_problem()
    {
        Assert.Equal(PlaceProblemKind.Outside, Resolve(null, "苏州", within: "370000").Problem?.Kind);
        Assert.Equal(PlaceProblemKind.Mismatch, Resolve("广东", "苏州").Problem?.Kind);
        Assert.Equal(PlaceProblemKind.NotACity, Resolve(null, "江苏省").Problem?.Kind);
        Assert.Equal("苏州", Resolve("广东", "苏州").Problem?.Written);
    }

    [Theory]
    [InlineData("红河哈尼族彝族自治州", "红河")]
    [InlineData("新疆维吾尔自治区", "新疆")]
    [InlineData("内蒙古自治区", "内蒙古")]
    [InlineData("西藏自治区", "西藏")]
    [InlineData("长阳土家族自治县", "长阳")]
    [InlineData("浦东新区", "浦东")]
    [InlineData("沛县", null)]
    [InlineData("锡林郭勒盟", "锡林郭勒")]
    public void The_short_form_drops_the_generic_part_and_the_peoples_of_an_autonomous_title(string name, string? stem)
    {
        Assert.Equal(stem, PlaceNames.Stem(name));
    }
}
