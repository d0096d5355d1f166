using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Exports;
using CircularPark.Identity;
using static CircularPark.Web.Tests.Funds.FundsDriver;

namespace CircularPark.Web.Tests.Funds;

/// <summary>Bulk awards and disbursements from xlsx: a dry run reports every problem by row, a file with a problem stores nothing, a clean file goes through the same rules.</summary>
public class FundImportTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_file_with_problems_stores_nothing_and_a_clean_one_awards_and_pays_within_the_budget(Provider provider)
    {
        var app = await apps.For(provider);
        var funds = await SetUpAsync(app, $"funds-import-{provider}");
        var programme = await funds.ProgrammeAsync($"gd-import-{provider.ToString().ToLowerInvariant()}", budget: 1_500m);
        foreach (var name in new[] { Yinghong, Lianzhou })
        {
            var (parkId, park) = await funds.ParkWithProjectAsync(name, 3_000);
            Ok(await StepAsync(funds.Province, await AppliedAsync(park, programme, parkId, 3_000m, 900m), "review", new { reason = "同意推荐" }));
        }
        string[] header = ["园区名称", "项目编号", "安排金额（万元）", "文号", "下达日期"];

        var bad = await PostAsync(funds.Province, programme, "awards", false, header,
            ["英德市英红工业园", "P01", "900", "粤财工〔2025〕30 号", "2025-10-15"],
            ["广东连州市产业转移工业园区 (清远民族工业园)", "P01", "900", "粤财工〔2025〕30 号", "2025/10/15"],
            ["没有这个园区", "P01", "100", "粤财工〔2025〕30 号", "2025年10月15日"],
            ["英德市英红工业园", "P01", "九百", "粤财工〔2025〕30 号", "2025-10-15"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var problems = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("messageZh").GetString()!)).ToList();
        Assert.Equal([3, 4, 5], problems.Select(p => p.Item1));
        Assert.StartsWith("安排 900.00 万元超出资金计划的预算：预算 1,500.00 万元，尚余 600.00 万元", problems[0].Item2, StringComparison.Ordinal);
        Assert.Equal("资金计划中没有园区“没有这个园区”项目“P01”的申请", problems[1].Item2);
        Assert.Equal("“九百”不是有效的数字", problems[2].Item2);
        Assert.Equal(0m, (await ProgrammeAsync(funds.Province, programme)).GetProperty("programme").GetProperty("committed").GetDecimal());

        string[][] clean = [["英德市英红工业园", "P01", "900", "粤财工〔2025〕30 号", "2025-10-15"], ["广东连州市产业转移工业园区（清远民族工业园）", "P01", "600", "粤财工〔2025〕30 号", "2025-10-15"]];
        var dry = await PostAsync(funds.Province, programme, "awards", true, header, clean);
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        Assert.Equal(0m, (await ProgrammeAsync(funds.Province, programme)).GetProperty("programme").GetProperty("committed").GetDecimal());
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(await app.ClientAsAsync(Roles.City, "441800"), programme, "awards", false, header, clean)).StatusCode);
        var stored = await PostAsync(funds.Province, programme, "awards", false, header, clean);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.True((await stored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("committed").GetBoolean());
        var view = await ProgrammeAsync(funds.Province, programme);
        Assert.Equal((1_500m, 0m), (view.GetProperty("programme").GetProperty("committed").GetDecimal(), view.GetProperty("programme").GetProperty("remaining").GetDecimal()));

        string[] payHeader = ["园区名称", "项目编号", "批次", "拨付金额（万元）", "文号", "拨付日期", "备注栏"];
        var unknownColumn = await PostAsync(funds.Province, programme, "disbursements", true, payHeader, ["英德市英红工业园", "P01", "1", "540", "粤财拨 1 号", "2025-10-15", "x"]);
        Assert.Contains("无法识别的列“备注栏”", await unknownColumn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var early = await PostAsync(funds.Province, programme, "disbursements", false, payHeader[..6], ["英德市英红工业园", "P01", "2", "360", "粤财拨 1 号", "2025-10-15"]);
        Assert.Contains("第2批为“验收后拨付”，尚不能拨付", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Ok(await PostAsync(funds.Province, programme, "disbursements", false, payHeader[..6],
            ["英德市英红工业园", "P01", "1", "540", "粤财拨 1 号", "2025-10-15"], ["广东连州市产业转移工业园区（清远民族工业园）", "P01", "第1批", "360", "粤财拨 2 号", "2025-10-15"]));
        Assert.Equal(900m, (await ProgrammeAsync(funds.Province, programme)).GetProperty("totals").GetProperty("paid").GetDecimal());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, int programme, string kind, bool dryRun, string[] header, params string[][] rows)
    {
        var book = new XlsxBuilder();
        var sheet = book.Sheet("导入");
        sheet.Row(XlsxStyle.Header, header.Cast<object?>().ToArray());
        foreach (var row in rows) sheet.Row(XlsxStyle.Plain, row.Cast<object?>().ToArray());
        using var form = new MultipartFormDataContent { { new ByteArrayContent(book.Build()), "file", $"{kind}.xlsx" } };
        return await client.PostAsync($"/api/funds/programmes/{programme}/imports/{kind}?dryRun={(dryRun ? "true" : "false")}", form);
    }
}
