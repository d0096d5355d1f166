using CircularPark.Identity;
using CircularPark.Regions;

namespace CircularPark.Tests.Identity;

public class AccessScopeTests
{
    private static readonly RegionTree Tree = new(
    [
        new Region { Id = 1, Code = "000000", NameZh = "全国", NameEn = "China", Level = RegionLevel.Nation },
        new Region { Id = 2, Code = "440000", NameZh = "广东省", NameEn = "Guangdong", Level = RegionLevel.Province, ParentId = 1 },
        new Region { Id = 3, Code = "441800", NameZh = "清远市", NameEn = "Qingyuan", Level = RegionLevel.City, ParentId = 2 },
        new Region { Id = 4, Code = "441881", NameZh = "英德市", NameEn = "Yingde", Level = RegionLevel.County, ParentId = 3 },
        new Region { Id = 5, Code = "440300", NameZh = "深圳市", NameEn = "Shenzhen", Level = RegionLevel.City, ParentId = 2 },
    ]);

    private const int YinghongPark = 9;

    [Theory]
    [InlineData(Roles.Admin, null, null, true, true)]
    [InlineData(Roles.Ministry, 1, null, true, true)]
    [InlineData(Roles.Province, 2, null, true, true)]
    [InlineData(Roles.City, 3, null, true, true)]
    [InlineData(Roles.City, 5, null, false, false)]
    [InlineData(Roles.Expert, 2, null, false, false)]
    [InlineData(Roles.Park, null, YinghongPark, true, true)]
    [InlineData(Roles.Park, null, 1, false, false)]
    [InlineData(Roles.Enterprise, null, YinghongPark, true, false)]
    [InlineData(null, null, null, false, false)]
    public void Who_may_see_and_change_a_park_in_a_county_of_Qingyuan(string? role, int? region, int? park, bool see, bool change)
    {
        var user = new AccessScope(role, region, park, "someone");

        Assert.Equal(see, user.CanSeePark(Tree, YinghongPark, 4));
        Assert.Equal(change, user.CanChangePark(Tree, YinghongPark, 4));
    }
}
