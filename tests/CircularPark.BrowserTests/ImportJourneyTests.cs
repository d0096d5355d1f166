using System.Text;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

public class ImportJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_city_official_signs_in_sees_every_problem_of_a_bad_file_then_imports_a_clean_one()
    {
        var (page, errors) = await app.NewPageAsync();
        await page.GotoAsync("/import");
        await page.GetByLabel("邮箱").FillAsync("jinan@demo.cn");
        await page.GetByLabel("密码").FillAsync("Demo#2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "导入园区名单" })).ToBeVisibleAsync();

        await page.GetByLabel("文件（.xlsx 或 .csv）").SetInputFilesAsync(Csv("bad.csv", "园区名称,级别,属地", "济南甲园区,县级,济南市", "济南乙园区,省级,青岛市"));
        await page.GetByRole(AriaRole.Button, new() { Name = "检查文件" }).ClickAsync();

        var problems = page.GetByRole(AriaRole.Table, new() { Name = "问题清单" }).Locator("tbody tr");
        await Assertions.Expect(problems).ToHaveCountAsync(2);
        await Assertions.Expect(problems.Nth(0)).ToContainTextAsync("“级别”的值“县级”无效");
        await Assertions.Expect(problems.Nth(1)).ToContainTextAsync("无权导入青岛市的园区");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "确认导入" })).ToHaveCountAsync(0);

        await page.GetByLabel("文件（.xlsx 或 .csv）").SetInputFilesAsync(Csv("good.csv", "园区名称,级别,属地", "济南甲园区,省级,济南市"));
        await page.GetByRole(AriaRole.Button, new() { Name = "检查文件" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("新增 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("导入完成：新增 1");

        await page.GotoAsync("/parks?q=济南甲园区");
        await Assertions.Expect(page.Locator("#park-count")).ToHaveTextAsync("共 1 个园区");
        Assert.Empty(errors);
    }

    private static FilePayload Csv(string name, params string[] lines) =>
        new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(string.Join("\r\n", lines)) };
}
