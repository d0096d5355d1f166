using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

/// <summary>
/// Issue 11's account journey: the administrator creates a province account (江苏省: the seed has no demo account there);
/// that official signs in, is made to choose a password, and creates a city account; the city official signs in.
/// </summary>
public class AccountJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string ProvincePassword = "江苏 循环化 改造 2026";
    private const string CityPassword = "苏州 园区 循环 经济 2026";

    [Fact]
    public async Task A_province_account_is_created_changes_its_password_and_creates_a_city_account_whose_official_signs_in()
    {
        var (page, errors) = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "admin@demo.cn", "Demo#2026");
        var provincePassword = await CreateAccountAsync(page, "jiangsu@gov.cn", "江苏省工业和信息化厅", "省级主管部门", "江苏省", grant: true);
        await SignOutAsync(page);

        await BrowserApp.SignInAsync(page, "jiangsu@gov.cn", provincePassword);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "修改密码" })).ToBeVisibleAsync();
        await page.GotoAsync("/admin/users");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/password"));
        await ShootAsync(page, "password");
        await ChangePasswordAsync(page, provincePassword, ProvincePassword);

        await page.GotoAsync("/admin/users");
        await ShootAsync(page, "users-province");
        var cityPassword = await CreateAccountAsync(page, "suzhou@gov.cn", "苏州市工业和信息化局", "市级主管部门", "苏州市", grant: false);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "账号管理" })).ToContainTextAsync("suzhou@gov.cn");
        await SignOutAsync(page);

        await BrowserApp.SignInAsync(page, "suzhou@gov.cn", cityPassword);
        await ChangePasswordAsync(page, cityPassword, CityPassword);
        await Assertions.Expect(page.Locator(".who")).ToContainTextAsync("苏州市工业和信息化局 · 市级主管部门");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "账号", Exact = true })).ToHaveCountAsync(0);
        Assert.Empty(errors);
    }


    private static async Task SignOutAsync(IPage page) => await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();

    private static async Task ChangePasswordAsync(IPage page, string current, string next)
    {
        await page.GetByLabel("当前密码").FillAsync(current);
        await page.GetByLabel("新密码", new() { Exact = true }).FillAsync(next);
        await page.GetByLabel("再次输入新密码").FillAsync(next);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "修改密码" })).ToHaveCountAsync(0);
    }

    /// <summary>Fills the new-account form and returns the temporary password the page shows once.</summary>
    private static async Task<string> CreateAccountAsync(IPage page, string email, string name, string role, string region, bool grant)
    {
        await page.GotoAsync("/admin/users");
        var form = page.GetByRole(AriaRole.Form, new() { Name = "新建账号" });
        await form.GetByLabel("邮箱").FillAsync(email);
        await form.GetByLabel("名称", new() { Exact = true }).FillAsync(name);
        await form.GetByLabel("角色").SelectOptionAsync(new SelectOptionValue { Label = role });
        await form.GetByLabel("地区（代码或名称）").FillAsync(region);
        await form.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option).First.ClickAsync();
        if (grant) await form.GetByLabel("同时为本地区的账号管理员").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "创建账号" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"已创建账号 {email}");
        return (await page.Locator("#temporary-password").TextContentAsync())!.Trim();
    }

    private static async Task ShootAsync(IPage page, string name)
    {
        foreach (var width in new[] { 1366, 1024 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"circularpark-{name}-{width}.png"), FullPage = true });
        }
    }
}
