using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static CircularPark.Web.Tests.Assessments.AssessmentDriver;

namespace CircularPark.Web.Tests.Assessments;

/// <summary>
/// Issue 17 end to end, on both databases: 济南市 defines its 2022 scheme; three of its parks enter 2021 and 2022 figures;
/// the park, the city and the registers hold the compliance records; the city computes, reviews, adjusts one score with a
/// reason and publishes; the public ranking and both exports show the same numbers, hand-computed below. Shaoguan's 2021
/// totals (seed 001) load with the warning on parts above their total.
/// </summary>
public class AssessmentScenarioTests(Apps apps) : IClassFixture<Apps>
{
    private const string Mingshui = "明水经济技术开发区";
    private const string HighTech = "济南高新区";
    private const string Laiwu = "莱芜高新区";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_city_scores_ranks_adjusts_and_publishes_and_the_ranking_and_exports_agree(Provider provider)
    {
        var app = await apps.For(provider);
        var driver = new AssessmentDriver(app);
        var city = await app.ClientAsAsync(Roles.City, "370100");
        var (a, b, c) = (await driver.ParkIdAsync(Mingshui), await driver.ParkIdAsync(HighTech), await driver.ParkIdAsync(Laiwu));
        await EnterFiguresAndRecordsAsync(driver, city, a, b, c);

        var created = Ok(await city.PostAsJsonAsync("/api/assessment/regions/370100/schemes", Scheme(2022)));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Ok(await city.PostAsync($"/api/assessment/schemes/{id}/compute", null));
        var computed = await JsonAsync(city, $"/api/assessment/schemes/{id}");

        // growth (0 → 20 %: 50) | share of the best share (30) | EIA in force (20) | green +2 (≤ 4) | overdue −5
        // 明水 : 15 % → 37.5 | 29.8701 ÷ 54.5455 × 30 = 16.43 | 20 | 0 | 0  → 73.93
        // 莱芜 : 20 % → 50   | 15.5844 ÷ 54.5455 × 30 = 8.57  | 0  | 3 × 2 = 6 → 4 | −5 → 57.57
        // 高新 : 5 % → 12.5  | best → 30                      | 0 (expired 2021-12-31) | 2 | 0 → 44.5
        Assert.Equal([(a, 73.93, 1), (c, 57.57, 2), (b, 44.5, 3)], Ranking(computed).Take(3));
        Assert.Equal([0.0], Ranking(computed).Skip(3).Select(r => r.Total).Distinct());
        Assert.All(Ranking(computed).Skip(3), r => Assert.Equal(4, r.Rank));
        Assert.Equal([37.5, 16.43, 20, 0, 0], Lines(computed, a));

        Ok(await city.PostAsync($"/api/assessment/schemes/{id}/review", null));
        Ok(await city.PostAsJsonAsync($"/api/assessment/schemes/{id}/parks/{b}/adjustments",
            new { points = 15, reason = "经复核，2022年规上工业增加值漏报一家企业，按复核数据补计" }));
        var future = await city.PostAsJsonAsync($"/api/assessment/schemes/{id}/publish", new { noticeNumber = "济工信〔2023〕8号", issuedOn = "2999-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode); // a notice is not dated in the future
        var issuedOn = DateOnly.FromDateTime(Time.ChinaTime.ToChina(app.Clock.GetUtcNow().UtcDateTime)).AddDays(-3); // issued on paper before it was recorded
        Ok(await city.PostAsJsonAsync($"/api/assessment/schemes/{id}/publish", new { noticeNumber = "济工信〔2023〕8号", issuedOn }));

        var published = await JsonAsync(app.CreateClient(), $"/api/assessment/schemes/{id}");
        Assert.Equal("Published", published.GetProperty("state").GetString());
        Assert.Equal([(a, 73.93, 1), (b, 59.5, 2), (c, 57.57, 3)], Ranking(published).Take(3));
        Assert.Contains("经复核", Lines(published, b, "explanation").Last(), StringComparison.Ordinal);
        await ExportsShowTheSameNumbersAsync(app.CreateClient(), id, Ranking(published), issuedOn);
        Assert.Equal(HttpStatusCode.Conflict, (await city.PostAsync($"/api/assessment/schemes/{id}/compute", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await city.PutAsJsonAsync($"/api/assessment/regions/370100/schemes/{id}", Scheme(2022))).StatusCode);

        await GrowthSharesAndRegisterAsync(app, city, a, c);
    }

    private static async Task EnterFiguresAndRecordsAsync(AssessmentDriver driver, HttpClient city, int a, int b, int c)
    {
        foreach (var (name, id, before, now, land) in new[] { (Mingshui, a, 1_000_000.0, 1_150_000.0, 2.0), (HighTech, b, 2_000_000.0, 2_100_000.0, 5.0), (Laiwu, c, 500_000.0, 600_000.0, 4.0) })
        {
            var park = await driver.ParkUserAsync(name);
            await EnterEconomicsAsync(park, id, 2021, before, land);
            await EnterEconomicsAsync(park, id, 2022, now, land);
        }
        var mingshui = await driver.ParkUserAsync(Mingshui);
        await RecordAsync(mingshui, a, "eias", new { reportTitle = "明水经济技术开发区总体规划环境影响报告书", approvalNumber = "济环审〔2020〕3号", approvedOn = "2020-03-01", validUntil = "2030-12-31" });
        await RecordAsync(mingshui, a, "environmental-reports", new { year = 2021, title = "明水经济技术开发区2021年度环境管理状况评估报告", summary = "环境基础设施运行正常，监测数据达标。", publishedOn = "2022-04-30" });
        var hightech = await driver.ParkUserAsync(HighTech);
        await RecordAsync(hightech, b, "eias", new { reportTitle = "济南高新区规划环境影响报告书", approvalNumber = "鲁环审〔2016〕8号", approvedOn = "2016-06-01", validUntil = "2021-12-31" });
        var chips = await EnterpriseAsync(hightech, b, "济南某芯片制造有限公司");
        await RecordAsync(city, b, "green", new { enterpriseId = chips, kind = "Factory", level = "National", year = 2021, documentNumber = "工信厅节函〔2021〕300号" });
        var laiwu = await driver.ParkUserAsync(Laiwu);
        var (steel, powder) = (await EnterpriseAsync(laiwu, c, "莱芜某特钢有限公司"), await EnterpriseAsync(laiwu, c, "莱芜某粉末冶金有限公司"));
        await RecordAsync(city, c, "green", new { enterpriseId = steel, kind = "Factory", level = "National", year = 2021, documentNumber = "工信厅节函〔2021〕300号" });
        await RecordAsync(city, c, "green", new { enterpriseId = powder, kind = "Factory", level = "Provincial", year = 2022, documentNumber = "鲁工信节〔2022〕12号" });
        await RecordAsync(city, c, "green", new { enterpriseId = powder, kind = "Product", level = "National", year = 2022, documentNumber = "工信厅节函〔2022〕200号", productName = "高性能铁基粉末" });
        await RecordAsync(city, c, "inspections", new { enterpriseId = steel, kind = "OnSite", inspectedOn = "2022-03-15", findings = "余热回收装置停运，能耗超标准限额", rectificationDueOn = "2022-06-30" });
        await RecordAsync(laiwu, c, "audits", new { enterpriseId = steel, year = 2021, type = "Mandatory", stage = "Accepted", auditor = "山东某节能咨询公司", acceptedOn = "2022-05-10" });
    }

    private static async Task ExportsShowTheSameNumbersAsync(HttpClient anyone, int id, List<(int ParkId, double Total, int Rank)> ranking, DateOnly issuedOn)
    {
        var xlsx = Ok(await anyone.GetAsync($"/api/assessment/schemes/{id}/export?format=xlsx"));
        using var book = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var rows = book.WorkbookPart!.WorksheetParts.First().Worksheet.Descendants<Row>().Skip(2).Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.Equal(ranking.Count, rows.Count);
        Assert.Equal(ranking.Select(r => (r.Rank, r.Total)), rows.Select(r => ((int)Number(r[0]), Number(r[^2]))));
        var docx = Ok(await anyone.GetAsync($"/api/assessment/schemes/{id}/export?format=docx"));
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("济南市2022年度产业园区工作绩效考核结果", text, StringComparison.Ordinal);
        foreach (var total in new[] { "73.93", "59.50", "57.57" }) Assert.Contains(total, text, StringComparison.Ordinal);
        Assert.Contains("人工调整 +15.00 分", text, StringComparison.Ordinal);
        Assert.Contains("济工信〔2023〕8号", text, StringComparison.Ordinal); // the notice's number and its own date, not the day of export
        Assert.Contains($"{issuedOn.Year} 年 {issuedOn.Month} 月 {issuedOn.Day} 日", text, StringComparison.Ordinal);
    }

    private static async Task GrowthSharesAndRegisterAsync(TestApp app, HttpClient city, int a, int c)
    {
        var economics = await JsonAsync(city, "/api/economics/370100/2022");
        var va = economics.GetProperty("parks").EnumerateArray().Single(p => p.GetProperty("parkId").GetInt32() == a).GetProperty("figures").GetProperty("VA");
        Assert.Equal(15, va.GetProperty("growthPercent").GetDouble(), 9);
        Assert.Equal(1_150_000.0 / 3_850_000 * 100, va.GetProperty("shareOfCityPercent").GetDouble(), 9);
        Assert.Equal(1_150_000.0 / 3_000, va.GetProperty("perMu").GetDouble(), 9); // 2 km² = 3,000 亩
        var jinan = economics.GetProperty("rollUps").EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == "370100");
        Assert.Equal(10, jinan.GetProperty("figures").GetProperty("VA").GetProperty("growthPercent").GetDouble(), 9); // 3,850,000 on 3,500,000

        var alerts = (await JsonAsync(city, "/api/compliance/alerts")).EnumerateArray().Select(x => (x.GetProperty("kind").GetString(), x.GetProperty("dueOn").GetString())).ToList();
        Assert.Equal([("EiaExpired", "2021-12-31"), ("RectificationOverdue", "2022-06-30")], alerts);
        // The clean-production indicator reads the register: 1 of the 2 enterprises of 莱芜高新区 audited and accepted.
        var indicators = await JsonAsync(city, $"/api/parks/{c}/indicators?year=2022");
        Assert.Equal(50, indicators.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "CPAR").GetProperty("value").GetDouble(), 9);
        var shown = await JsonAsync(app.CreateClient(), $"/api/parks/{a}/compliance/public");
        Assert.Equal("2022-04-30", shown.GetProperty("reports")[0].GetProperty("publishedOn").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Shaoguans_2021_totals_load_as_city_figures_and_warn_that_investments_parts_exceed_the_total(Provider provider)
    {
        var app = await apps.For(provider);
        var guangdong = await app.ClientAsAsync(Roles.Province, "440000");

        var view = await JsonAsync(guangdong, "/api/economics/440200/2021");

        Assert.Empty(view.GetProperty("parks").EnumerateArray());
        var shaoguan = view.GetProperty("reported").EnumerateArray().Single();
        var figures = shaoguan.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("code").GetString()!);
        Assert.Equal(18, figures.Count);
        Assert.Equal((1_815_200.0, 21.1, "ParksTotal"), (figures["FAI"].GetProperty("value").GetDouble(), figures["FAI"].GetProperty("reportedGrowthPercent").GetDouble(),
            figures["FAI"].GetProperty("scope").GetString()));
        Assert.Equal(57.1, figures["VA"].GetProperty("reportedSharePercent").GetDouble());
        Assert.StartsWith("2021年全市产业园实现规上工业增加值 217.89亿元", figures["VA"].GetProperty("sourceNote").GetString(), StringComparison.Ordinal);
        var warnings = shaoguan.GetProperty("warnings").EnumerateArray().Select(w => (w.GetProperty("code").GetString(), w.GetProperty("item").GetString())).ToList();
        Assert.Contains(("Data.PartsExceedTotal", "FAI"), warnings);
        Assert.All(shaoguan.GetProperty("warnings").EnumerateArray(), w => Assert.Equal("warning", w.GetProperty("severity").GetString()));
    }

    private static List<(int ParkId, double Total, int Rank)> Ranking(JsonElement view) => view.GetProperty("results").EnumerateArray()
        .Select(r => (r.GetProperty("parkId").GetInt32(), r.GetProperty("total").GetDouble(), r.GetProperty("rank").GetInt32())).ToList();

    private static double[] Lines(JsonElement view, int parkId) => view.GetProperty("results").EnumerateArray()
        .Single(r => r.GetProperty("parkId").GetInt32() == parkId).GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("points").GetDouble()).ToArray();

    private static List<string> Lines(JsonElement view, int parkId, string property) => view.GetProperty("results").EnumerateArray()
        .Single(r => r.GetProperty("parkId").GetInt32() == parkId).GetProperty("lines").EnumerateArray()
        .Select(l => l.GetProperty(property).GetProperty("zh").GetString()!).ToList();

    private static double Number(Cell cell) => double.Parse(cell.InnerText, System.Globalization.CultureInfo.InvariantCulture);
}
