using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Indicators;
using CircularPark.Web.Tests.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Overview;

/// <summary>
/// The heavy views are cached by the shared data version (ADR 0088): a change saved through the API is seen by the very next
/// read of each cached view, two users of different scopes never get each other's rows, and a clock moved past a due date
/// turns a report to 逾期未报 although no data changed.
/// </summary>
public class CachedViewsTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinghong = "英德市英红工业园", Enping = "恩平产业转移工业园";

    internal static Task<int> CityRequirementAsync(TestApp app) => app.WithDbAsync(db =>
        db.ReportRequirements.Where(r => r.Type == "city-yearly-progress" && db.Campaigns.Any(c => c.Id == r.CampaignId && c.Code == "gd-2020-923"))
            .Select(r => r.Id).SingleAsync());

    internal static JsonElement Row(JsonElement overview, string name) =>
        overview.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("nameZh").GetString() == name);

    internal static int Reports(JsonElement row, string figure) => row.GetProperty("reports").GetProperty(figure).GetInt32();

    internal static async Task SubmitQingyuanReportAsync(TestApp app, int requirement)
    {
        var qingyuan = await app.ClientAsAsync(Roles.City, regionCode: "441800");
        var saved = await qingyuan.PutAsJsonAsync($"/api/regions/441800/reports/{requirement}/2023", new { progress = "两个园区按方案推进。" });
        saved.EnsureSuccessStatusCode();
        (await qingyuan.PostAsync($"/api/reports/{(await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetInt32()}/submit", null))
            .EnsureSuccessStatusCode();
    }

    private static async Task<double> EnergyIntensityAsync(HttpClient client, int park)
    {
        var result = await client.GetFromJsonAsync<JsonElement>($"/api/parks/{park}/indicators?year=2022");
        return result.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "EI_ENERGY").GetProperty("value").GetDouble();
    }

    private static object[] WithValueAdded(double value) =>
        [.. StatisticsAndIndicatorsApiTests.Example2022.Where(e => !JsonSerializer.Serialize(e).Contains("\"VA\"", StringComparison.Ordinal)),
            new { code = "VA", value, priceBaseYear = 2020 }];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_report_submitted_on_the_API_is_counted_by_the_next_read_of_the_overview_and_the_timeliness(Provider provider)
    {
        var app = await apps.For(provider);
        var requirement = await CityRequirementAsync(app);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        app.Clock.SetChinaTime(2024, 1, 5);
        try
        {
            var before = await province.GetFromJsonAsync<JsonElement>("/api/regions/440000/overview?year=2023");
            var pendingBefore = await province.GetFromJsonAsync<JsonElement>($"/api/report-requirements/{requirement}/timeliness?period=2023");
            await province.GetFromJsonAsync<JsonElement>("/api/regions/440000/overview?year=2023"); // read again: now from the cache

            await SubmitQingyuanReportAsync(app, requirement);
            var after = await province.GetFromJsonAsync<JsonElement>("/api/regions/440000/overview?year=2023");
            var pendingAfter = await province.GetFromJsonAsync<JsonElement>($"/api/report-requirements/{requirement}/timeliness?period=2023");

            Assert.Equal((0, 1), (Reports(Row(before, "清远市"), "late"), Reports(Row(before, "清远市"), "overdue")));
            Assert.Equal((1, 0), (Reports(Row(after, "清远市"), "late"), Reports(Row(after, "清远市"), "overdue")));
            Assert.Contains("清远市", Names(pendingBefore));
            Assert.DoesNotContain("清远市", Names(pendingAfter));
        }
        finally { app.Clock.Reset(); }
    }

    private static List<string?> Names(JsonElement timeliness) =>
        [.. timeliness.GetProperty("pending").EnumerateArray().Select(p => p.GetProperty("name").GetString())];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Statistics_saved_again_change_the_next_read_of_park_and_campaign_indicators_and_of_the_dashboard(Provider provider)
    {
        var app = await apps.For(provider);
        var park = await ParksApiTests.ParkIdAsync(app, Yinghong);
        var owner = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        (await owner.PutAsJsonAsync($"/api/parks/{park}/statistics/2022", new { entries = WithValueAdded(50_000) })).EnsureSuccessStatusCode();
        var parkBefore = await EnergyIntensityAsync(owner, park);
        var campaignBefore = await province.GetFromJsonAsync<JsonElement>("/api/campaigns/gd-2020-923/indicators?year=2022");
        var dashboardBefore = await owner.GetStringAsync($"/parks/{park}/dashboard");

        (await owner.PutAsJsonAsync($"/api/parks/{park}/statistics/2022", new { entries = WithValueAdded(100_000) })).EnsureSuccessStatusCode();
        var parkAfter = await EnergyIntensityAsync(owner, park);
        var campaignAfter = await province.GetFromJsonAsync<JsonElement>("/api/campaigns/gd-2020-923/indicators?year=2022");
        var dashboardAfter = await owner.GetStringAsync($"/parks/{park}/dashboard");

        Assert.Equal(0.063152, parkBefore, 9);
        Assert.Equal(0.031576, parkAfter, 9); // twice the value added, half the energy per 万元
        Assert.Equal(0.063152, CampaignEnergyIntensity(campaignBefore, park), 9);
        Assert.Equal(0.031576, CampaignEnergyIntensity(campaignAfter, park), 9);
        Assert.Contains("0.063152", dashboardBefore, StringComparison.Ordinal);
        Assert.Contains("0.031576", dashboardAfter, StringComparison.Ordinal);
    }

    private static double CampaignEnergyIntensity(JsonElement view, int park) =>
        view.GetProperty("parks").EnumerateArray().Single(p => p.GetProperty("parkId").GetInt32() == park).GetProperty("values").EnumerateArray()
            .Single(v => v.GetProperty("code").GetString() == "EI_ENERGY").GetProperty("value").GetDouble();

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_province_and_a_city_asking_for_the_same_views_get_only_their_own_rows(Provider provider)
    {
        var app = await apps.For(provider);
        var (yinghong, enping) = (await ParksApiTests.ParkIdAsync(app, Yinghong), await ParksApiTests.ParkIdAsync(app, Enping));
        var admin = await app.ClientAsAsync(Roles.Admin);
        foreach (var park in new[] { yinghong, enping })
            (await admin.PutAsJsonAsync($"/api/parks/{park}/statistics/2022", new { entries = WithValueAdded(50_000) })).EnsureSuccessStatusCode();
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        var qingyuan = await app.ClientAsAsync(Roles.City, regionCode: "441800");

        var provinceIndicators = await province.GetFromJsonAsync<JsonElement>("/api/campaigns/gd-2020-923/indicators?year=2022");
        var cityIndicators = await qingyuan.GetFromJsonAsync<JsonElement>("/api/campaigns/gd-2020-923/indicators?year=2022");
        var provinceAgain = await province.GetFromJsonAsync<JsonElement>("/api/campaigns/gd-2020-923/indicators?year=2022");
        var provinceOverview = await province.GetFromJsonAsync<JsonElement>("/api/regions/440000/overview?year=2023");
        var cityAskingForTheProvince = await qingyuan.GetAsync("/api/regions/440000/overview?year=2023");
        var cityOverview = await qingyuan.GetFromJsonAsync<JsonElement>("/api/regions/441800/overview?year=2023");

        Assert.Equal([enping, yinghong], ParkIds(provinceIndicators));
        Assert.Equal([yinghong], ParkIds(cityIndicators));
        Assert.Equal([enping, yinghong], ParkIds(provinceAgain));
        Assert.Contains("江门市", provinceOverview.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("nameZh").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, cityAskingForTheProvince.StatusCode);
        Assert.Equal("Park", cityOverview.GetProperty("rowKind").GetString());
        Assert.DoesNotContain(Enping, cityOverview.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("nameZh").GetString()));
        Assert.Contains(Yinghong, cityOverview.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("nameZh").GetString()));
    }

    private static List<int> ParkIds(JsonElement view) => [.. view.GetProperty("parks").EnumerateArray().Select(p => p.GetProperty("parkId").GetInt32()).Order()];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_clock_moved_past_the_due_date_turns_the_cached_overviews_open_reports_to_overdue(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        try
        {
            // The cities' 2023 progress reports to Guangdong are due 2023-12-31 (China time); nothing changes in the data.
            app.Clock.SetChinaTime(2023, 12, 31, hour: 23);
            var due = await province.GetFromJsonAsync<JsonElement>("/api/regions/440000/overview?year=2023");
            await province.GetFromJsonAsync<JsonElement>("/api/regions/440000/overview?year=2023");
            app.Clock.SetChinaTime(2024, 1, 1, hour: 1);
            var past = await province.GetFromJsonAsync<JsonElement>("/api/regions/440000/overview?year=2023");

            Assert.Equal((1, 0), (Reports(Row(due, "清远市"), "open"), Reports(Row(due, "清远市"), "overdue")));
            Assert.Equal((0, 1), (Reports(Row(past, "清远市"), "open"), Reports(Row(past, "清远市"), "overdue")));
        }
        finally { app.Clock.Reset(); }
    }
}
