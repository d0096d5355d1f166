using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CircularPark.Web.Tests.Reviews;

/// <summary>Replays the Guangdong 2020 selection (seed 000) through the API, step by step, as the people who took each step.</summary>
public class GuangdongReplayTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Nine_parks_apply_are_recommended_reviewed_approved_and_the_notice_lists_them_with_their_opinions(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var selection = await SelectionDriver.SetUpAsync(app, province, "gd-2020-replay");
        var (chairEmail, chair) = await selection.ExpertAsync("华南循环经济研究院");
        var (expertEmail, expert) = await selection.ExpertAsync("广东省环境科学研究院");
        // The nine opinions of seed 000, as seeded for gd-2020-923, in the document's order.
        var opinions = (await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/campaigns/gd-2020-923/opinions")).EnumerateArray().ToList();
        Assert.Equal(9, opinions.Count);

        foreach (var opinion in opinions)
        {
            var name = opinion.GetProperty("park").GetString()!;
            var parkId = await selection.ParkIdAsync(name);
            var park = await app.ClientAsAsync(Roles.Park, parkName: name);
            var city = await app.ClientAsAsync(Roles.City, await CityCodeAsync(app, parkId));
            Ok(await selection.ApplyAsync(park, parkId));
            var plan = await selection.SubmitPlanAsync(park, parkId);
            Ok(await selection.RecommendAsync(city, parkId));
            Ok(await selection.AssignAsync(province, parkId, (chairEmail, true), (expertEmail, false)));
            Assert.Equal(HttpStatusCode.OK, (await expert.GetAsync($"/api/plans/{plan}")).StatusCode);
            Ok(await selection.ReviewAsync(expert, parkId));
            Ok(await selection.ReviewAsync(chair, parkId, score: 2));
            Ok(await selection.CompileAsync(chair, parkId, opinion));
            Assert.Equal(HttpStatusCode.Forbidden, (await expert.GetAsync($"/api/plans/{plan}")).StatusCode);
            Ok(await selection.DecideAsync(province, parkId));
        }
        Ok(await province.PostAsJsonAsync("/api/selection/campaigns/gd-2020-replay/publish", new { noticeNumber = "粤工信节能函〔2020〕923 号", issuedOn = "2020-09-28" }));

        var bytes = await app.CreateClient().GetByteArrayAsync("/api/selection/campaigns/gd-2020-replay/notice.docx");

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var body = document.MainDocumentPart!.Document.Body!;
        var rows = body.Descendants<TableRow>().Skip(1).Select(r => r.Descendants<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(Attachment1, rows.Select(r => (r[0], r[1], r[2])));
        var text = string.Join("\n", body.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Contains("粤工信节能函〔2020〕923 号", text, StringComparison.Ordinal);
        Assert.Contains("2020 年 9 月 28 日", text, StringComparison.Ordinal);
        Assert.Contains("确定银星科技园（深圳）等 9 家园区列入2020 年广东省循环化改造试点园区名单", text, StringComparison.Ordinal);
        Assert.Contains("根据《广东省工业和信息化厅关于组织开展 2020 年园区循环化改造工作的通知》（粤工信节能函〔2020〕172 号），省工业和信息化厅组织专家对《银星科技园循环化改造实施方案》（以下简称《实施方案》）进行了评审", text, StringComparison.Ordinal);
        var positions = opinions.Select(o => text.IndexOf(o.GetProperty("overallEvaluation").GetString()!, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("1.该园区产业链相对薄弱，建议加强延伸产业链的措施；", text, StringComparison.Ordinal);
        Assert.Contains("\n针对电路板、中药两大主要发展产业存在的短板", text, StringComparison.Ordinal);
    }

    private static readonly (string, string, string)[] Attachment1 =
    [
        ("1", "银星科技园（深圳）", "深圳"), ("2", "锦绣科学园（深圳）", "深圳"), ("3", "深圳市龙岗区大运 AI 小镇", "深圳"),
        ("4", "珠海（国家）高新技术产业开发区", "珠海"), ("5", "广东梅州经济开发区（东升工业园区）", "梅州"), ("6", "惠东产业转移工业园", "惠州"),
        ("7", "恩平产业转移工业园", "江门"), ("8", "广东连州市产业转移工业园区（清远民族工业园）", "清远"), ("9", "英德市英红工业园", "清远"),
    ];

    private static async Task<string> CityCodeAsync(TestApp app, int parkId)
    {
        var park = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/parks/{parkId}");
        return string.Concat(park.GetProperty("currentRegionCode").GetString()![..4], "00");
    }

    private static void Ok(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
}
