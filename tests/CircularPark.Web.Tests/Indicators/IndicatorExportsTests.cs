using System.Net;
using System.Net.Http.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Parks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CircularPark.Web.Tests.Indicators;

public class IndicatorExportsTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public async Task The_statistics_and_the_indicator_table_export_as_valid_xlsx_and_the_pages_show_them()
    {
        var app = await apps.For(Provider.Sqlite);
        var park = await ParksApiTests.ParkIdAsync(app, "英德市英红工业园");
        var client = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        (await client.PutAsJsonAsync($"/api/parks/{park}/statistics/2022", new { entries = StatisticsAndIndicatorsApiTests.Example2022 })).EnsureSuccessStatusCode();

        foreach (var (url, sheetRows) in new[] { ($"/api/parks/{park}/statistics/2022/export", 12), ("/api/campaigns/gd-2020-923/indicators?year=2022&format=xlsx", 2) })
        {
            var bytes = await client.GetByteArrayAsync(url);
            using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            Assert.Empty(new OpenXmlValidator().Validate(workbook).Select(e => e.Description));
            var rows = workbook.WorkbookPart!.WorksheetParts.First().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count();
            Assert.Equal(sheetRows, rows);
        }
        var statisticsPage = await client.GetStringAsync($"/parks/{park}/statistics/2022");
        var indicatorsPage = await client.GetStringAsync($"/parks/{park}/indicators");
        Assert.Contains("value=\"50000\"", statisticsPage, StringComparison.Ordinal);
        Assert.Contains("工业用水重复利用率", indicatorsPage, StringComparison.Ordinal);
        Assert.Contains("75", indicatorsPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_statistics_page_of_a_park_of_another_city_is_forbidden()
    {
        var app = await apps.For(Provider.Sqlite);
        var park = await ParksApiTests.ParkIdAsync(app, "英德市英红工业园");
        var shenzhen = await app.ClientAsAsync(Roles.City, regionCode: "440300");

        var response = await shenzhen.GetAsync($"/parks/{park}/statistics/2022");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
