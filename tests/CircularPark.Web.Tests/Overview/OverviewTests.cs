using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Overview;

/// <summary>
/// The monitoring overview (issue 14, ADR 0083): the ministry's nation by reporting unit, a province by city, a city by
/// park; never-submitted past reports counted as 逾期未报 apart from late ones; national targets counting parks accepted in
/// provincial campaigns; the same figures as Excel and Word; and nobody sees a region they do not cover.
/// </summary>
public class OverviewTests(Apps apps) : IClassFixture<Apps>
{
    private static Task<int> RequirementAsync(TestApp app, string campaign, string type) => app.WithDbAsync(db =>
        db.ReportRequirements.Where(r => r.Type == type && db.Campaigns.Any(c => c.Id == r.CampaignId && c.Code == campaign)).Select(r => r.Id).SingleAsync());

    private static JsonElement Row(JsonElement overview, string name) =>
        overview.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("nameZh").GetString() == name);

    private static (int Expected, int OnTime, int Late, int Overdue, int Open) Reports(JsonElement row)
    {
        var r = row.GetProperty("reports");
        return (r.GetProperty("expected").GetInt32(), r.GetProperty("onTime").GetInt32(), r.GetProperty("late").GetInt32(), r.GetProperty("overdue").GetInt32(),
            r.GetProperty("open").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Guangdong_sees_each_citys_never_submitted_2023_report_as_overdue_and_a_late_one_apart(Provider provider)
    {
        var app = await apps.For(provider);
        var requirement = await RequirementAsync(app, "gd-2020-923", "city-yearly-progress");
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");

        var before = await province.GetFromJsonAsync<JsonElement>("/api/regions/440000/overview?year=2023");

        // The six cities of the nine parks of 923号 owed their 2023 progress report by 2023-12-31; none was submitted. 深圳, a
        // 计划单列市, also owed the nation its own 2023 overall progress (发改办环资〔2021〕1004号, due 2024-03-31).
        Assert.Equal("Region", before.GetProperty("rowKind").GetString());
        Assert.Equal((7, 0, 0, 7, 0), Reports(before.GetProperty("total")));
        Assert.Equal((2, 0, 0, 2, 0), Reports(Row(before, "深圳市")));
        Assert.Equal((1, 0, 0, 1, 0), Reports(Row(before, "清远市")));
        Assert.Equal((0, 0, 0, 0, 0), Reports(Row(before, "广州市")));
        Assert.True(Row(before, "深圳市").GetProperty("separatelyPlanned").GetBoolean());
        Assert.Equal(["深圳市"], before.GetProperty("reportsApart").EnumerateArray().Select(c => c.GetProperty("nameZh").GetString()));

        app.Clock.SetChinaTime(2024, 1, 5);
        try
        {
            var qingyuan = await app.ClientAsAsync(Roles.City, regionCode: "441800");
            var saved = await qingyuan.PutAsJsonAsync($"/api/regions/441800/reports/{requirement}/2023", new { progress = "两个园区按方案推进。" });
            saved.EnsureSuccessStatusCode();
            (await qingyuan.PostAsync($"/api/reports/{(await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetInt32()}/submit", null))
                .EnsureSuccessStatusCode();
        }
        finally { app.Clock.Reset(); }
        var after = await province.GetFromJsonAsync<JsonElement>("/api/regions/440000/overview?year=2023");
        var page = await province.GetStringAsync("/overview/440000?year=2023");

        Assert.Equal((1, 0, 1, 0, 0), Reports(Row(after, "清远市")));
        Assert.Equal((7, 0, 1, 6, 0), Reports(after.GetProperty("total")));
        Assert.Matches("data-testid=\"overdue-total\"><span>2023 年度逾期未报（份）</span><strong>6</strong>", page);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_ministry_sees_every_reporting_unit_and_a_park_accepted_in_a_provincial_campaign_counts_towards_the_national_target(Provider provider)
    {
        var app = await apps.For(provider);
        var (ministry, shandong) = (await app.ClientAsAsync(Roles.Ministry), await app.ClientAsAsync(Roles.Province, regionCode: "370000"));
        var park = await app.WithDbAsync(db => db.Participations.Where(p => p.Campaign!.Code == "sd-2018-336" && p.Park!.Level == CircularPark.Parks.ParkLevel.National)
            .OrderBy(p => p.Park!.Name).Select(p => new { p.ParkId, p.Park!.Name }).FirstAsync());
        (await shandong.PutAsJsonAsync($"/api/campaigns/cn-2021-1004/eligibility/parks/{park.ParkId}",
            new { eligible = true, reason = "国家级园区，已列入省循环化改造计划", effectiveOn = "2022-05-06" })).EnsureSuccessStatusCode();
        (await shandong.PostAsJsonAsync("/api/acceptance/campaigns/sd-2018-336/published-results",
            new { park = park.Name, grade = "合格", noticeNumber = "鲁工信节〔2021〕8号", noticeOn = "2021-06-30" })).EnsureSuccessStatusCode();

        var nation = await ministry.GetFromJsonAsync<JsonElement>("/api/regions/000000/overview");
        var campaign = await ministry.GetFromJsonAsync<JsonElement>("/api/campaigns/cn-2021-1004");

        // 31 province-level divisions (the 兵团 among the units, Taiwan, Hong Kong and Macao not) and 5 计划单列市.
        var rows = nation.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(37, rows.Count);
        Assert.Contains(rows, r => r.GetProperty("nameZh").GetString() == "新疆生产建设兵团");
        Assert.DoesNotContain(rows, r => r.GetProperty("code").GetString() is "710000" or "810000" or "820000");
        Assert.Equal(5, rows.Count(r => r.GetProperty("separatelyPlanned").GetBoolean()));
        var total = nation.GetProperty("total");
        Assert.Equal(rows.Sum(r => r.GetProperty("parks").GetInt32()), total.GetProperty("parks").GetInt32());
        // The national level target: the Shandong park is eligible and was accepted in Shandong's own campaign.
        var cell = Row(nation, "山东省").GetProperty("targets")[0];
        Assert.Equal((1, 1, 1, "Met"), (cell.GetProperty("counted").GetInt32(), cell.GetProperty("achieved").GetInt32(), cell.GetProperty("required").GetInt32(),
            cell.GetProperty("state").GetString()));
        // The totals are the campaign's own progress, target by target.
        foreach (var (target, index) in campaign.GetProperty("targets").EnumerateArray().Select((t, i) => (t, i)))
        {
            var sum = total.GetProperty("targets")[index];
            Assert.Equal((target.GetProperty("inScope").GetInt32(), target.GetProperty("achieved").GetInt32(), target.GetProperty("required").GetInt32()),
                (sum.GetProperty("counted").GetInt32(), sum.GetProperty("achieved").GetInt32(), sum.GetProperty("required").GetInt32()));
        }
        // 广东省's line leaves 深圳's parks to 深圳's own line; together they are the province's.
        var guangdong = await ministry.GetFromJsonAsync<JsonElement>("/api/regions/440000/overview");
        Assert.Equal(guangdong.GetProperty("total").GetProperty("parks").GetInt32(),
            Row(nation, "广东省").GetProperty("parks").GetInt32() + Row(nation, "深圳市").GetProperty("parks").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_city_sees_its_parks_one_row_each_and_its_own_reports(Provider provider)
    {
        var app = await apps.For(provider);
        var qingyuan = await app.ClientAsAsync(Roles.City, regionCode: "441800");

        var city = await qingyuan.GetFromJsonAsync<JsonElement>("/api/regions/441800/overview?year=2022");

        Assert.Equal("Park", city.GetProperty("rowKind").GetString());
        Assert.Equal(["广东连州市产业转移工业园区（清远民族工业园）", "英德市英红工业园"],
            city.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("nameZh").GetString()).Order(StringComparer.Ordinal));
        Assert.All(city.GetProperty("rows").EnumerateArray(), r => Assert.True(r.GetProperty("parkId").GetInt32() > 0));
        var own = Assert.Single(city.GetProperty("ownReports").EnumerateArray());
        Assert.Equal(("2022-12-31", true), (own.GetProperty("due").GetString(), own.GetProperty("pastDue").GetBoolean()));
        Assert.Equal(["全国", "广东省", "清远市"], city.GetProperty("trail").EnumerateArray().Select(c => c.GetProperty("nameZh").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_overview_is_exported_as_excel_and_word_with_the_same_totals(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        var json = await province.GetFromJsonAsync<JsonElement>("/api/regions/440000/overview?year=2023");

        var xlsx = await province.GetAsync("/api/regions/440000/overview?year=2023&format=xlsx");
        var docx = await province.GetByteArrayAsync("/api/regions/440000/overview?year=2023&format=docx");

        Assert.Equal("overview-440000-2023.xlsx", xlsx.Content.Headers.ContentDisposition?.FileName);
        using (var book = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
            Assert.Equal(["园区", "目标", "年度报告", "验收"], book.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("广东省园区循环化改造工作总览（2023年度）", text, StringComparison.Ordinal);
        Assert.Contains($"逾期未报 {json.GetProperty("total").GetProperty("reports").GetProperty("overdue").GetInt32()} 份", text, StringComparison.Ordinal);
        Assert.Contains("深圳市为计划单列市", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Nobody_sees_the_overview_of_a_region_they_do_not_cover(Provider provider)
    {
        var app = await apps.For(provider);
        var (guangdong, qingyuan, park) = (await app.ClientAsAsync(Roles.Province, regionCode: "440000"), await app.ClientAsAsync(Roles.City, regionCode: "441800"),
            await app.ClientAsAsync(Roles.Park, parkName: "英德市英红工业园"));

        Assert.Equal(HttpStatusCode.Forbidden, (await guangdong.GetAsync("/api/regions/370000/overview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await guangdong.GetAsync("/api/regions/000000/overview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await qingyuan.GetAsync("/api/regions/440000/overview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await park.GetAsync("/api/regions/441800/overview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await qingyuan.GetAsync("/overview/440000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guangdong.GetAsync("/api/regions/449999/overview")).StatusCode);
        var wrongFormat = await guangdong.GetAsync("/api/regions/440000/overview?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, wrongFormat.StatusCode);
        Assert.Contains("format", await wrongFormat.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Without a code, each official's own region.
        Assert.Equal("441800", (await qingyuan.GetFromJsonAsync<JsonElement>("/api/regions/441800/overview")).GetProperty("code").GetString());
        Assert.Contains("清远市园区循环化改造总览", await qingyuan.GetStringAsync("/overview"), StringComparison.Ordinal);
    }
}
