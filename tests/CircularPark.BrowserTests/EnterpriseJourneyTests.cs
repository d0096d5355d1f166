using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

public class EnterpriseJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_province_official_brings_a_recycler_into_the_demo_park_and_the_circuit_board_gap_closes()
    {
        var (page, errors) = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("邮箱").FillAsync("guangdong@demo.cn");
        await page.GetByLabel("密码").FillAsync("Demo#2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GotoAsync("/parks?q=梅州");
        await page.GetByRole(AriaRole.Link, new() { Name = "广东梅州经济开发区（东升工业园区）" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "企业与物料流" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "新增企业" }).ClickAsync();
        await page.GetByLabel("企业名称").FillAsync("梅州再生资源公司");
        await page.GetByLabel("行业代码（GB/T 4754）").FillAsync("D4210");
        await page.GetByLabel("危险废物许可经营范围").FillAsync("HW49");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("“行业代码”的值“D4210”不是有效的国民经济行业代码");
        await page.GetByLabel("行业代码（GB/T 4754）").FillAsync("C4210");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "企业与物料流" })).ToContainTextAsync("梅州再生资源公司");

        await page.GetByRole(AriaRole.Link, new() { Name = "梅州示例电路板厂乙（示例）" }).ClickAsync();
        var users = page.GetByRole(AriaRole.Table, new() { Name = "使用关系" }).Locator("tbody tr").First;
        await users.Locator("input").First.FillAsync("waste-circuit-board");
        await users.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = "梅州再生资源公司" });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Table, new() { Name = "企业与物料流" }).Locator("tr", new() { HasText = "梅州示例电路板厂乙（示例）" });
        await Assertions.Expect(row).ToContainTextAsync("废电路板边角料 (废物 900-045-49) 500 吨/年 → 梅州再生资源公司");
        await Assertions.Expect(row).ToContainTextAsync("印制电路板 (产品) 6,000 吨/年");

        await page.GetByRole(AriaRole.Link, new() { Name = "补链分析" }).ClickAsync();
        var boards = page.GetByRole(AriaRole.Table, new() { Name = "园区内未利用的物料流" }).Locator("tbody tr", new() { HasText = "废电路板边角料" });
        await Assertions.Expect(boards).ToHaveCountAsync(1);
        await Assertions.Expect(boards).ToContainTextAsync("园区内可接收：梅州再生资源公司");
        Assert.Empty(errors);
    }
}
