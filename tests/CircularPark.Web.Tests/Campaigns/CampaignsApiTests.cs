using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CircularPark.Web.Tests.Campaigns;

public class CampaignsApiTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly (string Park, string City)[] GuangdongAttachment1 =
    [
        ("银星科技园（深圳）", "深圳"), ("锦绣科学园（深圳）", "深圳"), ("深圳市龙岗区大运 AI 小镇", "深圳"),
        ("珠海（国家）高新技术产业开发区", "珠海"), ("广东梅州经济开发区（东升工业园区）", "梅州"), ("惠东产业转移工业园", "惠州"),
        ("恩平产业转移工业园", "江门"), ("广东连州市产业转移工业园区（清远民族工业园）", "清远"), ("英德市英红工业园", "清远"),
    ];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_four_source_campaigns_are_listed_with_their_targets_and_deadlines(Provider provider)
    {
        var app = await apps.For(provider);

        var campaigns = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/campaigns");

        var byCode = campaigns.EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        Assert.Equal(["cn-2021-1004", "gd-2020-923", "js-2013", "sd-2018-336"], byCode.Keys.Order(StringComparer.Ordinal));
        var jiangsu = byCode["js-2013"];
        Assert.Equal([0.70, 0.50], jiangsu.GetProperty("targets").EnumerateArray().Where(t => t.GetProperty("share").ValueKind == JsonValueKind.Number).Select(t => t.GetProperty("share").GetDouble()));
        Assert.Contains(jiangsu.GetProperty("targets").EnumerateArray(), t => t.GetProperty("metric").GetString() == "Demonstration" && t.GetProperty("count").GetInt32() == 20);
        Assert.Equal(3, jiangsu.GetProperty("regionGroups").GetArrayLength());
        var due = jiangsu.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "implementation-plan");
        Assert.Equal("2013-05-20", due.GetProperty("due")[0].GetProperty("date").GetString());
        var shandongReport = byCode["sd-2018-336"].GetProperty("reports")[0].GetProperty("due").EnumerateArray().Select(d => d.GetProperty("date").GetString());
        Assert.Equal(["2019-01-31", "2020-01-31", "2021-01-31"], shandongReport);
        var national = byCode["cn-2021-1004"].GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "park-list");
        Assert.Equal("2022-06-30", national.GetProperty("due")[0].GetProperty("date").GetString());
        Assert.Equal(106, byCode["sd-2018-336"].GetProperty("parks").GetInt32());
        Assert.Equal(9, byCode["gd-2020-923"].GetProperty("parks").GetInt32());
    }

    [Fact]
    public async Task An_unknown_campaign_is_a_404_problem_in_both_languages()
    {
        var app = await apps.For(Provider.Sqlite);

        var response = await app.CreateClient().GetAsync("/api/campaigns/xx-0000/summary");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("批次“xx-0000”不存在", problem.GetProperty("messageZh").GetString());
        Assert.Equal("Campaign \"xx-0000\" does not exist", problem.GetProperty("messageEn").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_Guangdong_list_follows_Attachment_1_order_with_cities(Provider provider)
    {
        var app = await apps.For(provider);

        var parks = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/campaigns/gd-2020-923/parks");

        Assert.Equal(GuangdongAttachment1, parks.EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("cityShortZh").GetString()!)));
        Assert.All(parks.EnumerateArray(), p => Assert.Equal("Approved", p.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task The_published_list_exports_as_a_valid_docx_in_the_layout_of_Attachment_1()
    {
        var app = await apps.For(Provider.Sqlite);

        var bytes = await app.CreateClient().GetByteArrayAsync("/api/campaigns/gd-2020-923/published-list.docx");

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains("2020年广东省循环化改造试点园区名单", body.InnerText, StringComparison.Ordinal);
        var rows = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(["序号", "园区名称", "属地"], rows[0]);
        Assert.Equal(GuangdongAttachment1.Select((p, i) => new[] { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p.Park, p.City }), rows.Skip(1));
    }

    [Fact]
    public async Task The_nine_expert_opinions_are_public_with_their_numbered_problems()
    {
        var app = await apps.For(Provider.Sqlite);

        var opinions = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/campaigns/gd-2020-923/opinions");

        Assert.Equal(GuangdongAttachment1.Select(p => p.Park), opinions.EnumerateArray().Select(o => o.GetProperty("park").GetString()));
        Assert.Equal([3, 3, 3, 2, 1, 3, 4, 2, 2], opinions.EnumerateArray().Select(o => o.GetProperty("items").GetArrayLength()));
        var meizhou = opinions[4];
        Assert.False(meizhou.GetProperty("itemsNumbered").GetBoolean());
        Assert.StartsWith("针对电路板、中药两大主要发展产业存在的短板", meizhou.GetProperty("items")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("银星科技园是银星集团于 2001 年投资开发的生态科技园", opinions[0].GetProperty("overallEvaluation").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public async Task The_summary_exports_with_the_document_table(string format)
    {
        var app = await apps.For(Provider.Sqlite);

        var response = await app.CreateClient().GetAsync($"/api/campaigns/sd-2018-336/summary/export?format={format}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (format == "csv")
        {
            var lines = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("全省合计,,合计,16,4,12,0,0,17,4,13,0,0,73,17,56,0,0,106,25,81,0,0", lines[1].TrimEnd('\r', '\n'));
            Assert.Equal(19, lines.Length);
            return;
        }
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(["全省合计", "16", "4", "12", "17", "4", "13", "73", "17", "56", "106", "25", "81"], cells[3]);
        Assert.Equal(["菏泽市", "", "", "", "1", "", "1", "5", "", "5", "6", "0", "6"], cells[^1]);
    }

    [Fact]
    public async Task An_unknown_export_format_is_refused_naming_the_field()
    {
        var app = await apps.For(Provider.Sqlite);

        var response = await app.CreateClient().GetAsync("/api/campaigns/sd-2018-336/summary/export?format=pdf");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("format", out _));
    }

    [Fact]
    public async Task The_Guangdong_list_is_published_by_its_own_notice_and_its_public_page_lists_the_nine_parks_in_order()
    {
        var app = await apps.For(Provider.Sqlite);

        var page = await app.CreateClient().GetStringAsync("/selection/gd-2020-923/published");

        Assert.Contains("粤工信节能函〔2020〕923号", page, StringComparison.Ordinal);
        var positions = GuangdongAttachment1.Select(p => page.IndexOf(System.Net.WebUtility.HtmlEncode(p.Park), StringComparison.Ordinal)).ToList();
        Assert.All(positions, at => Assert.True(at > 0));
        Assert.Equal(positions.Order(), positions);
    }
}
