using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Identity;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Reports;

/// <summary>A city's yearly report for the province (Shandong: 园区循环化改造工作进展情况及意见建议报告, due 31 Jan of the next year).</summary>
public class CityReportTests(Apps apps) : IClassFixture<Apps>
{
    private static Task<int> SeededRequirementAsync(TestApp app) => app.WithDbAsync(db =>
        db.ReportRequirements.Where(r => r.Type == "city-yearly-report" && db.Campaigns.Any(c => c.Id == r.CampaignId && c.Code == "sd-2018-336")).Select(r => r.Id).SingleAsync());

    /// <summary>The seeded Shandong line (due 31 Jan of period + 1) for a period after the seed data was loaded: 2026, due 2027-01-31.</summary>
    private static Task<int> ShandongLineFor2026Async(TestApp app) => app.WithDbAsync(async db =>
    {
        var seeded = await db.ReportRequirements.AsNoTracking().SingleAsync(r => r.Type == "city-yearly-report" && db.Campaigns.Any(c => c.Id == r.CampaignId && c.Code == "sd-2018-336"));
        Assert.Equal((1, 31, 1, ReportParty.City, ReportParty.Province), (seeded.DueMonth, seeded.DueDay, seeded.YearOffset, seeded.From, seeded.To));
        var line = new ReportRequirement
        {
            CampaignId = seeded.CampaignId, Type = "city-yearly-report-2026", NameZh = seeded.NameZh, NameEn = seeded.NameEn, From = seeded.From, To = seeded.To,
            Recurrence = seeded.Recurrence, DueMonth = seeded.DueMonth, DueDay = seeded.DueDay, YearOffset = seeded.YearOffset, FirstPeriod = 2026, LastPeriod = 2026,
        };
        db.ReportRequirements.Add(line);
        await db.SaveChangesAsync();
        return line.Id;
    });

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_province_returns_a_city_report_with_reasons_the_city_resubmits_and_the_history_shows_both_versions(Provider provider)
    {
        var app = await apps.For(provider);
        var requirement = await SeededRequirementAsync(app);
        var jinan = await app.ClientAsAsync(Roles.City, regionCode: "370100");
        var qingdao = await app.ClientAsAsync(Roles.City, regionCode: "370200");
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "370000");
        var url = $"/api/regions/370100/reports/{requirement}/2020";

        var start = await jinan.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(8, start.GetProperty("summary").GetProperty("parks").GetArrayLength()); // 5 of 济南 and the 3 of 莱芜, merged in 2019
        Assert.Contains("明水经济技术开发区", start.GetProperty("summary").GetProperty("prefill").GetProperty("progress").GetString(), StringComparison.Ordinal);
        var saved = await jinan.PutAsJsonAsync(url, new { progress = "全市8个园区按计划推进。", results = "节能1.2万吨标准煤。", difficulties = "资金不足。", energySavedTce = 12_000.0 });
        var id = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetInt32();
        Assert.Equal(HttpStatusCode.Forbidden, (await qingdao.PutAsJsonAsync(url, new { progress = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await qingdao.GetAsync($"/api/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await qingdao.GetAsync(url)).StatusCode);
        var invalid = await jinan.PutAsJsonAsync(url, new { energySavedTce = -1.0 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("energySavedTce", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Conflict, (await province.PostAsJsonAsync($"/api/reports/{id}/province-accept", new { })).StatusCode); // not submitted
        (await jinan.PostAsync($"/api/reports/{id}/submit", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await province.PostAsJsonAsync($"/api/reports/{id}/city-accept", new { })).StatusCode); // no such step for a city report
        Assert.Equal(HttpStatusCode.BadRequest, (await province.PostAsJsonAsync($"/api/reports/{id}/province-return", new { reason = "" })).StatusCode);
        (await province.PostAsJsonAsync($"/api/reports/{id}/province-return", new { reason = "缺少意见建议" })).EnsureSuccessStatusCode();
        (await jinan.PutAsJsonAsync(url, new { progress = "全市8个园区按计划推进。", results = "节能1.2万吨标准煤。", difficulties = "资金不足。", experience = "建议设立专项资金。", energySavedTce = 12_000.0 })).EnsureSuccessStatusCode();
        (await jinan.PostAsync($"/api/reports/{id}/submit", null)).EnsureSuccessStatusCode();
        (await province.PostAsJsonAsync($"/api/reports/{id}/province-accept", new { })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict, (await jinan.PutAsJsonAsync(url, new { progress = "改" })).StatusCode); // accepted: locked

        var report = await province.GetFromJsonAsync<JsonElement>($"/api/reports/{id}");
        Assert.Equal("Accepted", report.GetProperty("status").GetString());
        Assert.Equal(2, report.GetProperty("versions").GetArrayLength());
        Assert.All(report.GetProperty("versions").EnumerateArray(), v => Assert.True(v.GetProperty("submitted").GetBoolean()));
        Assert.Equal(["submit", "province-return", "submit", "province-accept"], report.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("缺少意见建议", report.GetProperty("events")[1].GetProperty("reason").GetString());
        var changes = await province.GetFromJsonAsync<JsonElement>($"/api/reports/{id}/changes?from=1&to=2");
        Assert.Equal(["experience"], changes.EnumerateArray().Select(c => c.GetProperty("path").GetString()));

        var docx = await jinan.GetByteArrayAsync($"/api/reports/{id}/export.docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("济南市2020年园区循环化改造工作进展情况报告", text, StringComparison.Ordinal);
        Assert.Contains("建议设立专项资金。", text, StringComparison.Ordinal);
        Assert.Contains("明水经济技术开发区", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await qingdao.GetAsync($"/api/reports/{id}/export.docx")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Shandong_city_reports_due_31_January_are_counted_on_time_or_late_on_a_moved_clock(Provider provider)
    {
        var app = await apps.For(provider);
        var requirement = await ShandongLineFor2026Async(app);
        var (jinanUser, qingdaoUser) = (await app.CreateUserAsync(Roles.City, regionCode: "370100"), await app.CreateUserAsync(Roles.City, regionCode: "370200"));
        var (provinceUser, adminUser) = (await app.CreateUserAsync(Roles.Province, regionCode: "370000"), await app.CreateUserAsync(Roles.Admin));

        // Sign-in cookies expire as the clock moves, so each step signs in at its own moment.
        app.Clock.SetChinaTime(2027, 1, 24);
        (await (await app.SignedInClientAsync(adminUser)).PostAsync("/api/reminders/run", null)).EnsureSuccessStatusCode();
        var reminders = (await (await app.SignedInClientAsync(jinanUser)).GetFromJsonAsync<JsonElement>("/api/reminders")).EnumerateArray()
            .Where(r => r.GetProperty("requirementId").GetInt32() == requirement).ToList();
        Assert.Contains("2027-01-31", Assert.Single(reminders).GetProperty("messageZh").GetString(), StringComparison.Ordinal);

        app.Clock.SetChinaTime(2027, 1, 31, hour: 23); // the last hour of the due day (China time) is still on time
        await SubmitAsync(await app.SignedInClientAsync(jinanUser), "370100", requirement);
        app.Clock.SetChinaTime(2027, 2, 1, hour: 0);
        await SubmitAsync(await app.SignedInClientAsync(qingdaoUser), "370200", requirement);
        app.Clock.SetChinaTime(2027, 2, 2);
        var (province, jinan) = (await app.SignedInClientAsync(provinceUser), await app.SignedInClientAsync(jinanUser));

        var view = await province.GetFromJsonAsync<JsonElement>($"/api/report-requirements/{requirement}/timeliness?period=2026");
        var figures = view.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!,
            g => (g.GetProperty("expected").GetInt32(), g.GetProperty("submitted").GetInt32(), g.GetProperty("onTime").GetInt32(), g.GetProperty("late").GetInt32(), g.GetProperty("missing").GetInt32()));
        Assert.Equal("2027-01-31", view.GetProperty("due").GetString());
        Assert.Equal((16, 2, 1, 1, 14), figures[""]); // 16 cities: 莱芜's parks lie in 济南 since 2019
        Assert.Equal((16, 2, 1, 1, 14), figures["370000"]);
        Assert.Equal((1, 1, 1, 0, 0), figures["370100"]);
        Assert.Equal((1, 1, 0, 1, 0), figures["370200"]);
        Assert.Equal((1, 0, 0, 0, 1), figures["370300"]);
        Assert.Equal(14, view.GetProperty("pending").GetArrayLength());
        Assert.DoesNotContain(view.GetProperty("pending").EnumerateArray(), p => p.GetProperty("name").GetString() is "济南市" or "青岛市");
        var jinanOnly = await jinan.GetFromJsonAsync<JsonElement>($"/api/report-requirements/{requirement}/timeliness?period=2026");
        Assert.Equal(1, jinanOnly.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "").GetProperty("expected").GetInt32());
    }

    private static async Task SubmitAsync(HttpClient city, string code, int requirement)
    {
        var saved = await city.PutAsJsonAsync($"/api/regions/{code}/reports/{requirement}/2026", new { progress = "按计划推进。" });
        saved.EnsureSuccessStatusCode();
        (await city.PostAsync($"/api/reports/{(await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetInt32()}/submit", null)).EnsureSuccessStatusCode();
    }
}
