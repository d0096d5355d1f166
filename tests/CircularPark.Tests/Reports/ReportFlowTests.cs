using CircularPark.Identity;
using CircularPark.Reports;

namespace CircularPark.Tests.Reports;

/// <summary>The step table: a park's report climbs park → city → province; a city's report city → province.</summary>
public class ReportFlowTests
{
    [Theory]
    [InlineData(false, ReportStatus.Draft, Roles.Park, "submit")]
    [InlineData(false, ReportStatus.Returned, Roles.Park, "submit")]
    [InlineData(false, ReportStatus.Submitted, Roles.City, "city-accept,city-return")]
    [InlineData(false, ReportStatus.Submitted, Roles.Province, "")]
    [InlineData(false, ReportStatus.CityAccepted, Roles.Province, "province-accept,province-return")]
    [InlineData(false, ReportStatus.Accepted, Roles.Province, "reopen")]
    [InlineData(false, ReportStatus.Accepted, Roles.City, "")]
    [InlineData(true, ReportStatus.Draft, Roles.City, "submit")]
    [InlineData(true, ReportStatus.Draft, Roles.Park, "")]
    [InlineData(true, ReportStatus.Submitted, Roles.City, "")]
    [InlineData(true, ReportStatus.Submitted, Roles.Province, "province-accept,province-return")]
    [InlineData(true, ReportStatus.Accepted, Roles.Province, "reopen")]
    public void Each_role_may_take_only_its_own_steps_from_each_state(bool cityReport, ReportStatus status, string role, string steps) =>
        Assert.Equal(steps, string.Join(",", ReportFlow.Allowed(cityReport, status, role)));

    [Fact]
    public void A_city_report_has_no_city_review_and_returns_and_reopening_need_a_reason()
    {
        Assert.Null(ReportFlow.Step(cityReport: true, "city-accept"));
        Assert.Null(ReportFlow.Step(cityReport: true, "city-return"));
        Assert.Equal(ReportStatus.Accepted, ReportFlow.Step(cityReport: true, "province-accept")!.To);
        Assert.Equal(ReportStatus.CityAccepted, ReportFlow.Step(cityReport: false, "city-accept")!.To);
        Assert.Equal(["city-return", "province-return", "reopen"], Steps.Where(ReportFlow.NeedsReason));
    }

    private static readonly string[] Steps = ["submit", "city-accept", "city-return", "province-accept", "province-return", "reopen"];

    [Fact]
    public void Every_step_of_the_table_is_known()
    {
        Assert.All(Steps, s => Assert.NotNull(ReportFlow.Step(cityReport: false, s)));
        Assert.Null(ReportFlow.Step(cityReport: false, "approve"));
    }
}
