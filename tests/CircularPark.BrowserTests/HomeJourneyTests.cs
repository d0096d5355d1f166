using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

/// <summary>
/// After signing in each role lands where its work is (issue 14): the park on its own park with a 我的园区 link, the city and
/// the province on the overview of their region; the header counts what waits in the inbox, and at 1024 px the menu does not
/// push the page wider than the screen.
/// </summary>
public partial class HomeJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("park@demo.cn", "/parks/\\d+$")]
    [InlineData("qingyuan@demo.cn", "/overview$")]
    [InlineData("guangdong@demo.cn", "/overview$")]
    public async Task Each_role_lands_on_its_own_home_after_signing_in(string email, string home)
    {
        var (page, errors) = await app.SignedInPageAsync(email);
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.SetViewportSizeAsync(1024, 768);
        // Charts follow the window on its resize event: the page must settle within the screen's width (a lasting overflow fails).
        await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= window.innerWidth", null, new() { Timeout = 5000 });

        Assert.Matches(new Regex(home), page.Url);
        if (email.StartsWith("park", StringComparison.Ordinal))
            Assert.EndsWith(await page.GetByRole(AriaRole.Link, new() { Name = "我的园区" }).GetAttributeAsync("href") ?? "", page.Url, StringComparison.Ordinal);
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_header_counts_the_tasks_the_inbox_lists_reports_to_review_among_them()
    {
        // Guangdong submits its 2022 park list to the nation, which waits for the ministry's review.
        var guangdong = await app.ApiClientAsync("guangdong@demo.cn");
        var slot = (await guangdong.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/regions/440000/nation-reports")).EnumerateArray()
            .First(s => s.GetProperty("period").GetInt32() == 2022);
        var saved = await guangdong.PutAsJsonAsync($"/api/regions/440000/nation-reports/{slot.GetProperty("requirementId").GetInt32()}/2022",
            new { progress = "广东省“十四五”园区循环化改造园区清单。" });
        var report = (await saved.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("reportId").GetInt32();
        (await guangdong.PostAsync($"/api/reports/{report}/submit", null)).EnsureSuccessStatusCode();

        var (page, errors) = await app.SignedInPageAsync("ministry@demo.cn");
        await page.GotoAsync("/inbox");
        var listed = await page.Locator("table[aria-label='待办事项'] tbody tr").CountAsync();
        await Assertions.Expect(page.Locator("table[aria-label='待办事项'] tr[data-kind=ReviewReport]").Filter(new() { HasText = "广东省" })).ToHaveCountAsync(1);
        var badge = page.GetByTestId("inbox-count");

        Assert.True(listed > 0);
        Assert.Equal(listed.ToString(System.Globalization.CultureInfo.InvariantCulture), await badge.InnerTextAsync());
        Assert.Empty(errors);
    }
}
