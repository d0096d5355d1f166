using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Web.Tests.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Reports;

public class YearlyReportTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly object Content = new
    {
        progress = "重点项目按计划推进。", results = "节能1200吨标准煤。", experience = "园区统一供热。", difficulties = "资金压力较大。",
        energySavedTce = 1200.0, projects = new[] { new { projectKey = "P01", status = "在建", percentComplete = 60.0, investmentThisYear = 3000.0, investmentTotal = 7000.0, milestones = "主体完工" } },
    };

    /// <summary>
    /// Adds a yearly park report, due 31 Dec 2026, to the Guangdong campaign (its nine parks were approved in 2020):
    /// through the city to the province, or (<paramref name="to"/> = province) straight to the province.
    /// </summary>
    internal static Task<int> AddRequirementAsync(TestApp app, ReportParty to = ReportParty.City) => app.WithDbAsync(async db =>
    {
        var campaign = await db.Campaigns.Include(c => c.Reports).SingleAsync(c => c.Code == "gd-2020-923");
        var requirement = new ReportRequirement
        {
            Type = $"park-yearly-test-{to}", NameZh = "园区年度进展报告", NameEn = "Park yearly progress", From = ReportParty.Park, To = to,
            Recurrence = Recurrence.Yearly, DueMonth = 12, DueDay = 31, FirstPeriod = 2026, LastPeriod = 2026,
        };
        campaign.Reports.Add(requirement);
        await db.SaveChangesAsync();
        return requirement.Id;
    });

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task On_a_moved_clock_reminders_come_7_days_before_and_completeness_and_timeliness_are_exact(Provider provider)
    {
        var app = await apps.For(provider);
        var requirement = await AddRequirementAsync(app);
        var yinghong = await ParksApiTests.ParkIdAsync(app, "英德市英红工业园");
        var lianzhou = await ParksApiTests.ParkIdAsync(app, "广东连州市产业转移工业园区（清远民族工业园）");
        var yinghongUser = await app.CreateUserAsync(Roles.Park, parkName: "英德市英红工业园");
        var lianzhouUser = await app.CreateUserAsync(Roles.Park, parkName: "广东连州市产业转移工业园区（清远民族工业园）");
        var adminUser = await app.CreateUserAsync(Roles.Admin);
        var provinceUser = await app.CreateUserAsync(Roles.Province, regionCode: "440000");

        app.Clock.SetChinaTime(2026, 12, 23);
        await (await app.SignedInClientAsync(adminUser)).PostAsync("/api/reminders/run", null);
        Assert.Empty(Mine(await (await app.SignedInClientAsync(yinghongUser)).GetFromJsonAsync<JsonElement>("/api/reminders"), requirement));

        app.Clock.SetChinaTime(2026, 12, 24);
        await (await app.SignedInClientAsync(adminUser)).PostAsync("/api/reminders/run", null);
        var reminders = await (await app.SignedInClientAsync(yinghongUser)).GetFromJsonAsync<JsonElement>("/api/reminders");
        var reminder = Assert.Single(Mine(reminders, requirement));
        Assert.Equal("before", reminder.GetProperty("kind").GetString());
        Assert.Contains("2026-12-31", reminder.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        var inbox = await (await app.SignedInClientAsync(yinghongUser)).GetStringAsync("/inbox");
        Assert.Contains(reminder.GetProperty("messageZh").GetString()!, inbox, StringComparison.Ordinal);

        app.Clock.SetChinaTime(2026, 12, 30);
        var onTime = await app.SignedInClientAsync(yinghongUser);
        var saved = await (await onTime.PutAsJsonAsync($"/api/parks/{yinghong}/reports/{requirement}/2026", Content)).Content.ReadFromJsonAsync<JsonElement>();
        (await onTime.PostAsync($"/api/reports/{saved.GetProperty("reportId").GetInt32()}/submit", null)).EnsureSuccessStatusCode();

        app.Clock.SetChinaTime(2027, 1, 1);
        (await (await app.SignedInClientAsync(adminUser)).PostAsync("/api/reminders/run", null)).EnsureSuccessStatusCode();
        var overdue = await app.WithDbAsync(db => db.Reminders.Where(r => r.RequirementId == requirement && r.Kind == "overdue").Select(r => r.ParkId).ToListAsync());
        Assert.Equal(8, overdue.Count); // every expected park but 英红
        Assert.DoesNotContain(yinghong, overdue);

        app.Clock.SetChinaTime(2027, 1, 2);
        var late = await app.SignedInClientAsync(lianzhouUser);
        var lateReport = await (await late.PutAsJsonAsync($"/api/parks/{lianzhou}/reports/{requirement}/2026", Content)).Content.ReadFromJsonAsync<JsonElement>();
        (await late.PostAsync($"/api/reports/{lateReport.GetProperty("reportId").GetInt32()}/submit", null)).EnsureSuccessStatusCode();

        var figures = (await (await app.SignedInClientAsync(provinceUser)).GetFromJsonAsync<JsonElement>($"/api/report-requirements/{requirement}/timeliness?period=2026"))
            .GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!,
                g => (g.GetProperty("expected").GetInt32(), g.GetProperty("submitted").GetInt32(), g.GetProperty("onTime").GetInt32(), g.GetProperty("late").GetInt32(), g.GetProperty("missing").GetInt32()));
        Assert.Equal((9, 2, 1, 1, 7), figures[""]);
        Assert.Equal((9, 2, 1, 1, 7), figures["440000"]);
        Assert.Equal((2, 2, 1, 1, 0), figures["441800"]); // 清远: 英红 on time, 连州 late
        Assert.Equal((1, 0, 0, 0, 1), figures["440700"]); // 江门: 恩平 never
        Assert.Equal((4, 2, 1, 1, 2), figures["level:Provincial"]);
        Assert.Equal((1, 0, 0, 0, 1), figures["level:NotStated"]); // 恩平: its opinion and Attachment 1 state no level (data/seed/NOTES.md)
        Assert.Equal((1, 0, 0, 0, 1), figures["level:National"]);
    }

    private static IEnumerable<JsonElement> Mine(JsonElement reminders, int requirement) =>
        reminders.EnumerateArray().Where(r => r.GetProperty("requirementId").GetInt32() == requirement);

    [Fact]
    public async Task A_city_returns_a_report_with_reasons_the_park_revises_and_resubmits_and_the_history_shows_both_versions()
    {
        var app = await apps.For(Provider.Sqlite);
        var requirement = await AddRequirementAsync(app);
        var park = await ParksApiTests.ParkIdAsync(app, "恩平产业转移工业园");
        var parkClient = await app.ClientAsAsync(Roles.Park, parkName: "恩平产业转移工业园");
        var city = await app.ClientAsAsync(Roles.City, regionCode: "440700");
        var otherCity = await app.ClientAsAsync(Roles.City, regionCode: "441800");
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");

        var id = (await (await parkClient.PutAsJsonAsync($"/api/parks/{park}/reports/{requirement}/2026", Content)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await city.PostAsJsonAsync($"/api/reports/{id}/city-accept", new { })).StatusCode); // nothing submitted yet
        (await parkClient.PostAsync($"/api/reports/{id}/submit", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await otherCity.PostAsJsonAsync($"/api/reports/{id}/city-return", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await city.PostAsJsonAsync($"/api/reports/{id}/city-return", new { reason = " " })).StatusCode);
        (await city.PostAsJsonAsync($"/api/reports/{id}/city-return", new { reason = "节能量缺少测算依据" })).EnsureSuccessStatusCode();
        (await parkClient.PutAsJsonAsync($"/api/parks/{park}/reports/{requirement}/2026", new { progress = "补充了节能量测算依据。", energySavedTce = 1100.0 })).EnsureSuccessStatusCode();
        (await parkClient.PostAsync($"/api/reports/{id}/submit", null)).EnsureSuccessStatusCode();
        (await city.PostAsJsonAsync($"/api/reports/{id}/city-accept", new { })).EnsureSuccessStatusCode();
        (await province.PostAsJsonAsync($"/api/reports/{id}/province-accept", new { })).EnsureSuccessStatusCode();
        var locked = await parkClient.PutAsJsonAsync($"/api/parks/{park}/reports/{requirement}/2026", Content);

        var report = await province.GetFromJsonAsync<JsonElement>($"/api/reports/{id}");
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Equal("Accepted", report.GetProperty("status").GetString());
        Assert.Equal([1200.0, 1100.0], report.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("content").GetProperty("energySavedTce").GetDouble()));
        Assert.All(report.GetProperty("versions").EnumerateArray(), v => Assert.True(v.GetProperty("submitted").GetBoolean()));
        Assert.Equal(["submit", "city-return", "submit", "city-accept", "province-accept"], report.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("节能量缺少测算依据", report.GetProperty("events")[1].GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await otherCity.GetAsync($"/api/reports/{id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_report_the_campaign_addresses_to_the_province_goes_there_without_the_city(Provider provider)
    {
        var app = await apps.For(provider);
        var requirement = await AddRequirementAsync(app, ReportParty.Province);
        var park = await ParksApiTests.ParkIdAsync(app, "英德市英红工业园");
        var parkClient = await app.ClientAsAsync(Roles.Park, parkName: "英德市英红工业园");
        var city = await app.ClientAsAsync(Roles.City, regionCode: "441800");
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");

        var id = (await (await parkClient.PutAsJsonAsync($"/api/parks/{park}/reports/{requirement}/2026", Content)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await province.PostAsJsonAsync($"/api/reports/{id}/province-accept", new { })).StatusCode); // nothing submitted yet
        (await parkClient.PostAsync($"/api/reports/{id}/submit", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await city.PostAsJsonAsync($"/api/reports/{id}/city-accept", new { })).StatusCode); // no city step on this route
        Assert.DoesNotContain($"/reports/{id}", await city.GetStringAsync("/inbox"), StringComparison.Ordinal);
        Assert.Contains($"/reports/{id}", await province.GetStringAsync("/inbox"), StringComparison.Ordinal);
        (await province.PostAsJsonAsync($"/api/reports/{id}/province-accept", new { })).EnsureSuccessStatusCode();

        var report = await province.GetFromJsonAsync<JsonElement>($"/api/reports/{id}");
        Assert.Equal("Accepted", report.GetProperty("status").GetString());
        Assert.Equal(["submit", "province-accept"], report.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Saves_and_submissions_racing_for_the_same_report_are_answered_200_or_409_and_leave_one_report(Provider provider)
    {
        var app = await apps.For(provider);
        var requirement = await AddRequirementAsync(app);
        var park = await ParksApiTests.ParkIdAsync(app, "广东梅州经济开发区（东升工业园区）");
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.ClientAsAsync(Roles.Park, parkName: "广东梅州经济开发区（东升工业园区）")));

        var saves = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => clients[i % 4].PutAsJsonAsync($"/api/parks/{park}/reports/{requirement}/2026", Content)));
        var ids = await app.WithDbAsync(db => db.YearlyReports.Where(r => r.ParkId == park && r.RequirementId == requirement).Select(r => r.Id).ToListAsync());
        var submits = ids.Count == 0 ? [] : await Task.WhenAll(Enumerable.Range(0, 8).Select(i => clients[i % 4].PostAsync($"/api/reports/{ids[0]}/submit", null)));

        // Never a 500. SQLite has one writer: a request that waited past its busy timeout is told that nothing was saved
        // and to try again (503), so on SQLite a race may have no winner; on PostgreSQL exactly one submission wins.
        foreach (var response in saves.Concat(submits))
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict || (provider == Provider.Sqlite && response.StatusCode == HttpStatusCode.ServiceUnavailable),
                $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(saves.Any(r => r.StatusCode == HttpStatusCode.OK) ? 1 : 0, ids.Count);
        var won = submits.Count(r => r.StatusCode == HttpStatusCode.OK);
        Assert.InRange(won, provider == Provider.Postgres ? 1 : 0, 1);
        if (ids.Count == 0) return;
        var report = await clients[0].GetFromJsonAsync<JsonElement>($"/api/reports/{ids[0]}");
        Assert.Equal(Enumerable.Repeat("submit", won), report.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Single(report.GetProperty("versions").EnumerateArray());
    }
}
