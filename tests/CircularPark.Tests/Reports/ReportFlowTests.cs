using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Reports;

namespace CircularPark.Tests.Reports;

/// <summary>The step tables: a park's report climbs park → city → province or straight to the province; a city's report city → province; a unit's to the ministry.</summary>
public class ReportFlowTests
{
    [Theory]
    [InlineData(ReportRoute.ParkViaCity, ReportStatus.Draft, Roles.Park, "submit")]
    [InlineData(ReportRoute.ParkViaCity, ReportStatus.Returned, Roles.Park, "submit")]
    [InlineData(ReportRoute.ParkViaCity, ReportStatus.Submitted, Roles.City, "city-accept,city-return")]
    [InlineData(ReportRoute.ParkViaCity, ReportStatus.Submitted, Roles.Province, "")]
    [InlineData(ReportRoute.ParkViaCity, ReportStatus.CityAccepted, Roles.Province, "province-accept,province-return")]
    [InlineData(ReportRoute.ParkViaCity, ReportStatus.Accepted, Roles.Province, "reopen")]
    [InlineData(ReportRoute.ParkViaCity, ReportStatus.Accepted, Roles.City, "")]
    [InlineData(ReportRoute.CityToProvince, ReportStatus.Draft, Roles.City, "submit")]
    [InlineData(ReportRoute.CityToProvince, ReportStatus.Draft, Roles.Park, "")]
    [InlineData(ReportRoute.CityToProvince, ReportStatus.Submitted, Roles.City, "")]
    [InlineData(ReportRoute.CityToProvince, ReportStatus.Submitted, Roles.Province, "province-accept,province-return")]
    [InlineData(ReportRoute.CityToProvince, ReportStatus.Accepted, Roles.Province, "reopen")]
    [InlineData(ReportRoute.ParkToProvince, ReportStatus.Submitted, Roles.City, "")]
    [InlineData(ReportRoute.ParkToProvince, ReportStatus.Submitted, Roles.Province, "province-accept,province-return")]
    [InlineData(ReportRoute.UnitToNation, ReportStatus.Draft, Roles.Province, "submit")]
    [InlineData(ReportRoute.UnitToNation, ReportStatus.Submitted, Roles.Province, "")]
    [InlineData(ReportRoute.UnitToNation, ReportStatus.Submitted, Roles.Ministry, "nation-accept,nation-return")]
    [InlineData(ReportRoute.UnitToNation, ReportStatus.Accepted, Roles.Ministry, "reopen")]
    [InlineData(ReportRoute.UnitToNation, ReportStatus.Accepted, Roles.Province, "")]
    public void Each_role_may_take_only_its_own_steps_from_each_state(ReportRoute route, ReportStatus status, string role, string steps) =>
        Assert.Equal(steps, string.Join(",", ReportFlow.Allowed(route, status, role)));

    [Fact]
    public void A_city_report_has_no_city_review_and_returns_and_reopening_need_a_reason()
    {
        Assert.Null(ReportFlow.Step(ReportRoute.CityToProvince, "city-accept"));
        Assert.Null(ReportFlow.Step(ReportRoute.CityToProvince, "city-return"));
        Assert.Equal(ReportStatus.Accepted, ReportFlow.Step(ReportRoute.CityToProvince, "province-accept")!.To);
        Assert.Equal(ReportStatus.CityAccepted, ReportFlow.Step(ReportRoute.ParkViaCity, "city-accept")!.To);
        Assert.Equal(["city-return", "province-return", "nation-return", "reopen"], Steps.Where(ReportFlow.NeedsReason));
    }

    [Theory]
    [InlineData(ReportParty.Park, ReportParty.City, ReportRoute.ParkViaCity)]
    [InlineData(ReportParty.Park, ReportParty.Province, ReportRoute.ParkToProvince)]
    [InlineData(ReportParty.City, ReportParty.Province, ReportRoute.CityToProvince)]
    [InlineData(ReportParty.Province, ReportParty.Nation, ReportRoute.UnitToNation)]
    public void The_route_is_the_requirements_author_and_addressee(ReportParty from, ReportParty to, ReportRoute route) =>
        Assert.Equal(route, ReportFlow.RouteOf(from, to));

    private static readonly string[] Steps = ["submit", "city-accept", "city-return", "province-accept", "province-return", "nation-accept", "nation-return", "reopen"];

    [Fact]
    public void Every_step_of_the_table_is_known()
    {
        Assert.All(Steps.Where(s => !s.StartsWith("nation", StringComparison.Ordinal)), s => Assert.NotNull(ReportFlow.Step(ReportRoute.ParkViaCity, s)));
        Assert.All(["submit", "nation-accept", "nation-return", "reopen"], s => Assert.NotNull(ReportFlow.Step(ReportRoute.UnitToNation, s)));
        Assert.Null(ReportFlow.Step(ReportRoute.ParkViaCity, "approve"));
    }
}
