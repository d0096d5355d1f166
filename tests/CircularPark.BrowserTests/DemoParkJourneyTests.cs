using System.Text.Json;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

/// <summary>
/// Issue 14, "a demo that shows the product": park@demo.cn signs in to the demo (Demo:Enabled with the demo park's history,
/// ADR 0082) and opens its indicators, dashboard, chain graph and plan at 1366×768 and 1024×768; each page shows real data,
/// is saved as a screenshot, and its navigation neither widens the page nor wraps a menu item onto several lines.
/// </summary>
public class DemoParkJourneyTests(DemoParkApp demo) : IClassFixture<DemoParkApp>
{
    private BrowserApp App => demo.App;

    [Theory]
    [InlineData(1366)]
    [InlineData(1024)]
    public async Task The_demo_park_opens_its_indicators_dashboard_chain_graph_and_plan_with_data(int width)
    {
        var (page, errors) = await App.SignedInPageAsync("park@demo.cn");
        await page.SetViewportSizeAsync(width, 768);
        await page.GetByRole(AriaRole.Link, new() { Name = "我的园区" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-example-data]")).ToContainTextAsync("示例数据");
        var park = page.Url.TrimEnd('/').Split('/')[^1];

        await page.GotoAsync($"/parks/{park}/indicators");
        var indicators = page.GetByRole(AriaRole.Table, new() { Name = "指标值" });
        await Assertions.Expect(indicators.Locator("thead th.n").First).ToHaveTextAsync("2020");
        await Assertions.Expect(indicators.GetByRole(AriaRole.Row).Filter(new() { HasText = "单位生产总值能耗" }).Locator("td.n").First).ToHaveTextAsync("0.5875");
        await Assertions.Expect(page.Locator("body[data-chart-ready=true]")).ToHaveCountAsync(1);
        Assert.True(await page.Locator("#trend-charts svg path").CountAsync() > 20);
        await CheckAsync(page, $"indicators-{width}");

        await page.GotoAsync($"/parks/{park}/dashboard");
        var projects = page.GetByRole(AriaRole.Table, new() { Name = "重点项目进度" }).Locator("tbody tr");
        await Assertions.Expect(projects).ToHaveCountAsync(5);
        await Assertions.Expect(projects.Filter(new() { HasText = "热电联产集中供汽及管网工程" })).ToContainTextAsync("100%");
        await Assertions.Expect(page.Locator("body[data-projects-ready=true]")).ToHaveCountAsync(1);
        Assert.Equal(5, await page.Locator("#project-charts svg").CountAsync());
        await CheckAsync(page, $"dashboard-{width}");

        await page.GotoAsync($"/parks/{park}/chain");
        await Assertions.Expect(page.Locator("body[data-chart-ready=true]")).ToHaveCountAsync(1);
        var nodes = JsonSerializer.Deserialize<string[]>(await page.EvaluateAsync<string>(
            "JSON.stringify(echarts.getInstanceByDom(document.getElementById('chain-chart')).getOption().series[0].data.map(d => d.name))"))!;
        Assert.Contains("英红示例陶瓷有限公司（示例）", nodes);
        var links = page.GetByRole(AriaRole.Table, new() { Name = "物料流向" }).Locator("tbody tr");
        await Assertions.Expect(links.Filter(new() { HasText = "废瓷渣" })).ToContainTextAsync("英红示例新型墙材有限公司（示例）");
        Assert.True(await links.CountAsync() >= 10);
        await CheckAsync(page, $"chain-{width}");

        await page.GotoAsync($"/parks/{park}/plans");
        await page.GetByRole(AriaRole.Link, new() { Name = "英德市英红工业园循环化改造实施方案" }).ClickAsync();
        var keyProjects = page.GetByRole(AriaRole.Table, new() { Name = "重点项目" }).Locator("tbody tr");
        await Assertions.Expect(keyProjects).ToHaveCountAsync(5);
        await Assertions.Expect(keyProjects.First).ToContainTextAsync("废瓷渣再生骨料及新型墙材生产线");
        var targets = page.GetByRole(AriaRole.Table, new() { Name = "主要指标与预期成效" });
        await Assertions.Expect(targets.GetByRole(AriaRole.Row).Filter(new() { HasText = "工业固体废物综合利用率" })).ToContainTextAsync("90");
        await CheckAsync(page, $"plan-{width}");
        Assert.Empty(errors);
    }

    /// <summary>
    /// Saves the page under the test output directory and measures the navigation: the page is no wider than the window and
    /// every menu link is one line of text (its text's line boxes share one top).
    /// </summary>
    [Fact]
    public async Task The_city_finds_its_park_s_report_to_review_in_its_inbox_and_the_header_counts_what_the_inbox_lists()
    {
        var (page, errors) = await App.SignedInPageAsync("qingyuan@demo.cn");
        await page.GotoAsync("/inbox");
        var reviews = page.GetByRole(AriaRole.Table, new() { Name = "待我审核" });

        // The demo park's 2025 report waits for 清远's review (ADR 0082).
        await Assertions.Expect(reviews.GetByRole(AriaRole.Row).Filter(new() { HasText = "英德市英红工业园" })).Not.ToHaveCountAsync(0);
        var listed = await page.Locator("table[aria-label='待办事项'] tbody tr").CountAsync() + await reviews.Locator("tbody tr").CountAsync();
        await Assertions.Expect(page.GetByTestId("inbox-count")).ToHaveTextAsync(listed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Screens.CheckAsync(page, "inbox-qingyuan");
        Assert.Empty(errors);
    }

    private static async Task CheckAsync(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"demo-park-{name}.png"), FullPage = true });
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), $"{name}: the page scrolls sideways");
        var wrapped = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('header nav a')].filter(a => {
                const range = document.createRange(); range.selectNodeContents(a);
                const tops = [...range.getClientRects()].filter(r => r.width > 0).map(r => r.top);
                return tops.some(t => Math.abs(t - tops[0]) > 4);
            }).map(a => a.textContent.trim())
            """);
        Assert.True(wrapped.Length == 0, $"{name}: menu items wrap: {string.Join("、", wrapped)}");
    }
}
