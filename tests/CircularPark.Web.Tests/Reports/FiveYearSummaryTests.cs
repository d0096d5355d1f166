using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using CircularPark.Identity;

namespace CircularPark.Web.Tests.Reports;

public class FiveYearSummaryTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_five_year_summary_opens_validates_and_its_totals_equal_the_sum_of_its_rows(Provider provider)
    {
        var app = await apps.For(provider);
        var requirement = await ReportDriver.AddParkRequirementAsync(app, 2021, 2022);
        var (yinghong, a) = await ReportDriver.ParkWithPlanAsync(app, "英德市英红工业园");
        await ReportDriver.SubmitAsync(a, yinghong, requirement, 2021, percent: 40, thisYear: 5_000, total: 5_000, energy: 500);
        await ReportDriver.SubmitAsync(a, yinghong, requirement, 2022, percent: 100, thisYear: 7_000, total: 12_000, energy: 1_500);
        var (enping, b) = await ReportDriver.ParkWithPlanAsync(app, "恩平产业转移工业园");
        await ReportDriver.SubmitAsync(b, enping, requirement, 2021, percent: 50, thisYear: 7_000, total: 7_000, energy: 800);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");

        var xlsx = await province.GetByteArrayAsync("/api/campaigns/gd-2020-923/five-year-summary/440000?format=xlsx");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook).Select(e => e.Description));
        var sheets = workbook.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => (WorksheetPart)workbook.WorkbookPart.GetPartById(s.Id!)).ToList();
        var rows = sheets[0].Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray()).ToList();
        var parks = rows.Skip(2).Take(rows.Count - 3).ToList();
        Assert.Equal(9, parks.Count);
        foreach (var column in Enumerable.Range(3, 9))
            Assert.Equal(parks.Sum(r => double.Parse(r[column], CultureInfo.InvariantCulture)), double.Parse(rows[^1][column], CultureInfo.InvariantCulture), 6);
        Assert.Equal("3", rows[^1][3]); // reports submitted: 2 + 1
        Assert.Equal("18", rows[^1][4]); // due: 9 parks × 2 years
        Assert.Equal("1", rows[^1][6]); // 恩平's P01 is behind plan
        Assert.Equal("19000", rows[^1][8]); // completed: 12,000 (英红, 2022) + 7,000 (恩平, 2021)
        Assert.Equal("2800", rows[^1][9]); // energy saved over the years: 500 + 1,500 + 800
        Assert.Equal(1 + 6, sheets[1].Worksheet.Descendants<Row>().Count()); // header + 3 targets of each of two plans

        var docx = await province.GetByteArrayAsync("/api/campaigns/gd-2020-923/five-year-summary/440000?format=docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("广东省“十四五”园区循环化改造工作总结报告（2021—2022年）", text, StringComparison.Ordinal);
        Assert.Contains("累计实现节能 2,800 吨标准煤", text, StringComparison.Ordinal);
    }
}
