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
    public void Asked_about_a_parks_exchange_as_a_whole_an_enterprise_user_may_trade_on_its_own_parks_page_only()
    {
        var user = User(Roles.Enterprise, park: YinghongPark, enterprise: 5);

        Assert.True(user.Allows(Permissions.ExchangeTrade, Yinghong));
        Assert.False(user.Allows(Permissions.ExchangeTrade, ScopeTarget.Park(OtherPark, Shenzhen)));
    }

    [Fact]
    public void The_ministry_covers_every_park_even_one_without_a_region_and_a_province_does_not()
    {
        var regionless = ScopeTarget.Park(77, null);

        Assert.True(User(Roles.Ministry, Nation).Allows(Permissions.ParkRead, regionless));
        Assert.False(User(Roles.Province, Guangdong).Allows(Permissions.ParkRead, regionless));
    }

    [Theory]
    [InlineData(Roles.City, true)]
    [InlineData(Roles.Park, false)]
    [InlineData(Roles.Expert, false)]
    [InlineData(null, false)]
    public void Holding_a_permission_is_the_role_check_alone_for_menus(string? role, bool holds) =>
        Assert.Equal(holds, User(role, Shandong).Holds(Permissions.ParkImport));

    [Fact]
    public void Holding_a_granted_permission_needs_the_grant()
    {
        Assert.False(User(Roles.City, Qingyuan).Holds(Permissions.UsersManage));
        Assert.True((User(Roles.City, Qingyuan) with { Grants = new HashSet<string> { Grants.Accounts } }).Holds(Permissions.UsersManage));
    }

    [Fact]
    public void Every_step_of_every_step_table_names_a_permission_of_the_one_table()
    {
        var rules = global::CircularPark.Reviews.Workflow.Table.Steps.Select(s => global::CircularPark.Reviews.Workflow.Table[s].Permission)
            .Concat(global::CircularPark.Acceptance.AcceptanceWorkflow.Table.Steps.Select(s => global::CircularPark.Acceptance.AcceptanceWorkflow.Table[s].Permission))
            .Concat(global::CircularPark.Reports.ReportFlow.ParkReports.Steps.Select(s => global::CircularPark.Reports.ReportFlow.ParkReports[s].Permission))
            .Concat(global::CircularPark.Reports.ReportFlow.CityReports.Steps.Select(s => global::CircularPark.Reports.ReportFlow.CityReports[s].Permission))
            .Concat(global::CircularPark.Funds.FundSteps.Table.Steps.Select(s => global::CircularPark.Funds.FundSteps.Table[s].Permission)).ToList();

        Assert.All(rules, p => Assert.Contains(p, Permissions.All));
        Assert.All(rules, p => Assert.Contains(Roles.Admin, p.Roles));
    }

    [Fact]
    public void A_step_table_offers_a_city_only_the_steps_of_parks_in_its_region()
    {
        var qingyuan = User(Roles.City, Qingyuan);
        var shenzhen = User(Roles.City, Shenzhen);
        var table = global::CircularPark.Reports.ReportFlow.ParkReports;

        Assert.Equal([global::CircularPark.Reports.ReportStep.CityAccept, global::CircularPark.Reports.ReportStep.CityReturn], table.Open(global::CircularPark.Reports.ReportStatus.Submitted, qingyuan, Yinghong));
        Assert.Empty(table.Open(global::CircularPark.Reports.ReportStatus.Submitted, shenzhen, Yinghong));
        Assert.Equal(StepVerdict.WrongState, table.Check(global::CircularPark.Reports.ReportStep.CityAccept, global::CircularPark.Reports.ReportStatus.Draft, qingyuan, Yinghong));
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
