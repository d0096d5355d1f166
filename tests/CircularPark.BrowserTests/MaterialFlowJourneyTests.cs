using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

public class MaterialFlowJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_park_official_opens_the_demo_park_s_material_flows_and_sees_before_and_after_Sankey_diagrams_side_by_side()
    {
        var (page, errors) = await app.SignedInPageAsync("park@demo.cn");
        await page.GotoAsync("/parks?q=英红");
        await page.GetByRole(AriaRole.Link, new() { Name = "英德市英红工业园" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "物质流分析" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "物质流模型" }).Locator("tbody tr")).ToHaveCountAsync(2);

        await page.GetByRole(AriaRole.Link, new() { Name = "改造前后对比" }).ClickAsync();

        await Assertions.Expect(page.Locator("body[data-chart-ready=true]")).ToHaveCountAsync(1);
        foreach (var chart in new[] { "#sankey-before", "#sankey-after" })
        {
            await Assertions.Expect(page.Locator($"{chart} svg text", new() { HasText = "园区污水处理厂" })).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator($"{chart} svg text", new() { HasText = "↺ 回用至 陶瓷建材企业（示例）" })).ToHaveCountAsync(1);
            Assert.True(await page.Locator($"{chart} svg path").CountAsync() > 20, $"{chart} has its links drawn");
        }
        var recycled = page.GetByRole(AriaRole.Table, new() { Name = "逐项流量变化" }).Locator("tr", new() { HasText = "再生陶瓷原料" });
        await Assertions.Expect(recycled).ToContainTextAsync("+");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "circularpark-mfa-compare.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "水（万m³/a）" }).ClickAsync();
        await Assertions.Expect(page.Locator("body[data-chart-ready=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#sankey-after svg text", new() { HasText = "排放与损失" })).ToHaveCountAsync(1);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_negative_flow_typed_into_the_table_is_refused_next_to_its_cell_and_nothing_is_stored()
    {
        var (page, errors) = await app.SignedInPageAsync("park@demo.cn");
        await page.GotoAsync("/parks?q=英红");
        await page.GetByRole(AriaRole.Link, new() { Name = "英德市英红工业园" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "物质流分析" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "【示例数据】英德市英红工业园 2019年物质流（改造前）" }).ClickAsync();
        await Assertions.Expect(page.Locator("body[data-chart-ready=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("数据与平衡方程相容");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "circularpark-mfa-model.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "编辑模型" }).ClickAsync();
        var flows = page.GetByRole(AriaRole.Table, new() { Name = "流量表" });
        await flows.GetByLabel("数值").First.FillAsync("-5");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("未保存");
        await Assertions.Expect(flows.Locator("tbody tr").First).ToContainTextAsync("“数值”的值“-5”不是有效的非负数");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "circularpark-mfa-edit.png"), FullPage = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "取消" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "流量表" }).Locator("tbody tr").First).ToContainTextAsync("1,250,000");
        Assert.Empty(errors);
    }
}
