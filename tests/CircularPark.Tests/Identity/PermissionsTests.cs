using CircularPark.Identity;

namespace CircularPark.Tests.Identity;

/// <summary>The one permissions table: roles and scope rules decided by region paths, never by a loaded region table.</summary>
public class PermissionsTests
{
    private const string Nation = "/000000/";
    private const string Guangdong = "/000000/440000/";
    private const string Qingyuan = "/000000/440000/441800/";
    private const string Yingde = "/000000/440000/441800/441881/";
    private const string Shenzhen = "/000000/440000/440300/";
    private const string Shandong = "/000000/370000/";
    private const int YinghongPark = 9;
    private const int OtherPark = 1;

    private static AccessScope User(string? role, string? regionPath = null, int? park = null, int? enterprise = null) =>
        new(role, null, park, "someone") { RegionPath = regionPath, EnterpriseId = enterprise };

    private static readonly ScopeTarget Yinghong = ScopeTarget.Park(YinghongPark, Yingde);

    public static TheoryData<string?, string?, int?, bool, bool> ParkUsers => new()
    {
        { Roles.Admin, null, null, true, true },
        { Roles.Ministry, Nation, null, true, true },
        { Roles.Province, Guangdong, null, true, true },
        { Roles.Province, Shandong, null, false, false },
        { Roles.City, Qingyuan, null, true, true },
        { Roles.City, Shenzhen, null, false, false },
        { Roles.Expert, Guangdong, null, false, false },
        { Roles.Park, null, YinghongPark, true, true },
        { Roles.Park, null, OtherPark, false, false },
        { Roles.Enterprise, null, YinghongPark, true, false },
        { null, null, null, false, false },
    };

    [Theory]
    [MemberData(nameof(ParkUsers))]
    public void Who_may_read_and_change_a_park_in_a_county_of_Qingyuan(string? role, string? path, int? park, bool read, bool change)
    {
        var user = User(role, path, park);

        Assert.Equal(read, user.Allows(Permissions.ParkRead, Yinghong));
        Assert.Equal(change, user.Allows(Permissions.ParkChange, Yinghong));
    }

    [Fact]
    public void A_province_cannot_take_a_park_of_its_own_through_another_provinces_campaign()
    {
        var guangdongOfficial = User(Roles.Province, Guangdong);
        var step = new Permission("test.step", ScopeRule.CampaignPark, [Roles.Province]);

        Assert.False(guangdongOfficial.Allows(step, Yinghong with { CampaignScopePath = Shandong }));
        Assert.True(guangdongOfficial.Allows(step, Yinghong with { CampaignScopePath = Guangdong }));
        Assert.True(guangdongOfficial.Allows(step, Yinghong with { CampaignScopePath = Nation }));
    }

    [Theory]
    [InlineData(Roles.Province, Shandong, false)]
    [InlineData(Roles.Province, Guangdong, true)]
    [InlineData(Roles.Ministry, Nation, true)]
    [InlineData(Roles.City, Qingyuan, false)]
    public void Only_an_official_whose_region_holds_the_campaign_scope_owns_it(string role, string path, bool owner) =>
        Assert.Equal(owner, User(role, path).Allows(Permissions.CampaignOwn, ScopeTarget.Campaign(Guangdong)));

    [Fact]
    public void An_enterprise_user_trades_for_its_own_enterprise_only()
    {
        var user = User(Roles.Enterprise, park: YinghongPark, enterprise: 5);

        Assert.True(user.Allows(Permissions.ExchangeTrade, Yinghong with { EnterpriseId = 5 }));
        Assert.False(user.Allows(Permissions.ExchangeTrade, Yinghong with { EnterpriseId = 6 }));
        Assert.True(User(Roles.Park, park: YinghongPark).Allows(Permissions.ExchangeTrade, Yinghong with { EnterpriseId = 6 }));
        Assert.False(User(Roles.Enterprise, park: YinghongPark).Allows(Permissions.ExchangeTrade, Yinghong with { EnterpriseId = 6 }));
    }

    [Fact]
    public void A_path_that_merely_shares_a_prefix_of_digits_is_not_within()
    {
        var city = User(Roles.City, "/000000/440000/4418/");

        Assert.False(city.Allows(Permissions.ParkRead, Yinghong));
    }

    [Fact]
    public void Public_actions_need_no_sign_in_and_every_permission_names_its_roles()
    {
        Assert.True(User(null).Allows(Permissions.Public, ScopeTarget.None));
        Assert.All(Permissions.All, p => Assert.NotEmpty(p.Roles));
        Assert.Equal(Permissions.All.Count, Permissions.All.Select(p => p.Name).Distinct().Count());
    }
}
