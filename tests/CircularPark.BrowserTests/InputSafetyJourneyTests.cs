using CircularPark.Data;
using CircularPark.MaterialFlows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

/// <summary>
/// Issue 12 findings 2 and 13 in Chromium: a name written as HTML shows literally in the chain graph's and the Sankey
/// diagram's tooltips and runs nothing; a page of a sibling origin cannot post an import with the user's cookie, while the
/// site's own page still can.
/// </summary>
public class InputSafetyJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string[] OwnImport = ["/api/imports/parks?dryRun=true", "same-origin"];

    private const string Hostile = "<img src=x onerror=\"window.__xss=(window.__xss||0)+1\">";

    [Fact]
    public async Task An_enterprise_named_as_html_shows_literally_in_the_chain_graph_tooltip_and_runs_nothing()
    {
        var (parkId, name) = await RenameAsync(async db =>
        {
            var enterprise = await db.Enterprises.FirstAsync(e => e.Name == "梅州示例中药厂（示例）");
            enterprise.Name = Hostile + "中药厂";
            return (enterprise.ParkId, enterprise.Name);
        });
        var (page, errors) = await SignedInPageAsync("guangdong@demo.cn");
        var dialogs = Watch(page);

        await page.GotoAsync($"/parks/{parkId}/chain");
        await Assertions.Expect(page.Locator("body[data-chart-ready=true]")).ToHaveCountAsync(1);
        var tooltip = await ShowTipAsync(page, "chain-chart", name);

        Assert.Contains(Hostile, tooltip, StringComparison.Ordinal);
        await AssertNothingRanAsync(page, "chain-chart", dialogs, errors);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "circularpark-xss-chain.png") });
    }

    [Fact]
    public async Task A_process_named_as_html_shows_literally_in_the_sankey_tooltip_and_runs_nothing()
    {
        var (modelId, name) = await RenameAsync(async db =>
        {
            var process = await db.Set<MfaProcess>().FirstAsync(p => p.Name == "园区污水处理厂");
            process.Name = Hostile + "污水厂";
            return (process.ModelId, process.Name);
        });
        var (page, errors) = await SignedInPageAsync("park@demo.cn");
        var dialogs = Watch(page);

        await page.GotoAsync($"/material-flows/{modelId}");
        await Assertions.Expect(page.Locator("body[data-chart-ready=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#sankey-model svg text", new() { HasText = "<img src=x" })).ToHaveCountAsync(1);
        var tooltip = await ShowTipAsync(page, "sankey-model", name);

        Assert.Contains(Hostile, tooltip, StringComparison.Ordinal);
        await AssertNothingRanAsync(page, "sankey-model", dialogs, errors);
    }

    [Fact]
    public async Task A_sibling_origin_cannot_post_an_import_with_the_cookie_while_the_sites_own_page_can()
    {
        var (page, errors) = await SignedInPageAsync("admin@demo.cn");
        const string script = """
            async ([url, mode]) => {
              const form = new FormData();
              form.append('file', new Blob(['园区名称,级别,类别,属地,区县,计划年度,企业数\r\n跨站伪造园区,省级,,济南市,,2020,\r\n'], { type: 'text/csv' }), 'parks.csv');
              const response = await fetch(url, { method: 'POST', body: form, credentials: 'include', mode });
              return response.type === 'opaque' ? -1 : response.status;
            }
            """;

        await page.GotoAsync("/import");
        var own = await page.EvaluateAsync<int>(script, OwnImport);
        var sibling = new Uri(new Uri(app.BaseUrl), "/").GetLeftPart(UriPartial.Scheme) + "127.0.0.1:9/attack";
        await page.RouteAsync(sibling, route => route.FulfillAsync(new() { ContentType = "text/html", Body = "<html><body>攻击页面</body></html>" }));
        await page.GotoAsync(sibling);
        var answer = page.WaitForResponseAsync(r => r.Url.Contains("/api/imports/parks", StringComparison.Ordinal));
        await page.EvaluateAsync<int>(script, new[] { app.BaseUrl.TrimEnd('/') + "/api/imports/parks?dryRun=false", "no-cors" });

        Assert.Equal(200, own);
        Assert.Equal(403, (await answer).Status);
        Assert.False(await WithDbAsync(db => db.Parks.AnyAsync(p => p.Name == "跨站伪造园区")));
        Assert.Empty(errors);
    }

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Stores a hostile name as data from before any input rule would be, bypassing the forms.</summary>
    private Task<(int Id, string Name)> RenameAsync(Func<AppDbContext, Task<(int, string)>> rename) => WithDbAsync(async db =>
    {
        var result = await rename(db);
        await db.SaveChangesAsync();
        return result;
    });

    private static List<string> Watch(IPage page)
    {
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        return dialogs;
    }

    /// <summary>Shows the tooltip of the node labelled <paramref name="label"/> and returns its text.</summary>
    private static async Task<string> ShowTipAsync(IPage page, string chart, string label)
    {
        await page.EvaluateAsync("""
            ([id, label]) => {
              const element = document.getElementById(id);
              const chart = echarts.getInstanceByDom(element);
              // Sankey nodes are named by code and labelled from their JSON data; graph nodes carry the label as their name.
              const data = element.dataset.sankey ? JSON.parse(document.getElementById(element.dataset.sankey).textContent) : null;
              const name = data ? data.nodes.find(n => n.label === label).id : label;
              const index = chart.getOption().series[0].data.findIndex(d => d.name === name);
              chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: index });
            }
            """, new object?[] { chart, label });
        var tip = page.Locator($"#{chart} div", new() { HasText = "<img src=x" }).Last;
        await Assertions.Expect(tip).ToBeVisibleAsync();
        return await tip.InnerTextAsync();
    }

    private static async Task AssertNothingRanAsync(IPage page, string chart, List<string> dialogs, List<string> errors)
    {
        Assert.Equal(0, await page.Locator($"#{chart} img").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), "the onerror handler ran");
        Assert.Empty(dialogs);
        Assert.Empty(errors);
    }

    private async Task<(IPage Page, List<string> Errors)> SignedInPageAsync(string email)
    {
        var (page, errors) = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("邮箱").FillAsync(email);
        await page.GetByLabel("密码").FillAsync("Demo#2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return (page, errors);
    }
}
