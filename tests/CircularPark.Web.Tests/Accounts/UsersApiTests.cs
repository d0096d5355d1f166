using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Accounts;

/// <summary>Accounts through the API (ADR 0053): who may create which accounts where, and bad input refused by field.</summary>
public class UsersApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_administrator_creates_an_account_of_every_role_and_a_new_account_must_change_its_password_first(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync("admin");
        var enterprise = await app.WithDbAsync(async db =>
        {
            var park = await db.Parks.SingleAsync(p => p.Name == "英德市英红工业园");
            var e = db.Enterprises.Add(new Enterprise { ParkId = park.Id, Name = $"英红某企业{Guid.NewGuid():N}", IndustryCode = "C3011" }).Entity;
            await db.SaveChangesAsync();
            return e.Name;
        });
        var tag = Guid.NewGuid().ToString("N")[..8];
        object[] accounts =
        [
            new { email = $"ministry-{tag}@gov.cn", displayName = "国家发展改革委环资司", role = "ministry" },
            new { email = $"jiangsu-{tag}@gov.cn", displayName = "江苏省工业和信息化厅", role = "province", region = "江苏省" },
            new { email = $"suzhou-{tag}@gov.cn", displayName = "苏州市工业和信息化局", role = "市级主管部门", region = "320500" },
            new { email = $"expert-{tag}@univ.edu.cn", displayName = "王专家", role = "expert", region = "320000", organisation = "南京大学" },
            new { email = $"park-{tag}@park.cn", displayName = "英红工业园管委会", role = "park", park = "英德市英红工业园" },
            new { email = $"firm-{tag}@firm.cn", displayName = "英红某企业", role = "enterprise", park = "英德市英红工业园", enterprise },
            new { email = $"admin-{tag}@gov.cn", displayName = "第二位管理员", role = "admin" },
        ];
        foreach (var account in accounts) await AccountClients.CreateAsync(admin, account);

        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/users?q={tag}");
        Assert.Equal(7, listed.GetProperty("total").GetInt32());
        var firm = listed.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("role").GetString() == "enterprise");
        Assert.Equal(enterprise, firm.GetProperty("enterpriseName").GetString());
        Assert.True(firm.GetProperty("mustChangePassword").GetBoolean());

        var (_, password) = await AccountClients.CreateAsync(admin, new { email = $"new-{tag}@gov.cn", displayName = "新账号", role = "city", region = "苏州市" });
        var fresh = app.CreateClient();
        var login = await fresh.PostAsJsonAsync("/api/account/login", new { email = $"new-{tag}@gov.cn", password });
        Assert.True((await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("mustChangePassword").GetBoolean());
        var blocked = await fresh.GetAsync("/api/parks");
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Contains("请先修改初始密码", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent,
            (await fresh.PostAsJsonAsync("/api/account/password", new { currentPassword = password, newPassword = AccountClients.NewPassword })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/parks")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_province_account_administrator_creates_accounts_below_it_within_its_province_only(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync("admin");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (_, password) = await AccountClients.CreateAsync(admin, new { email = $"js-{tag}@gov.cn", displayName = "江苏省厅", role = "province", region = "320000", managesAccounts = true });
        await AccountClients.CreateAsync(admin, new { email = $"gz-{tag}@gov.cn", displayName = "清远市局", role = "city", region = "441800" });
        var province = await AccountClients.FirstSignInAsync(app, $"js-{tag}@gov.cn", password);

        await AccountClients.CreateAsync(province, new { email = $"sz-{tag}@gov.cn", displayName = "苏州市局", role = "city", region = "苏州市", managesAccounts = true });
        await AssertRefusedAsync(province, new { email = $"jn-{tag}@gov.cn", displayName = "济南市局", role = "city", region = "370100" }, "region", "不在您的管辖区域内");
        await AssertRefusedAsync(province, new { email = $"p2-{tag}@gov.cn", displayName = "另一个省厅", role = "province", region = "320000" }, "role", "您不能创建或管理");
        await AssertRefusedAsync(province, new { email = $"mn-{tag}@gov.cn", displayName = "部委", role = "ministry" }, "role", "您不能创建或管理");
        await AssertRefusedAsync(province, new { email = $"ad-{tag}@gov.cn", displayName = "管理员", role = "admin" }, "role", "您不能创建或管理");

        var mine = await province.GetFromJsonAsync<JsonElement>($"/api/users?q={tag}");
        Assert.Equal([$"sz-{tag}@gov.cn"], mine.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("email").GetString()));
        var plainCity = await app.ClientAsAsync("city", regionCode: "320500");
        Assert.Equal(HttpStatusCode.Forbidden, (await plainCity.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await plainCity.PostAsJsonAsync("/api/users", new { email = $"x-{tag}@gov.cn", displayName = "x", role = "park", park = "1" })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Bad_input_names_the_field_and_the_rule_and_stores_nothing(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync("admin");
        var taken = await app.CreateUserAsync("city", regionCode: "441800");
        var before = await app.WithDbAsync(db => db.Users.CountAsync());

        await AssertRefusedAsync(admin, new { email = "not-an-address", displayName = "甲", role = "city", region = "441800" }, "email", "不是有效的邮箱地址");
        await AssertRefusedAsync(admin, new { email = taken.ToUpperInvariant(), displayName = "甲", role = "city", region = "441800" }, "email", "已有账号");
        await AssertRefusedAsync(admin, new { email = "a@gov.cn", displayName = "甲", role = "city", region = "不存在市" }, "region", "“不存在市”不在");
        await AssertRefusedAsync(admin, new { email = "a@gov.cn", displayName = "甲", role = "city", region = "江苏省" }, "region", "不是地级市");
        await AssertRefusedAsync(admin, new { email = "a@gov.cn", displayName = "甲", role = "park", park = "英德市英红工业园", region = "441800" }, "region", "不设地区");
        await AssertRefusedAsync(admin, new { email = "a@gov.cn", displayName = "甲", role = "park", park = "没有这个园区" }, "park", "没有名为");
        await AssertRefusedAsync(admin, new { email = "a@gov.cn", displayName = "甲", role = "mayor" }, "role", "角色“mayor”不存在");
        await AssertRefusedAsync(admin, new { email = "a@gov.cn", displayName = "甲", role = "city", region = "441800", password = "short" }, "password", "至少需要 12 个字符");
        await AssertRefusedAsync(admin, new { email = "a@gov.cn", displayName = "甲", role = "city", region = "441800", password = "password1234" }, "password", "过于常见");
        await AssertRefusedAsync(admin, new { email = "a@gov.cn", displayName = "甲", role = "park", park = "英德市英红工业园", managesAccounts = true }, "managesAccounts", "不能授予");

        Assert.Equal(before, await app.WithDbAsync(db => db.Users.CountAsync()));
    }

    private static async Task AssertRefusedAsync(HttpClient client, object account, string field, string message)
    {
        var response = await client.PostAsJsonAsync("/api/users", account);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body.ToString());
        Assert.Contains(message, body.GetProperty("errorsZh").GetProperty(field).GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("errorsEn").GetProperty(field).GetString()));
    }
}
