using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

public class ParkListJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_official_filters_the_parks_to_Shandong_2020_national_parks_and_opens_the_summary_with_its_chart()
    {
        var (page, errors) = await app.NewPageAsync();
        await page.GotoAsync("/parks");
        await Assertions.Expect(page.Locator("#park-count")).ToHaveTextAsync("共 115 个园区");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "地区" }).PressSequentiallyAsync("山东");
        await page.GetByRole(AriaRole.Option, new() { Name = "山东省" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "地区" })).ToHaveValueAsync("山东省");
        await page.GetByLabel("级别").SelectOptionAsync(new SelectOptionValue { Label = "国家级" });
        await page.GetByLabel("计划年度").FillAsync("2020");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();

        await Assertions.Expect(page.Locator("#park-count")).ToHaveTextAsync("共 17 个园区");
        var rows = page.GetByRole(AriaRole.Table, new() { Name = "园区列表" }).Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(17);
        await Assertions.Expect(rows.First).ToContainTextAsync("国家级");

        await page.GetByRole(AriaRole.Link, new() { Name = "批次" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "关于印发山东省园区循环化改造推进方案的通知" }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Table, new() { Name = "汇总表" });
        await Assertions.Expect(summary.Locator("tbody tr").First).ToContainTextAsync(new Regex("全省合计\\s*16\\s*4\\s*12\\s*17\\s*4\\s*13\\s*73\\s*17\\s*56\\s*106\\s*25\\s*81"));
        await Assertions.Expect(page.Locator("body[data-chart-ready=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#summary-chart svg text", new() { HasText = "莱芜市" })).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "circularpark-summary.png"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_interface_switches_to_English_and_back()
    {
        var (page, errors) = await app.NewPageAsync();
        await page.GotoAsync("/campaigns/gd-2020-923");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2020年广东省循环化改造试点园区名单" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Parks", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Expert review opinions", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "专家评审意见", Exact = true })).ToBeVisibleAsync();
        Assert.Empty(errors);
    }
}
