using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

/// <summary>
/// Regions administration and the region picker as officials use them, in Chinese at 1366 and 1024 px: the administrator
/// finds 莱芜市 with its end date and renames a district picked by name; an official filters the parks by a city picked by name.
/// </summary>
public class RegionsJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_administrator_finds_Laiwu_with_its_dates_and_renames_a_district_chosen_in_the_picker()
    {
        var (page, errors) = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("邮箱").FillAsync("admin@demo.cn");
        await page.GetByLabel("密码").FillAsync("Demo#2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await page.GetByText("更多", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "区划管理" }).ClickAsync();
        await page.GetByLabel("名称或代码").FillAsync("莱芜");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        var found = page.GetByRole(AriaRole.Table, new() { Name = "查找结果" });
        await Assertions.Expect(found.GetByRole(AriaRole.Row, new() { Name = "371200 山东省莱芜市" })).ToContainTextAsync("2019-01-09");
        await Assertions.Expect(found).ToContainTextAsync("山东省济南市莱芜区");

        var rename = page.GetByRole(AriaRole.Form, new() { Name = "更名" });
        await rename.GetByRole(AriaRole.Combobox, new() { Name = "区划" }).PressSequentiallyAsync("钢城");
        await Assertions.Expect(rename.GetByRole(AriaRole.Option).First).ToContainTextAsync("山东省济南市钢城区");
        await ShootAsync(page, "regions-picker");
        await rename.GetByRole(AriaRole.Option, new() { Name = "山东省济南市钢城区" }).ClickAsync();
        await rename.GetByLabel("新名称").FillAsync("钢城新区");
        await rename.GetByLabel("生效日期").FillAsync("2026-07-01");
        await rename.GetByRole(AriaRole.Button, new() { Name = "更名" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已更名区划 370117");
        await Assertions.Expect(found.Locator("tr", new() { HasText = "钢城新区" })).ToContainTextAsync("2026-07-01");
        await Assertions.Expect(found.Locator("tr", new() { HasText = "山东省济南市钢城区" })).ToContainTextAsync("2026-07-01");
        await ShootAsync(page, "regions");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_official_filters_the_parks_by_a_city_typed_as_people_write_it_and_chosen_in_the_picker()
    {
        var (page, errors) = await app.NewPageAsync();
        await page.GotoAsync("/parks");
        var picker = page.GetByRole(AriaRole.Combobox, new() { Name = "地区" });

        await picker.PressSequentiallyAsync("清远");
        await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToContainTextAsync("广东省清远市");
        await picker.PressAsync("ArrowDown");
        await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToHaveAttributeAsync("aria-selected", "true");
        await ShootAsync(page, "parks-picker");
        await picker.PressAsync("Enter");
        await Assertions.Expect(picker).ToHaveValueAsync("广东省清远市");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("region=441800"));
        await Assertions.Expect(picker).ToHaveValueAsync("广东省清远市");
        var rows = page.GetByRole(AriaRole.Table, new() { Name = "园区列表" }).Locator("tbody tr");
        await Assertions.Expect(rows.First).ToContainTextAsync("清远市");
        Assert.Equal(await rows.CountAsync(), await rows.Filter(new() { HasText = "清远市" }).CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_picker_never_lists_results_for_text_no_longer_typed_and_keeps_the_highlighted_region_when_late_results_still_hold_it()
    {
        // Under load a search for the first character can answer after the second is typed, and a refined search can
        // answer after the user has arrowed to a region. The debounce clock is paused and each search held until released.
        var (page, errors) = await app.NewPageAsync();
        var held = System.Threading.Channels.Channel.CreateUnbounded<IRoute>();
        await page.Clock.InstallAsync();
        await page.RouteAsync("**/api/regions?*", route => held.Writer.WriteAsync(route).AsTask());
        await page.GotoAsync("/parks");
        await page.Clock.PauseAtAsync(DateTime.Now.AddMinutes(5));
        await page.EvaluateAsync("""
            () => {
              const list = document.getElementById('region-options');
              window.renders = [];
              new MutationObserver(() => window.renders.push([...list.querySelectorAll('[role=option]')].map(li => li.textContent)))
                .observe(list, { childList: true });
            }
            """);
        var picker = page.GetByRole(AriaRole.Combobox, new() { Name = "地区" });

        await picker.PressSequentiallyAsync("清");
        await page.Clock.RunForAsync(200);
        var forQing = await held.Reader.ReadAsync();
        Assert.Contains("q=" + Uri.EscapeDataString("清") + "&", forQing.Request.Url, StringComparison.Ordinal);
        await picker.PressSequentiallyAsync("远");
        await ReleaseAsync(page, forQing);
        await page.Clock.RunForAsync(200);
        var forQingyuan = await held.Reader.ReadAsync();
        Assert.Contains("q=" + Uri.EscapeDataString("清远") + "&", forQingyuan.Request.Url, StringComparison.Ordinal);
        await ReleaseAsync(page, forQingyuan, rendered: true);
        await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToContainTextAsync("广东省清远市");
        var renders = await page.EvaluateAsync<string[][]>("() => window.renders");
        Assert.All(renders.SelectMany(options => options), option => Assert.Contains("清远", option, StringComparison.Ordinal));

        await picker.PressAsync("ArrowDown");
        var qingyuan = page.GetByRole(AriaRole.Option, new() { Name = "广东省清远市 441800" });
        await Assertions.Expect(qingyuan).ToHaveAttributeAsync("aria-selected", "true");
        await picker.PressSequentiallyAsync("市");
        await page.Clock.RunForAsync(200);
        await ReleaseAsync(page, await held.Reader.ReadAsync(), rendered: true);
        await Assertions.Expect(qingyuan).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(picker).ToHaveAttributeAsync("aria-activedescendant", await qingyuan.GetAttributeAsync("id") ?? "");
        await picker.PressAsync("Enter");
        await Assertions.Expect(picker).ToHaveValueAsync("广东省清远市");
        Assert.Empty(errors);
    }

    /// <summary>Lets a held search through and waits until its answer has arrived and, when one is due, until the list is drawn again.</summary>
    private static async Task ReleaseAsync(IPage page, IRoute route, bool rendered = false)
    {
        var drawn = rendered
            ? page.EvaluateAsync("() => new Promise(done => new MutationObserver((_, o) => { o.disconnect(); done(); }).observe(document.getElementById('region-options'), { childList: true }))")
            : Task.CompletedTask;
        var answered = page.WaitForResponseAsync(response => response.Url == route.Request.Url);
        await route.ContinueAsync();
        await (await answered).FinishedAsync();
        await drawn;
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
