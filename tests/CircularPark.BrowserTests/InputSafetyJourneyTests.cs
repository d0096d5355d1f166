using System.Text;
using CircularPark.Data;
using CircularPark.MaterialFlows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
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
        var (page, errors) = await app.SignedInPageAsync("guangdong@demo.cn");
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
        var (page, errors) = await app.SignedInPageAsync("park@demo.cn");
        var dialogs = Watch(page);

        await page.GotoAsync($"/material-flows/{modelId}");
        await Assertions.Expect(page.Locator("body[data-chart-ready=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#sankey-model svg text", new() { HasText = "<img src=x" })).ToHaveCountAsync(1);
        var tooltip = await ShowTipAsync(page, "sankey-model", name);

        Assert.Contains(Hostile, tooltip, StringComparison.Ordinal);
        await AssertNothingRanAsync(page, "sankey-model", dialogs, errors);
    }

    [Fact]
    public async Task A_sibling_origin_cannot_post_an_import_with_the_cookie_while_the_sites_own_page_and_scripts_can()
    {
        var (page, errors) = await app.SignedInPageAsync("admin@demo.cn");
        await using var sibling = await SiblingSiteAsync(new Uri(app.BaseUrl).Host);

        await page.GotoAsync("/import");
        await page.GetByLabel("文件（.xlsx 或 .csv）").SetInputFilesAsync(new FilePayload { Name = "parks.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Csv("本站导入园区")) });
        await page.GetByRole(AriaRole.Button, new() { Name = "检查文件" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("新增 1");
        var own = await page.EvaluateAsync<int>(PostImport, new[] { "/api/imports/parks?dryRun=true", "same-origin", Csv("本站脚本园区") });
        await page.GotoAsync(sibling.Urls.Single() + "/attack");
        var answer = page.WaitForResponseAsync(r => r.Url.Contains("/api/imports/parks", StringComparison.Ordinal));
        await page.EvaluateAsync<int>(PostImport, new[] { app.BaseUrl.TrimEnd('/') + "/api/imports/parks?dryRun=false", "no-cors", Csv("跨站伪造园区") });

        Assert.Equal(200, own);
        Assert.Equal(403, (await answer).Status);
        Assert.False(await WithDbAsync(db => db.Parks.AnyAsync(p => p.Name == "跨站伪造园区")));
        Assert.Empty(errors);
    }

    /// <summary>Posts a park list as a page's script would (FormData, the user's cookie); the status, or -1 when opaque.</summary>
    private const string PostImport = """
        async ([url, mode, csv]) => {
          const form = new FormData();
          form.append('file', new Blob([csv], { type: 'text/csv' }), 'parks.csv');
          const response = await fetch(url, { method: 'POST', body: form, credentials: 'include', mode });
          return response.type === 'opaque' ? -1 : response.status;
        }
        """;

    private static string Csv(string park) => $"园区名称,级别,类别,属地,区县,计划年度,企业数\r\n{park},省级,,济南市,,2020,\r\n";

    /// <summary>
    /// Another site on the same host (another port): same-site to the browser, so SameSite=Lax lets the session cookie go
    /// with its posts. It serves a page an attacker would; the post itself is made from that page.
    /// </summary>
    private static async Task<WebApplication> SiblingSiteAsync(string host)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{host}:0");
        var site = builder.Build();
        site.MapGet("/attack", () => Results.Content("<html><body>攻击页面</body></html>", "text/html; charset=utf-8"));
        await site.StartAsync();
        return site;
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
}
