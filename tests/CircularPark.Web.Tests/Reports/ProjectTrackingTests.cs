using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CircularPark.Web.Tests.Reports;

public class ProjectTrackingTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_project_behind_its_planned_progress_is_flagged_with_planned_against_actual(Provider provider)
    {
        var app = await apps.For(provider);
        var requirement = await ReportDriver.AddParkRequirementAsync(app, 2021, 2022);
        var (park, client) = await ReportDriver.ParkWithPlanAsync(app, "英德市英红工业园");
        await ReportDriver.SubmitAsync(client, park, requirement, 2021, percent: 40, thisYear: 5_000, total: 5_000, energy: 500);

        var behind = await client.GetFromJsonAsync<JsonElement>($"/api/parks/{park}/project-tracking");
        var p01 = behind.GetProperty("projects").EnumerateArray().Single();
        Assert.True(p01.GetProperty("delayed").GetBoolean());
        var y2021 = p01.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2021);
        Assert.Equal(58.3333, y2021.GetProperty("plannedPercent").GetDouble(), 4); // 7,000 of 12,000 万元 planned by the end of 2021
        Assert.Equal(7_000, y2021.GetProperty("plannedInvestment").GetDouble());
        Assert.Equal(40, y2021.GetProperty("actualPercent").GetDouble());
        Assert.Equal(5_000, y2021.GetProperty("investmentTotal").GetDouble());
        Assert.Equal(-18.3333, p01.GetProperty("gap").GetDouble(), 4);

        await ReportDriver.SubmitAsync(client, park, requirement, 2022, percent: 100, thisYear: 7_000, total: 12_000, energy: 3_000);
        var caughtUp = (await client.GetFromJsonAsync<JsonElement>($"/api/parks/{park}/project-tracking")).GetProperty("projects")[0];
        Assert.False(caughtUp.GetProperty("delayed").GetBoolean());
        Assert.Equal(2022, caughtUp.GetProperty("latestYear").GetInt32());

        var (other, otherClient) = await ReportDriver.ParkWithPlanAsync(app, "恩平产业转移工业园");
        await ReportDriver.SubmitAsync(otherClient, other, requirement, 2021, percent: 60, thisYear: 7_000, total: 7_000, energy: 0, delayReason: "设备到货推迟");
        var withReason = (await otherClient.GetFromJsonAsync<JsonElement>($"/api/parks/{other}/project-tracking")).GetProperty("projects")[0];
        Assert.True(withReason.GetProperty("delayed").GetBoolean()); // ahead of plan, but the report gives a delay reason
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/parks/{other}/project-tracking")).StatusCode);
    }
}
