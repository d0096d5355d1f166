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

    [Fact]
    public async Task The_demo_park_opens_its_indicators_dashboard_chain_graph_and_plan_with_data()
    {
        var (page, errors) = await App.SignedInPageAsync("park@demo.cn");
        await page.GetByRole(AriaRole.Link, new() { Name = "我的园区" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-example-data]")).ToContainTextAsync("示例数据");
        var park = page.Url.TrimEnd('/').Split('/')[^1];

        await page.GotoAsync($"/parks/{park}/indicators");
        var indicators = page.GetByRole(AriaRole.Table, new() { Name = "指标值" });
        await Assertions.Expect(indicators.Locator("thead th.n").First).ToHaveTextAsync("2020");
        await Assertions.Expect(indicators.GetByRole(AriaRole.Row).Filter(new() { HasText = "单位生产总值能耗" }).Locator("td.n").First).ToHaveTextAsync("0.5875");
        await Assertions.Expect(page.Locator("body[data-chart-ready=true]")).ToHaveCountAsync(1);
        Assert.True(await page.Locator("#trend-charts svg path").CountAsync() > 20);
        await Screens.CheckAsync(page, "demo-park-indicators");

        await page.GotoAsync($"/parks/{park}/dashboard");
        var projects = page.GetByRole(AriaRole.Table, new() { Name = "重点项目进度" }).Locator("tbody tr");
        await Assertions.Expect(projects).ToHaveCountAsync(5);
        await Assertions.Expect(projects.Filter(new() { HasText = "热电联产集中供汽及管网工程" })).ToContainTextAsync("100%");
        await Assertions.Expect(page.Locator("body[data-projects-ready=true]")).ToHaveCountAsync(1);
        Assert.Equal(5, await page.Locator("#project-charts svg").CountAsync());
        // Chart labels follow the tables' number rule: no 1141.25496 or 0.256198 (issue 14).
        var labels = await page.Locator("#trend-charts svg text").AllTextContentsAsync();
        Assert.DoesNotContain(labels, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"(^|[^\d.])([1-9][\d,]*\.\d{3,}|0\.0*[1-9]\d{4,})"));
        await Screens.CheckAsync(page, "demo-park-dashboard");

        await page.GotoAsync($"/parks/{park}/chain");
        await Assertions.Expect(page.Locator("body[data-chart-ready=true]")).ToHaveCountAsync(1);
        var nodes = JsonSerializer.Deserialize<string[]>(await page.EvaluateAsync<string>(
            "JSON.stringify(echarts.getInstanceByDom(document.getElementById('chain-chart')).getOption().series[0].data.map(d => d.name))"))!;
        Assert.Contains("英红示例陶瓷有限公司（示例）", nodes);
        var links = page.GetByRole(AriaRole.Table, new() { Name = "物料流向" }).Locator("tbody tr");
        await Assertions.Expect(links.Filter(new() { HasText = "废瓷渣" })).ToContainTextAsync("英红示例新型墙材有限公司（示例）");
        Assert.True(await links.CountAsync() >= 10);
        await Screens.CheckAsync(page, "demo-park-chain");

        await page.GotoAsync($"/parks/{park}/plans");
        await page.GetByRole(AriaRole.Link, new() { Name = "英德市英红工业园循环化改造实施方案" }).ClickAsync();
        var keyProjects = page.GetByRole(AriaRole.Table, new() { Name = "重点项目" }).Locator("tbody tr");
        await Assertions.Expect(keyProjects).ToHaveCountAsync(5);
        await Assertions.Expect(keyProjects.First).ToContainTextAsync("废瓷渣再生骨料及新型墙材生产线");
        var targets = page.GetByRole(AriaRole.Table, new() { Name = "主要指标与预期成效" });
        await Assertions.Expect(targets.GetByRole(AriaRole.Row).Filter(new() { HasText = "工业固体废物综合利用率" })).ToContainTextAsync("90");
        await Screens.CheckAsync(page, "demo-park-plan");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_city_finds_its_park_s_report_to_review_among_its_tasks_and_the_header_counts_what_the_inbox_lists()
    {
        var (page, errors) = await App.SignedInPageAsync("qingyuan@demo.cn");
        await page.GotoAsync("/inbox");
        var tasks = page.GetByRole(AriaRole.Table, new() { Name = "待办事项" });

        // The demo park's 2025 report waits for 清远's review (ADR 0082), in the one list of the city's tasks.
        await Assertions.Expect(tasks.Locator("tr[data-kind=ReviewReport]").Filter(new() { HasText = "英德市英红工业园" })).Not.ToHaveCountAsync(0);
        var listed = await tasks.Locator("tbody tr").CountAsync();
        await Assertions.Expect(page.GetByTestId("inbox-count")).ToHaveTextAsync(listed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Screens.CheckAsync(page, "inbox-qingyuan");
        Assert.Empty(errors);
    }
}
