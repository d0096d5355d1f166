using System.Text.Json;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

public class ChainJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_province_official_opens_a_demo_parks_chain_graph_downloads_it_and_reads_its_gap_report()
    {
        var (page, errors) = await app.NewPageAsync();
        await page.GotoAsync("/parks?q=梅州");
        await page.GetByRole(AriaRole.Link, new() { Name = "广东梅州经济开发区（东升工业园区）" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "登录" }).ClickAsync();
        await page.GetByLabel("邮箱").FillAsync("guangdong@demo.cn");
        await page.GetByLabel("密码").FillAsync("Demo#2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "产业链图" }).ClickAsync();

        await Assertions.Expect(page.Locator("body[data-chart-ready=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByText("示例数据：演示用，非来源文件数据")).ToBeVisibleAsync();
        var names = JsonSerializer.Deserialize<string[]>(await page.EvaluateAsync<string>(
            "JSON.stringify(echarts.getInstanceByDom(document.getElementById('chain-chart')).getOption().series[0].data.map(d => d.name))"))!;
        Assert.Contains("梅州示例中药厂（示例）", names);
        Assert.Contains("废电路板边角料", names);
        var links = page.GetByRole(AriaRole.Table, new() { Name = "物料流向" }).Locator("tbody tr");
        await Assertions.Expect(links.Filter(new() { HasText = "粉煤灰" })).ToContainTextAsync("梅州示例建材厂（示例）");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "下载图片（PNG）" }).ClickAsync());
        var png = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.EndsWith(".png", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.True(png.Length > 20_000, $"{png.Length} bytes");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "circularpark-chain.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "补链分析" }).First.ClickAsync();
        var gaps = page.GetByRole(AriaRole.Table, new() { Name = "园区内未利用的物料流" }).Locator("tbody tr");
        await Assertions.Expect(gaps.First).ToContainTextAsync("中药渣");
        await Assertions.Expect(gaps.First).ToContainTextAsync("园区内可接收：梅州示例热电厂（示例）");
        await Assertions.Expect(gaps.Filter(new() { HasText = "废电路板边角料" })).ToHaveCountAsync(2);
        await Assertions.Expect(gaps.Filter(new() { HasText = "废电路板边角料" }).First).ToContainTextAsync("需补链项目");
        await page.GetByLabel("排序").SelectOptionAsync(new SelectOptionValue { Label = "危险废物优先" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Assertions.Expect(gaps.First).ToContainTextAsync("含铜蚀刻废液");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "circularpark-gaps.png"), FullPage = true });
        Assert.Empty(errors);
    }
}
