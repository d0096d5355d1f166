using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

/// <summary>
/// Issue 11's account journey: the administrator creates a province account (浙江省: a province the source documents never
/// mention); that official signs in, is made to choose a password, and creates a city account; the city official signs
/// in and imports a list for 杭州市, choosing "same park" for a row whose name is near a stored one.
/// </summary>
public class AccountJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string ProvincePassword = "浙江 循环化 改造 2026";
    private const string CityPassword = "杭州 园区 循环 经济 2026";

    [Fact]
    public async Task A_province_account_is_created_changes_its_password_and_creates_a_city_account_whose_official_imports_a_list()
    {
        var (page, errors) = await app.NewPageAsync();
        await BrowserApp.SignInAsync(page, "admin@demo.cn", "Demo#2026");
        var provincePassword = await CreateAccountAsync(page, "zhejiang@gov.cn", "浙江省经济和信息化厅", "省级主管部门", "浙江省", grant: true);
        await SignOutAsync(page);

        await BrowserApp.SignInAsync(page, "zhejiang@gov.cn", provincePassword);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "修改密码" })).ToBeVisibleAsync();
        await page.GotoAsync("/admin/users");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/password"));
        await ShootAsync(page, "password");
        await ChangePasswordAsync(page, provincePassword, ProvincePassword);

        await page.GotoAsync("/admin/users");
        await ShootAsync(page, "users-province");
        var cityPassword = await CreateAccountAsync(page, "hangzhou@gov.cn", "杭州市经济和信息化局", "市级主管部门", "杭州市", grant: false);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "账号管理" })).ToContainTextAsync("hangzhou@gov.cn");
        await SignOutAsync(page);

        await BrowserApp.SignInAsync(page, "hangzhou@gov.cn", cityPassword);
        await ChangePasswordAsync(page, cityPassword, CityPassword);
        await Assertions.Expect(page.Locator(".who")).ToContainTextAsync("杭州市经济和信息化局 · 市级主管部门");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "账号", Exact = true })).ToHaveCountAsync(0);

        await ImportAsync(page, "hangzhou.csv", "园区名称,属地,区县,联系人", "杭州钱塘经济技术开发区,杭州,钱塘区,王工", "萧山经济技术开发区,杭州市,萧山区,李工");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("新增 2");
        await Assertions.Expect(page.Locator("#import-report .warnings")).ToContainTextAsync("列“联系人”不是园区名单的列");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("导入完成：新增 2");

        await ImportAsync(page, "hangzhou-2.csv", "园区名称,属地", "杭州钱塘经济开发区,杭州市", "杭州余杭经济技术开发区,杭州市");
        var rows = page.GetByRole(AriaRole.Table, new() { Name = "逐行结果" }).Locator("tbody tr");
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("有问题");
        await ShootAsync(page, "import-choice");
        await rows.Nth(0).GetByLabel("选择").SelectOptionAsync(new SelectOptionValue { Index = 2 });
        await Assertions.Expect(rows.Nth(0).GetByLabel("选择")).ToContainTextAsync("同一园区：杭州钱塘经济技术开发区");
        await page.GetByRole(AriaRole.Button, new() { Name = "按所选重新检查" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("新增 1，更新 1");
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("别名：— → 杭州钱塘经济开发区");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("导入完成：新增 1，更新 1");

        await page.GotoAsync("/parks?q=杭州钱塘经济开发区");
        await Assertions.Expect(page.Locator("#park-count")).ToHaveTextAsync("共 1 个园区");
        Assert.Empty(errors);
    }

    private static async Task ImportAsync(IPage page, string name, params string[] lines)
    {
        await page.GotoAsync("/import");
        await page.GetByLabel("文件（.xlsx 或 .csv）").SetInputFilesAsync(new FilePayload
        {
            Name = name, MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", lines)),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "检查文件" }).ClickAsync();
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
