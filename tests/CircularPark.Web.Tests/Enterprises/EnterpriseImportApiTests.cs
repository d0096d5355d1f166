using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Exports;
using CircularPark.Identity;
using CircularPark.Web.Tests.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Enterprises;

public class EnterpriseImportApiTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly object?[] EnterpriseHeader = ["企业名称", "行业代码", "纬度", "经度", "危险废物经营许可证号", "许可经营范围"];
    private static readonly object?[] StreamHeader = ["企业名称", "方向", "物料名称", "物料代码", "利用途径类别", "类型", "年数量", "单位", "危险废物代码", "园区外购入", "使用企业", "园区外使用方", "使用量"];

    [Fact]
    public async Task Every_bad_row_of_both_sheets_is_reported_by_sheet_row_column_and_rule_and_nothing_is_stored()
    {
        var app = await apps.For(Provider.Sqlite);
        var parkId = await ParksApiTests.ParkIdAsync(app, "恩平产业转移工业园");
        var jiangmen = await app.ClientAsAsync(Roles.City, regionCode: "440700");
        var book = Workbook(
            [
                ["甲厂", "C3011", 22.2, 112.3, null, null],     // row 2: fine
                ["乙厂", "X12", 22.2, 112.3, null, null],       // row 3: bad industry code
                ["甲厂", "C3011", null, null, null, null],      // row 4: duplicate
                ["丙厂", "4210", "北纬22", 112.3, "粤危 001", "HW49"], // row 5: latitude not a number
            ],
            [
                ["甲厂", "产出", "水泥", "cement", null, "产品", 50_000, "吨", null, null, null, "客户", null], // row 2: fine
                ["丁厂", "产出", "炉渣", "slag", null, "废物", 100, "吨", null, null, null, null, null],        // row 3: no such enterprise
                ["甲厂", "流入", "煤", "coal", null, null, 100, "吨", null, "是", null, null, null],          // row 4: bad direction
                ["甲厂", "产出", "废机油", "waste-oil", null, "废物", 2, "吨", "900-214-88", null, null, null, null], // row 5: bad hazard code
                ["甲厂", "产出", "粉煤灰", "fly-ash", "fly-ash", "副产品", 800, "吨", null, null, "戊厂", null, 100], // row 6: unknown user
                ["甲厂", "投入", "石灰石", "limestone", null, null, -3, "吨", null, "是", null, null, null],   // row 7: negative quantity
                ["甲厂", "产出", "余热", "waste-heat", null, null, 10, "吨", null, null, null, null, null],    // row 8: no kind
                ["甲厂", "投入", "水", "water", null, null, 10, "桶", null, "否", null, null, null],           // row 9: bad unit
            ]);

        var report = await ImportAsync(jiangmen, parkId, book, dryRun: false);

        var problems = report.GetProperty("problems").EnumerateArray().Select(p =>
            (p.GetProperty("sheet").GetString(), p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString(), p.GetProperty("rule").GetString())).ToList();
        Assert.Equal(
        [
            ("企业", 3, "行业代码", "industry-code"), ("企业", 4, "企业名称", "duplicate-enterprise"), ("企业", 5, "纬度", "number"),
            ("物料流", 3, "企业名称", "unknown-park-enterprise"), ("物料流", 4, "方向", "direction"), ("物料流", 5, "危险废物代码", "hazard-code"),
            ("物料流", 6, "使用企业", "unknown-park-enterprise"), ("物料流", 7, "年数量", "number"), ("物料流", 8, "类型", "required"), ("物料流", 9, "单位", "unit"),
        ], problems.OrderBy(p => p.Item1 == "企业" ? 0 : 1).ThenBy(p => p.Item2));
        Assert.False(report.GetProperty("committed").GetBoolean());
        Assert.Equal(0, await app.WithDbAsync(db => db.Enterprises.CountAsync(e => e.ParkId == parkId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_clean_workbook_is_checked_then_stored_and_its_export_imports_again_without_change(Provider provider)
    {
        var app = await apps.For(provider);
        var parkId = await ParksApiTests.ParkIdAsync(app, "惠东产业转移工业园");
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        var book = Workbook(
            [["热电厂", "D4412", 22.98, 114.72, null, null], ["水泥厂", "C3011", 22.99, 114.71, null, null]],
            [
                ["热电厂", "产出", "粉煤灰", "fly-ash", "fly-ash", "副产品", 12, "万吨", null, null, "水泥厂", null, 8],
                ["热电厂", "产出", "粉煤灰", "fly-ash", "fly-ash", "副产品", 12, "万吨", null, null, null, "某砖厂", 4],
                ["热电厂", "产出", "蒸汽", "steam", "steam", "能源", 30_000, "t", null, null, null, null, null],
                ["水泥厂", "投入", "石灰石", "limestone", null, null, 100, "万t", null, "是", null, null, null],
            ]);

        var dry = await ImportAsync(province, parkId, book, dryRun: true);
        var stored = await app.WithDbAsync(db => db.Enterprises.CountAsync(e => e.ParkId == parkId));
        var first = await ImportAsync(province, parkId, book, dryRun: false);
        var second = await ImportAsync(province, parkId, book, dryRun: false);
        var export = await province.GetByteArrayAsync($"/api/parks/{parkId}/enterprises/export");
        var reimport = await ImportAsync(province, parkId, export, dryRun: false);
        var gaps = await province.GetFromJsonAsync<JsonElement>($"/api/parks/{parkId}/chain/gaps");

        Assert.Equal((2, 0, 0), Counts(dry));
        Assert.Equal(0, stored);
        Assert.True(first.GetProperty("committed").GetBoolean());
        Assert.Equal((2, 0, 0), Counts(first));
        Assert.Equal((0, 0, 2), Counts(second));
        Assert.Equal((0, 0, 2), Counts(reimport));
        // What goes to the brickworks outside the park is not used in the park: a partial gap.
        Assert.Equal([("粉煤灰", 40_000.0, true), ("蒸汽", 30_000.0, false)], gaps.GetProperty("gaps").EnumerateArray().Select(g =>
            (g.GetProperty("streamName").GetString(), g.GetProperty("unusedTonnesPerYear").GetDouble(), g.GetProperty("hasParkUser").GetBoolean())));
        var power = (await province.GetFromJsonAsync<JsonElement>($"/api/parks/{parkId}/enterprises")).EnumerateArray().Single(e => e.GetProperty("name").GetString() == "热电厂");
        Assert.Equal([("水泥厂", null, 8.0), (null, "某砖厂", 4.0)], power.GetProperty("streams")[0].GetProperty("uses").EnumerateArray()
            .Select(u => (u.GetProperty("enterpriseName").GetString(), u.GetProperty("outsideUser").GetString(), u.GetProperty("quantity").GetDouble())));
    }

    [Fact]
    public async Task A_workbook_without_its_sheets_or_a_csv_is_reported_and_others_may_not_import()
    {
        var app = await apps.For(Provider.Sqlite);
        var parkId = await ParksApiTests.ParkIdAsync(app, "英德市英红工业园");
        var admin = await app.ClientAsAsync(Roles.Admin);
        var book = new XlsxBuilder();
        book.Sheet("Sheet1").Row(XlsxStyle.Header, "企业名称");
        var enterprise = await app.ClientAsAsync(Roles.Enterprise, parkName: "英德市英红工业园");

        var noSheets = await ImportAsync(admin, parkId, book.Build(), dryRun: true);
        var csv = await admin.PostAsync($"/api/parks/{parkId}/enterprises/import", File("x.csv", "企业名称\n甲"u8.ToArray()));

        Assert.Equal(["sheet", "sheet"], noSheets.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("rule").GetString()));
        Assert.Equal("format", (await csv.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems")[0].GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.PostAsync($"/api/parks/{parkId}/enterprises/import", File("x.xlsx", book.Build()))).StatusCode);
    }

    private static byte[] Workbook(object?[][] enterprises, object?[][] streams)
    {
        var book = new XlsxBuilder();
        var sheet = book.Sheet("企业").Row(XlsxStyle.Header, EnterpriseHeader);
        foreach (var row in enterprises) sheet.Row(XlsxStyle.Bordered, row);
        var flows = book.Sheet("物料流").Row(XlsxStyle.Header, StreamHeader);
        foreach (var row in streams) flows.Row(XlsxStyle.Bordered, row);
        return book.Build();
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, int parkId, byte[] workbook, bool dryRun)
    {
        var response = await client.PostAsync($"/api/parks/{parkId}/enterprises/import?dryRun={(dryRun ? "true" : "false")}", File("enterprises.xlsx", workbook));
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static MultipartFormDataContent File(string name, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { content, "file", name } };
    }

    private static (int, int, int) Counts(JsonElement report) =>
        (report.GetProperty("created").GetInt32(), report.GetProperty("updated").GetInt32(), report.GetProperty("unchanged").GetInt32());
}
