using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;
using static CircularPark.Web.Tests.Funds.FundsDriver;

namespace CircularPark.Web.Tests.Funds;

/// <summary>
/// Reports pick funds up, read by the date each step took effect: 英红's 补链 project is awarded 900 万元 on 2024-06-15 and
/// paid 540 on 2024-07-01 (both recorded in February 2025), then verified down to 750 on 2025-02-20. The 2024 summary
/// keeps 900 awarded and 540 paid; 2025's shows 750 and nothing paid that year; the five-year summary 750 and 540.
/// </summary>
public class FundReportsTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Summaries_reports_and_the_acceptance_page_show_the_funds_as_of_their_effective_dates(Provider provider)
    {
        var app = await apps.For(provider);
        var funds = await SetUpAsync(app, $"funds-reports-{provider}", 2024, 5, 10);
        var code = $"gd-2024-reports-{provider.ToString().ToLowerInvariant()}";
        var programme = await funds.ProgrammeAsync(code, year: 2024);
        var (parkId, park) = await funds.ParkWithProjectAsync(Yinghong, 3_000);
        var id = await AppliedAsync(park, programme, parkId, 3_000m, 900m);
        Ok(await StepAsync(funds.Province, id, "review", new { reason = "同意推荐" }));
        var requirement = await RequirementAsync(app, funds.Acceptance.Campaign);
        await ReportDriver.SubmitAsync(park, parkId, requirement, 2024, 20, 600, 600, 100, delayReason: "征地手续延迟");

        app.Clock.SetChinaTime(2025, 2, 20);
        await funds.Acceptance.SignInAgainAsync();
        Ok(await AwardAsync(funds.Province, id, date: "2024-06-15"));
        Ok(await PayAsync(funds.Province, id, tranche: 1, date: "2024-07-01"));
        var backwards = await PayAsync(funds.Province, id, tranche: 1, amount: 1m, date: "2024-06-01");
        Assert.Equal("日期 2024-06-01 早于上一步骤的日期 2024-07-01", (await ProblemAsync(backwards)).GetProperty("errorsZh").GetProperty("effectiveOn").GetString());
        Ok(await StepAsync(funds.Province, id, "verification", new { verifiedInvestment = 2_500m, documentNumber = "粤审计〔2025〕3 号", effectiveOn = "2025-02-20" }));

        var y2024 = await SummaryFundsAsync(funds.Province, funds.Acceptance.Campaign, 2024);
        var y2025 = await SummaryFundsAsync(funds.Province, funds.Acceptance.Campaign, 2025);
        Assert.Equal(("ProvincialSpecial", "ChainFilling", 1, 900m, 540m, 540m), Line(y2024));
        Assert.Equal(("ProvincialSpecial", "ChainFilling", 1, 750m, 0m, 540m), Line(y2025));
        Assert.Equal(900m, y2024.GetProperty("total").GetProperty("awarded").GetDecimal());
        var fiveYear = await funds.Province.GetFromJsonAsync<JsonElement>($"/api/campaigns/{funds.Acceptance.Campaign}/five-year-summary/440000");
        Assert.Equal(("ProvincialSpecial", "ChainFilling", 1, 750m, 540m, 540m), Line(fiveYear.GetProperty("funds")));

        var library = await funds.Province.GetFromJsonAsync<JsonElement>($"/api/funds/library?programme={code}");
        var line = Assert.Single(library.GetProperty("lines").EnumerateArray());
        Assert.Equal(("Delayed", "征地手续延迟", 600m, 2_500m), (line.GetProperty("status").GetString(), line.GetProperty("delayReason").GetString(),
            line.GetProperty("actualInvestment").GetDecimal(), line.GetProperty("verifiedInvestment").GetDecimal()));
        Assert.Single((await funds.Province.GetFromJsonAsync<JsonElement>("/api/funds/library?status=Delayed&class=ChainFilling&subType=chain-link")).GetProperty("lines").EnumerateArray());
        Assert.Empty((await funds.Province.GetFromJsonAsync<JsonElement>("/api/funds/library?status=Completed")).GetProperty("lines").EnumerateArray());

        var preview = await funds.Province.GetStringAsync($"/acceptance/{funds.Acceptance.Campaign}/parks/{parkId}");
        Assert.Contains("验收后资金结算", preview, StringComparison.Ordinal);
        Assert.Contains("再拨付 210.00 万元", preview, StringComparison.Ordinal);
        Assert.Contains("追回 270.00 万元（30 日内缴回），不再拨付", preview, StringComparison.Ordinal);
        var parkReport = await app.WithDbAsync(db => db.YearlyReports.Where(r => r.ParkId == parkId && r.Period == 2024).Select(r => r.Id).SingleAsync());
        var reportPage = await (await app.ClientAsAsync(Roles.Park, parkName: Yinghong)).GetStringAsync($"/reports/{parkReport}");
        Assert.Contains("重点项目资金安排及拨付 · 2024", reportPage, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">540.00</td>", reportPage, StringComparison.Ordinal);
        var enterprise = await (await app.ClientAsAsync(Roles.Enterprise, parkName: Yinghong)).GetAsync($"/reports/{parkReport}");
        Assert.True(enterprise.IsSuccessStatusCode);
        Assert.DoesNotContain("重点项目资金安排及拨付", await enterprise.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_xlsx_tables_totals_are_the_sums_of_their_rows_and_the_docx_summary_is_valid()
    {
        var app = await apps.For(Provider.Sqlite);
        var funds = await SetUpAsync(app, "funds-exports");
        var programme = await funds.ProgrammeAsync("gd-exports");
        foreach (var (name, eligible) in new[] { (Yinghong, 3_333.33m), (Lianzhou, 1_234.57m), (Enping, 2_000m) })
        {
            var (parkId, park) = await funds.ParkWithProjectAsync(name, (double)eligible);
            var id = await AppliedAsync(park, programme, parkId, eligible, 1_000m);
            Ok(await StepAsync(funds.Province, id, "review", new { reason = "同意推荐" }));
            Ok(await AwardAsync(funds.Province, id));
            Ok(await PayAsync(funds.Province, id));
        }

        var xlsx = await funds.Province.GetByteArrayAsync($"/api/funds/programmes/{programme}/export.xlsx");
        var rows = TableReader.ReadWorkbook(new MemoryStream(xlsx))[0].Table.Rows.Select(r => r.Cells).ToList();
        var header = rows.First(r => r.Contains("安排资金（万元）")).ToList();
        var data = rows.Where(r => r.Count > 0 && int.TryParse(r[0], out _)).ToList();
        var total = rows.Single(r => r.Count > 0 && r[0] == "合计");
        Assert.Equal(3, data.Count);
        foreach (var column in new[] { "计划投资（万元）", "安排资金（万元）", "已拨付（万元）" })
        {
            var i = header.IndexOf(column);
            Assert.Equal(data.Sum(r => decimal.Parse(r[i], System.Globalization.CultureInfo.InvariantCulture)), decimal.Parse(total[i], System.Globalization.CultureInfo.InvariantCulture));
        }
        // 30 % of 3,333.33 = 999.999 → 1,000.00; of 1,234.57 = 370.371 → 370.37; of 2,000 = 600: 1,970.37 awarded, 60 % paid = 600 + 222.22 + 360.
        Assert.Equal("1970.37", total[header.IndexOf("安排资金（万元）")]);
        Assert.Equal("1182.22", total[header.IndexOf("已拨付（万元）")]);

        var docx = await funds.Province.GetByteArrayAsync($"/api/funds/programmes/{programme}/summary.docx");
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        Assert.Contains("安排资金 1,970.37 万元，已拨付 1,182.22 万元", document.MainDocumentPart!.Document.InnerText, StringComparison.Ordinal);
        var summary = await funds.Province.GetByteArrayAsync($"/api/campaigns/{funds.Acceptance.Campaign}/province-summary/440000/2025?format=xlsx");
        var sheet = TableReader.ReadWorkbook(new MemoryStream(summary)).Single(s => s.Name == "资金").Table;
        Assert.Equal("1970.37", sheet.Rows.Single(r => r.Cell(0) == "合计").Cell(3));
    }

    private static async Task<JsonElement> SummaryFundsAsync(HttpClient client, string campaign, int year) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaign}/province-summary/440000/{year}")).GetProperty("funds");

    private static (string?, string?, int, decimal, decimal, decimal) Line(JsonElement funds)
    {
        var l = Assert.Single(funds.GetProperty("lines").EnumerateArray());
        return (l.GetProperty("source").GetString(), l.GetProperty("class").GetString(), l.GetProperty("projects").GetInt32(), l.GetProperty("awarded").GetDecimal(),
            l.GetProperty("paidInPeriod").GetDecimal(), l.GetProperty("paidToDate").GetDecimal());
    }

    /// <summary>A yearly park → province report for 2024–2025 in the test's own campaign.</summary>
    private static Task<int> RequirementAsync(TestApp app, string campaign) => app.WithDbAsync(async db =>
    {
        var owner = await db.Campaigns.Include(c => c.Reports).SingleAsync(c => c.Code == campaign);
        var requirement = new ReportRequirement
        {
            Type = "park-yearly-funds", NameZh = "园区年度进展报告", NameEn = "Park yearly progress", From = ReportParty.Park, To = ReportParty.Province,
            Recurrence = Recurrence.Yearly, DueMonth = 12, DueDay = 31, FirstPeriod = 2024, LastPeriod = 2025,
        };
        owner.Reports.Add(requirement);
        await db.SaveChangesAsync();
        return requirement.Id;
    });
}
