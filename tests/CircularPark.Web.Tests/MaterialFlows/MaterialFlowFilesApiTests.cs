using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Exports;
using CircularPark.Identity;
using CircularPark.MaterialFlows;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using static CircularPark.Web.Tests.MaterialFlows.MaterialFlowClient;

namespace CircularPark.Web.Tests.MaterialFlows;

public class MaterialFlowFilesApiTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinghong = "英德市英红工业园";
    private const string Lianzhou = "广东连州市产业转移工业园区（清远民族工业园）";

    /// <summary>A model with two layers, a transfer coefficient, a stock change, an unknown flow and roles, to round-trip every field.</summary>
    private static MaterialFlowDocument Rich(int year) => DoviSolisio(year) with
    {
        Title = "往返测试", Note = "备注：含逗号, 与引号\"", ValueAdded = 12345.6,
        Layers = [.. DoviSolisio().Layers, new("water", "水", Engines.MaterialFlow.LayerKind.Water, "万m³/a")],
        Flows =
        [
            .. DoviSolisio().Flows,
            new("water", "w1", "ENV", "A", 120, "万m³/a", RelativeUncertainty: 0.05, Name: "新鲜水"),
            new("water", "w2", "A", "C", 100, "万m³/a", StandardDeviation: 5, Kind: Engines.MaterialFlow.QuantityStatus.Estimated, Roles: Engines.MaterialFlow.FlowRoles.Waste),
            new("water", "w3", "C", "A", null, "万m³/a", Kind: Engines.MaterialFlow.QuantityStatus.Unknown, Roles: Engines.MaterialFlow.FlowRoles.Recycled | Engines.MaterialFlow.FlowRoles.Waste),
            new("water", "w4", "C", "ENV", 60, "m³/a", RelativeUncertainty: 0.1, Roles: Engines.MaterialFlow.FlowRoles.Emission),
            new("water", "w5", "A", "ENV", 20, "万m³/a", Kind: Engines.MaterialFlow.QuantityStatus.Fixed, Roles: Engines.MaterialFlow.FlowRoles.Emission),
        ],
        Parameters = // in layer order, as stored models list them
        [
            new("mass", ParameterType.StockChange, "C", 0.2, RelativeUncertainty: 0.5),
            new("water", ParameterType.TransferCoefficient, "w3", 0.4, StandardDeviation: 0.05, Kind: Engines.MaterialFlow.QuantityStatus.Estimated, Note: "回用率"),
        ],
    };

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_model_exported_as_JSON_deleted_and_imported_comes_back_unchanged_and_a_second_import_changes_nothing(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var other = await ParkIdAsync(app, Lianzhou);
        var (id, version) = await CreateAsync(admin, other, Rich(2021));

        var json = await admin.GetByteArrayAsync($"/api/material-flows/{id}/export?format=json");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/material-flows/{id}?version={version}")).StatusCode);
        var dryRun = await ImportAsync(admin, other, json, "model.json", dryRun: true);
        var models = await admin.GetFromJsonAsync<JsonElement>($"/api/parks/{other}/material-flows");
        var committed = await ImportAsync(admin, other, json, "model.json", dryRun: false);
        var again = await ImportAsync(admin, other, json, "model.json", dryRun: false);

        Assert.Equal((1, 0, 0), Counts(dryRun));
        Assert.DoesNotContain(models.GetProperty("models").EnumerateArray(), m => m.GetProperty("year").GetInt32() == 2021);
        Assert.Equal((1, 0, 0), Counts(committed));
        Assert.Equal((0, 0, 1), Counts(again));
        var copy = await ModelOfAsync(admin, other, 2021);
        Assert.Equal(0, copy.GetProperty("document").GetProperty("version").GetInt64());
        Assert.Equal(Comparable(Rich(2021)), Comparable(Document(copy)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_xlsx_template_round_trips_every_field_and_re_importing_it_is_idempotent(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var other = await ParkIdAsync(app, Lianzhou);
        var (id, version) = await CreateAsync(admin, other, Rich(2022));

        var xlsx = await admin.GetByteArrayAsync($"/api/material-flows/{id}/export?format=xlsx");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/material-flows/{id}?version={version}")).StatusCode);
        var committed = await ImportAsync(admin, other, xlsx, "model.xlsx", dryRun: false);
        var again = await ImportAsync(admin, other, xlsx, "model.xlsx", dryRun: false);

        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(workbook));
            Assert.Equal(["模型", "物质层", "过程", "流", "参数"], workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
        }
        Assert.Equal((1, 0, 0), Counts(committed));
        Assert.Equal((0, 0, 1), Counts(again));
        Assert.Equal(Comparable(Rich(2022)), Comparable(Document(await ModelOfAsync(admin, other, 2022))));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_malformed_workbook_is_reported_by_sheet_row_and_column_and_stores_nothing(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var park = await ParkIdAsync(app, Lianzhou);
        var book = new XlsxBuilder();
        book.Sheet("Model").Row(XlsxStyle.Header, "Name", "Value").Row(XlsxStyle.Plain, "Year", 2030).Row(XlsxStyle.Plain, "Scenario", "实际").Row(XlsxStyle.Plain, "Title", "坏文件");
        book.Sheet("Layers").Row(XlsxStyle.Header, "Code", "Name", "Kind", "Unit").Row(XlsxStyle.Plain, "mass", "总物质", "总物质", "t/a");
        book.Sheet("过程").Row(XlsxStyle.Header, "编码", "名称", "类别").Row(XlsxStyle.Plain, "ENV", "外部环境", "系统边界（输入/输出）").Row(XlsxStyle.Plain, "A", "甲企业", "工厂");
        book.Sheet("流").Row(XlsxStyle.Header, "物质层", "编码", "来源过程", "去向过程", "数值", "单位", "相对不确定度")
            .Row(XlsxStyle.Plain, "mass", "f1", "ENV", "A", "十二", "t/a", "5%")
            .Row(XlsxStyle.Plain, "mass", "f2", "A", "B", -3, "t/a", "5%")
            .Row(XlsxStyle.Plain, "mass", "f3", "A", "ENV", 4, "t/a", "");
        book.Sheet("参数").Row(XlsxStyle.Header, "物质层", "类别", "对象", "数值");

        var report = await ImportAsync(admin, park, book.Build(), "bad.xlsx", dryRun: false, expected: HttpStatusCode.UnprocessableEntity);

        var problems = report.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("sheet").GetString(), p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString(), p.GetProperty("rule").GetString())).ToList();
        Assert.Equal(
        [
            ("流", 2, "数值", "number"),
            ("流", 3, "去向过程", "unknown-process"),
            ("流", 3, "数值", "number"),
            ("流", 4, "标准差", "uncertainty-required"),
            ("过程", 3, "类别", "enum"),
        ], problems.Order());
        Assert.False(report.GetProperty("committed").GetBoolean());
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>($"/api/parks/{park}/material-flows")).GetProperty("models").EnumerateArray(),
            m => m.GetProperty("year").GetInt32() == 2030);
    }

    [Fact]
    public async Task The_park_s_Sankey_picture_chapter_and_indicator_items_are_computed_on_request()
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var park = await ParkIdAsync(app, Yinghong);
        await CreateAsync(admin, park, Rich(2015));
        await CreateAsync(admin, park, Rich(2026) with { Scenario = Scenario.PlannedAfter });

        var png = await admin.GetAsync($"/api/parks/{park}/material-flows/sankey.png?layer=water&scenario=改造后（规划）");
        var docx = await admin.GetByteArrayAsync($"/api/parks/{park}/material-flows/chapter.docx");
        var items = await admin.GetFromJsonAsync<JsonElement>($"/api/parks/{park}/material-flows/data-items?year=2015&scenario=Before");
        var comparison = await admin.GetFromJsonAsync<JsonElement>($"/api/parks/{park}/material-flows/compare");

        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        Assert.Equal(PngEncoder.Signature, (await png.Content.ReadAsByteArrayAsync())[..8]);
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
            Assert.Equal(4, document.MainDocumentPart!.ImageParts.Count());
        }
        var codes = items.EnumerateArray().Select(i => (i.GetProperty("layer").GetString(), i.GetProperty("code").GetString())).ToList();
        Assert.Contains(("水", "mfa.water_reuse_rate"), codes);
        Assert.Contains(("总物质", "mfa.direct_material_input"), codes);
        Assert.InRange(items.EnumerateArray().First(i => i.GetProperty("code").GetString() == "mfa.direct_material_input").GetProperty("value").GetDouble(), 10.9, 11.2); // x1 reconciled
        Assert.Equal(2, comparison.GetProperty("layers").GetArrayLength());
        Assert.All(comparison.GetProperty("layers")[0].GetProperty("flows").EnumerateArray(), f => Assert.Equal(0, f.GetProperty("difference").GetDouble(), 9));
    }

    [Fact]
    public async Task A_plan_s_Word_export_carries_the_park_s_before_and_after_balances_and_Sankey_pictures()
    {
        var app = await apps.For(Provider.Sqlite);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        var park = await ParkIdAsync(app, "惠东产业转移工业园");
        await CreateAsync(province, park, Rich(2020));
        await CreateAsync(province, park, Rich(2025) with { Scenario = Scenario.PlannedAfter });
        var plan = (await (await province.PostAsJsonAsync($"/api/parks/{park}/plans", new { campaign = "gd-2020-923" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();

        var bytes = await province.GetByteArrayAsync($"/api/plans/{plan}/export.docx");

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal(4, document.MainDocumentPart!.ImageParts.Count());
        var text = document.MainDocumentPart.Document.Body!.InnerText;
        Assert.Contains("二、物质流分析", text, StringComparison.Ordinal);
        Assert.Contains("表 1  总物质过程物质平衡（改造前）", text, StringComparison.Ordinal);
        Assert.Contains("图 4  水桑基图（改造后（规划））", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("图 4", StringComparison.Ordinal) < text.IndexOf("三、主要任务", StringComparison.Ordinal), "the chapter sits in the plan's material-flow section");
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, int park, byte[] file, string name, bool dryRun, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(file), "file", name } };
        var response = await client.PostAsync($"/api/parks/{park}/material-flows/import?dryRun={dryRun.ToString().ToLowerInvariant()}", content);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(expected == response.StatusCode, body.ToString());
        return body;
    }

    private static (int, int, int) Counts(JsonElement report) =>
        (report.GetProperty("created").GetInt32(), report.GetProperty("updated").GetInt32(), report.GetProperty("unchanged").GetInt32());

    private static async Task<JsonElement> ModelOfAsync(HttpClient client, int park, int year)
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/parks/{park}/material-flows");
        var id = list.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("year").GetInt32() == year).GetProperty("id").GetInt32();
        return await client.GetFromJsonAsync<JsonElement>($"/api/material-flows/{id}");
    }

    private static MaterialFlowDocument Document(JsonElement view) => view.GetProperty("document").Deserialize<MaterialFlowDocument>(Json)!;

    /// <summary>The document as JSON without what differs between parks (the park's name, the version).</summary>
    private static string Comparable(MaterialFlowDocument doc) => JsonSerializer.Serialize(doc with { Park = null, Version = 0 }, Json);
}
