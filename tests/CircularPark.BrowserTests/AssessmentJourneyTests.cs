using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

public class AssessmentJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Yinghong = "英德市英红工业园";
    private const string Lianzhou = "广东连州市产业转移工业园区（清远民族工业园）";

    /// <summary>
    /// 清远市 has set its 2022 scheme and its two parks' figures are in (through the API). At 1366 px its official computes the
    /// scores on the ranking page, drills into 英红's explained score and exports the notice: the Word file shows the total
    /// the page showed. Hand computation: growth 10 % of 0 → 20 % is 30 of 60 points; 连州 grows 20 % → 60; per 亩 value
    /// added by rank, 40 points, 10 lost per rank: 英红 (2,200,000 万元 on 3 km² = 488.89 万元/亩) first → 40, 连州
    /// (600,000 on 2 km² = 200) → 30. 英红 70.00, 连州 90.00.
    /// </summary>
    [Fact]
    public async Task A_city_official_opens_the_ranking_drills_into_a_parks_explained_score_and_exports_it()
    {
        var schemeId = await PrepareAsync();
        var (page, errors) = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);
        await BrowserApp.SignInAsync(page, "qingyuan@demo.cn");

        await page.GotoAsync("/assessment");
        await page.GetByRole(AriaRole.Link, new() { Name = "园区工作绩效考核（浏览器测试）" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "计算得分" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已计算得分");
        var ranking = page.GetByRole(AriaRole.Table, new() { Name = "考核排名" });
        await Assertions.Expect(ranking.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync(Lianzhou);
        await Assertions.Expect(ranking.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("90.00");
        await Assertions.Expect(ranking.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("70.00");
        await Assertions.Expect(page.Locator("body[data-chart-ready=true]")).ToHaveCountAsync(1);

        await ranking.GetByRole(AriaRole.Link, new() { Name = Yinghong }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-total]")).ToHaveTextAsync("70.00");
        var explained = page.GetByRole(AriaRole.Table, new() { Name = "得分明细" });
        await Assertions.Expect(explained.Locator("[data-line=growth]")).ToContainTextAsync("60 × (10 − 0) ÷ (20 − 0) = 30.00 分");
        await Assertions.Expect(explained.Locator("[data-line=permu]")).ToContainTextAsync("2 个园区中第 1 名");

        await page.GetByRole(AriaRole.Link, new() { Name = "← 清远市 2022 年度" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "导出通报（Word）" }).ClickAsync());
        using var word = WordprocessingDocument.Open(await download.PathAsync(), false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("清远市2022年度园区工作绩效考核（浏览器测试）结果", text, StringComparison.Ordinal);
        Assert.Contains("70.00", text, StringComparison.Ordinal);
        Assert.Contains("90.00", text, StringComparison.Ordinal);
        Assert.Empty(errors);
        Assert.True(schemeId > 0);
    }

    private async Task<int> PrepareAsync()
    {
        var province = await app.ApiClientAsync("guangdong@demo.cn");
        var city = await app.ApiClientAsync("qingyuan@demo.cn");
        foreach (var (name, before, now, land) in new[] { (Yinghong, 2_000_000.0, 2_200_000.0, 3.0), (Lianzhou, 500_000.0, 600_000.0, 2.0) })
        {
            var id = (await province.GetFromJsonAsync<JsonElement>($"/api/parks?q={Uri.EscapeDataString(name)}")).GetProperty("items")[0].GetProperty("id").GetInt32();
            foreach (var (year, value) in new[] { (2021, before), (2022, now) })
                Ok(await province.PutAsJsonAsync($"/api/parks/{id}/statistics/{year}", new
                {
                    entries = new object[] { new { code = "VA", value, unit = "万元", priceBaseYear = 2020 }, new { code = "LAND", value = land } },
                }));
        }
        var created = await city.PostAsJsonAsync("/api/assessment/regions/441800/schemes", new
        {
            year = 2022, nameZh = "园区工作绩效考核（浏览器测试）", missing = "ScoreZero", ties = "SharedRank",
            items = new object[]
            {
                new { code = "growth", nameZh = "工业增加值增速", category = "Economic", metric = "growth:VA", weight = 60, method = "Linear", floor = 0, target = 20 },
                new { code = "permu", nameZh = "亩均工业增加值", category = "Economic", metric = "permu:VA", weight = 40, method = "RankPoints", step = 10 },
            },
            adjustments = Array.Empty<object>(),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static void Ok(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
}
