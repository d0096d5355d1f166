using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

/// <summary>
/// Issue 13 item 4 (ADR 0078): the opinions of Guangdong's 923号 notice are followed up item by item in the browser. 英德市英红工业园
/// answers the two items of its opinion citing its revised plan, 清远市 returns one and confirms the other, the park answers
/// again and the city confirms; the province sees the nine parks' items counted by state.
/// </summary>
public class FollowUpJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Campaign = "gd-2020-923";

    [Fact]
    public async Task The_park_answers_each_item_of_its_opinion_from_the_inbox_and_the_city_returns_one_then_confirms_both()
    {
        await RevisedPlanAsync();
        var (park, parkErrors) = await PageAsync("park@demo.cn");
        await park.GotoAsync("/inbox");
        await park.GetByRole(AriaRole.Link, new() { Name = "待落实专家意见（逐项答复整改情况）" }).ClickAsync();
        await Assertions.Expect(park.GetByRole(AriaRole.Heading, new() { Name = "专家意见整改落实" })).ToBeVisibleAsync();
        var first = park.GetByRole(AriaRole.Form, new() { Name = "答复 第 1 项" });
        await first.GetByLabel("整改落实情况（修改了什么）").FillAsync("   ");
        await first.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
        await Assertions.Expect(park.GetByRole(AriaRole.Alert)).ToContainTextAsync("“整改落实情况”不能为空");
        await Assertions.Expect(Item(park, 1).Locator(".badge")).ToHaveTextAsync("待整改");
        await AnswerAsync(park, 1, "已在第 1 版方案第五章补充重点支撑项目的资源循环利用和污染物减排措施。");
        await AnswerAsync(park, 2, "已将热电联产供热管网和污水处理厂列为共建共享基础设施。");
        await Assertions.Expect(Item(park, 2).Locator(".badge")).ToHaveTextAsync("已答复");
        Assert.Empty(parkErrors);

        var (city, cityErrors) = await PageAsync("qingyuan@demo.cn");
        await city.GotoAsync("/inbox");
        await city.GetByRole(AriaRole.Link, new() { Name = "待确认整改答复" }).ClickAsync();
        await Assertions.Expect(Item(city, 1)).ToContainTextAsync("答复（第 1 版）");
        await Assertions.Expect(city.GetByRole(AriaRole.Form, new() { Name = "答复 第 1 项" })).ToHaveCountAsync(0);
        await DecideAsync(city, 2, "退回", "请说明共建共享设施的建设时序。");
        await DecideAsync(city, 1, "确认", "");
        await Assertions.Expect(Item(city, 1).Locator(".badge")).ToHaveTextAsync("已确认");
        await Assertions.Expect(Item(city, 2).Locator(".badge")).ToHaveTextAsync("退回");

        await park.GotoAsync("/inbox");
        await park.GetByRole(AriaRole.Link, new() { Name = "待落实专家意见（逐项答复整改情况）" }).ClickAsync();
        await Assertions.Expect(Item(park, 2)).ToContainTextAsync("请说明共建共享设施的建设时序。");
        await AnswerAsync(park, 2, "供热管网 2021 年建成，污水处理厂扩建 2022 年完成，已写入方案。");

        await city.ReloadAsync();
        await DecideAsync(city, 2, "确认", "同意。");
        await Assertions.Expect(city.Locator("#follow-up .badge")).ToHaveTextAsync(["已确认", "已确认"]);
        // The first answer to item 2 is kept beside the second: answer, return, answer, confirm.
        await Assertions.Expect(Item(city, 2).Locator(".follow-up-history li")).ToHaveCountAsync(4);
        await city.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "circularpark-follow-up-1366.png"), FullPage = true });
        Assert.Empty(cityErrors);
    }

    [Fact]
    public async Task The_province_sees_the_items_of_all_nine_Guangdong_parks_and_reads_each_parks_answers()
    {
        var (province, errors) = await PageAsync("guangdong@demo.cn");
        await province.GotoAsync("/selection");
        await province.Locator($"a[href='/selection/{Campaign}/follow-up']").ClickAsync();
        var rows = province.GetByRole(AriaRole.Table, new() { Name = "专家意见整改落实情况" }).Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(9);
        await Assertions.Expect(rows.Locator("td:nth-child(2)")).ToHaveTextAsync(
        [
            "银星科技园（深圳）", "锦绣科学园（深圳）", "深圳市龙岗区大运 AI 小镇", "珠海（国家）高新技术产业开发区", "广东梅州经济开发区（东升工业园区）",
            "惠东产业转移工业园", "恩平产业转移工业园", "广东连州市产业转移工业园区（清远民族工业园）", "英德市英红工业园",
        ]);
        await Assertions.Expect(rows.Locator("td:nth-child(4)")).ToHaveTextAsync(["3", "3", "3", "2", "1", "3", "4", "2", "2"]);
        await Assertions.Expect(province.Locator("tfoot")).ToContainTextAsync("23");

        await province.GetByRole(AriaRole.Link, new() { Name = "广东梅州经济开发区（东升工业园区）" }).ClickAsync();
        await Assertions.Expect(province.GetByRole(AriaRole.Article, new() { Name = "第 1 项" })).ToContainTextAsync("针对电路板、中药两大主要发展产业存在的短板");
        await Assertions.Expect(province.Locator("#follow-up")).ToContainTextAsync("未分条");
        await Assertions.Expect(province.Locator("#follow-up form")).ToHaveCountAsync(0);
        Assert.Empty(errors);
    }

    /// <summary>A signed-in page at 1366×768, in Chinese.</summary>
    private async Task<(IPage Page, List<string> Errors)> PageAsync(string email)
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await BrowserApp.SignInAsync(page, email);
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return (page, errors);
    }

    /// <summary>Through the API: 英红 starts its plan in the campaign and submits version 1, the revision it cites.</summary>
    private async Task RevisedPlanAsync()
    {
        var park = await app.ApiClientAsync("park@demo.cn");
        var parkId = (await park.GetFromJsonAsync<JsonElement>("/api/parks?q=英红")).GetProperty("items")[0].GetProperty("id").GetInt32();
        var created = await park.PostAsJsonAsync($"/api/parks/{parkId}/plans", new { campaign = Campaign });
        created.EnsureSuccessStatusCode();
        var plan = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        await PlanDrafts.CompleteAsync(park, plan);
        (await park.PostAsync($"/api/plans/{plan}/versions/1/submit", null)).EnsureSuccessStatusCode();
    }

    private static ILocator Item(IPage page, int number) => page.GetByRole(AriaRole.Article, new() { Name = $"第 {number} 项" });

    private static async Task AnswerAsync(IPage page, int number, string answer)
    {
        var form = page.GetByRole(AriaRole.Form, new() { Name = $"答复 第 {number} 项" });
        await form.GetByLabel("整改落实情况（修改了什么）").FillAsync(answer);
        await form.GetByLabel("体现整改的方案版本").SelectOptionAsync(new SelectOptionValue { Label = "第 1 版" });
        await form.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已完成此步骤");
    }

    private static async Task DecideAsync(IPage page, int number, string button, string reason)
    {
        var form = page.GetByRole(AriaRole.Form, new() { Name = $"确认或退回 第 {number} 项" });
        await form.GetByLabel("退回原因（确认时可填写说明）").FillAsync(reason);
        await form.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已完成此步骤");
    }
}
