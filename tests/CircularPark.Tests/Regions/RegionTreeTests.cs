using CircularPark.Regions;

namespace CircularPark.Tests.Regions;

public class RegionTreeTests
{
    private static readonly RegionTree Tree = new(
    [
        new Region { Id = 1, Code = "000000", NameZh = "全国", NameEn = "China", Level = RegionLevel.Nation },
        new Region { Id = 2, Code = "370000", NameZh = "山东省", NameEn = "Shandong", Level = RegionLevel.Province, ParentId = 1 },
        new Region { Id = 3, Code = "370100", NameZh = "济南市", NameEn = "Jinan", Level = RegionLevel.City, ParentId = 2 },
        new Region { Id = 4, Code = "371200", NameZh = "莱芜市", NameEn = "Laiwu", Level = RegionLevel.City, ParentId = 2, ValidTo = new DateOnly(2019, 1, 9) },
        new Region { Id = 5, Code = "440000", NameZh = "广东省", NameEn = "Guangdong", Level = RegionLevel.Province, ParentId = 1 },
        new Region { Id = 6, Code = "441800", NameZh = "清远市", NameEn = "Qingyuan", Level = RegionLevel.City, ParentId = 5 },
        new Region { Id = 7, Code = "441881", NameZh = "英德市", NameEn = "Yingde", Level = RegionLevel.County, ParentId = 6 },
    ]);

    [Fact]
    public void A_region_contains_itself_and_everything_below_it()
    {
        Assert.Equal([5, 6, 7], Tree.SelfAndDescendants(5).Order());
        Assert.True(Tree.IsWithin(7, 5));
        Assert.False(Tree.IsWithin(7, 2));
    }

    [Fact]
    public void A_county_s_city_and_province_are_found_by_level()
    {
        Assert.Equal("441800", Tree.AtLevel(7, RegionLevel.City)!.Code);
        Assert.Equal("440000", Tree.AtLevel(7, RegionLevel.Province)!.Code);
        Assert.Null(Tree.AtLevel(2, RegionLevel.City));
    }

    [Theory]
    [InlineData("莱芜市", "2018-09-10", "371200")]
    [InlineData("莱芜", "2018-09-10", "371200")]
    [InlineData("莱芜市", "2019-01-09", null)]
    [InlineData("Jinan", "2024-01-01", "370100")]
    [InlineData("济南", "2024-01-01", "370100")]
    public void Cities_are_found_by_name_as_they_were_on_a_date(string name, string day, string? code)
    {
        var found = Tree.FindByName(name, RegionLevel.City, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), withinId: 1);

        Assert.Equal(code, found?.Code);
    }
}
