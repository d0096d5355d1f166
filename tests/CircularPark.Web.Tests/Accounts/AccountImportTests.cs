using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Exports;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Accounts;

/// <summary>Accounts in bulk from an xlsx file: a dry run lists every problem by row; nothing is stored while any row fails.</summary>
public class AccountImportTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_file_with_bad_rows_stores_nothing_and_a_clean_file_creates_every_account(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync("admin");
        var provinceEmail = $"sd-{Guid.NewGuid():N}@gov.cn";
        var (_, password) = await AccountClients.CreateAsync(admin, new { email = provinceEmail, displayName = "山东省厅", role = "province", region = "山东省", managesAccounts = true });
        var province = await AccountClients.FirstSignInAsync(app, provinceEmail, password);
        var taken = await app.CreateUserAsync("city", regionCode: "370100");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var before = await app.WithDbAsync(db => db.Users.CountAsync());

        var bad = await PostAsync(province, dryRun: true,
            ["邮箱", "姓名", "角色", "地区", "园区", "账号管理员"],
            [$"jinan-{tag}@gov.cn", "济南市工业和信息化局", "市级主管部门", "济南市", "", "是"],
            ["not an address", "某市", "city", "370100", "", ""],
            [$"qd-{tag}@gov.cn", "青岛某局", "city", "不存在市", "", ""],
            [$"gz-{tag}@gov.cn", "广州某局", "city", "441800", "", ""],
            [$"mn-{tag}@gov.cn", "部委", "ministry", "", "", ""],
            [taken, "重复", "city", "370100", "", ""],
            [$"JINAN-{tag}@gov.cn", "重复二", "city", "370100", "", ""]);

        var report = await bad.Content.ReadFromJsonAsync<JsonElement>();
        var problems = report.GetProperty("problems").EnumerateArray().Select(p => (Row: p.GetProperty("row").GetInt32(), Column: p.GetProperty("column").GetString(), Zh: p.GetProperty("messageZh").GetString()!)).ToList();
        Assert.Contains(problems, p => p.Row == 3 && p.Column == "邮箱" && p.Zh.Contains("不是有效的邮箱地址", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Row == 4 && p.Column == "地区" && p.Zh.Contains("“不存在市”不在", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Row == 5 && p.Column == "地区" && p.Zh.Contains("不在您的管辖区域内", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Row == 6 && p.Column == "角色" && p.Zh.Contains("您不能创建或管理", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Row == 7 && p.Column == "邮箱" && p.Zh.Contains("已有账号", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Row == 8 && p.Column == "邮箱" && p.Zh.Contains("第 2 行", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Row == 2);
        var committed = await PostAsync(province, dryRun: false, ["邮箱", "姓名", "角色", "地区"], [$"x-{tag}@gov.cn", "某局", "city", "济南市"], ["bad", "某局", "city", "济南市"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, committed.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.Users.CountAsync()));

        var clean = await PostAsync(province, dryRun: false,
            ["Email", "Name", "Role", "Region", "Manages accounts"],
            [$"jinan-{tag}@gov.cn", "济南市工业和信息化局", "city", "济南市", "yes"],
            [$"zibo-{tag}@gov.cn", "淄博市工业和信息化局", "市级主管部门", "370300", "否"]);

        var created = await clean.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(created.GetProperty("committed").GetBoolean(), created.ToString());
        Assert.Equal(2, created.GetProperty("accounts").GetArrayLength());
        var jinanPassword = created.GetProperty("accounts")[0].GetProperty("temporaryPassword").GetString()!;
        var jinan = await AccountClients.FirstSignInAsync(app, $"jinan-{tag}@gov.cn", jinanPassword);
        Assert.Equal(HttpStatusCode.OK, (await jinan.GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_column_is_a_problem_of_the_file_never_ignored()
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync("admin");

        var response = await PostAsync(admin, dryRun: true, ["邮箱", "姓名", "角色", "手机"], ["a-b@gov.cn", "甲", "admin", "13800000000"]);

        var problem = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems")[0];
        Assert.Equal("unknown-column", problem.GetProperty("rule").GetString());
        Assert.Equal("手机", problem.GetProperty("column").GetString());
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, bool dryRun, params string[][] rows)
    {
        var workbook = new XlsxBuilder();
        var sheet = workbook.Sheet("账号");
        foreach (var row in rows) sheet.Row(XlsxStyle.Plain, [.. row]);
        var file = new ByteArrayContent(workbook.Build());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var form = new MultipartFormDataContent { { file, "file", "accounts.xlsx" } };
        return client.PostAsync($"/api/users/import?dryRun={(dryRun ? "true" : "false")}", form);
    }
}
