using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Indicators;
using CircularPark.Web.Tests.Parks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Reports;

public class ProvinceSummaryTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public async Task The_provincial_yearly_summary_opens_validates_and_its_totals_equal_the_sum_of_its_rows()
    {
        var app = await apps.For(Provider.Sqlite);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        var requirement = await app.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.Include(c => c.Reports).SingleAsync(c => c.Code == "gd-2020-923");
            var r = new CircularPark.Campaigns.ReportRequirement
            {
                Type = "park-yearly-summary-test", NameZh = "园区年度进展报告", NameEn = "Park yearly progress", From = CircularPark.Campaigns.ReportParty.Park,
                To = CircularPark.Campaigns.ReportParty.Province, Recurrence = CircularPark.Campaigns.Recurrence.Yearly, DueMonth = 12, DueDay = 31, FirstPeriod = 2022, LastPeriod = 2022,
            };
            campaign.Reports.Add(r);
            await db.SaveChangesAsync();
            return r.Id;
        });
        foreach (var (name, energy) in new[] { ("英德市英红工业园", 1200.0), ("恩平产业转移工业园", 800.0) })
        {
            var park = await ParksApiTests.ParkIdAsync(app, name);
            var client = await app.ClientAsAsync(Roles.Park, parkName: name);
            var plan = (await (await client.PostAsJsonAsync($"/api/parks/{park}/plans", new { campaign = "gd-2020-923", baselineYear = 2020 })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
            (await client.PutAsJsonAsync($"/api/plans/{plan}/versions/1", new { content = PlansApiTests.Content(), version = 0 })).EnsureSuccessStatusCode();
            var report = (await (await client.PutAsJsonAsync($"/api/parks/{park}/reports/{requirement}/2022", new
            {
                energySavedTce = energy, difficulties = "资金压力较大。",
                projects = new[] { new { projectKey = "P01", percentComplete = 80.0, investmentThisYear = 5000.0, investmentTotal = 9000.0 } },
            })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetInt32();
            (await client.PostAsync($"/api/reports/{report}/submit", null)).EnsureSuccessStatusCode();
        }

        var bytes = await province.GetByteArrayAsync("/api/campaigns/gd-2020-923/province-summary/440000/2022?format=xlsx");
        var docx = await province.GetByteArrayAsync("/api/campaigns/gd-2020-923/province-summary/440000/2022?format=docx");

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook).Select(e => e.Description));
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray()).ToList();
        var parks = rows.Skip(2).Take(rows.Count - 3).ToList();
        Assert.Equal(9, parks.Count);
        foreach (var column in new[] { 3, 4, 5, 6 })
            Assert.Equal(parks.Sum(r => double.Parse(r[column], CultureInfo.InvariantCulture)), double.Parse(rows[^1][column], CultureInfo.InvariantCulture), 6);
        Assert.Equal("2000", rows[^1][6]); // energy saved 1,200 + 800
        Assert.Equal("24000", rows[^1][4]); // two plans of 12,000 万元
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        Assert.Contains("节能 2,000 吨标准煤", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }
}
