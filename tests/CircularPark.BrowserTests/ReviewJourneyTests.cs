using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

public class ReviewJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Campaign = "gd-browser-review";

    [Fact]
    public async Task An_expert_reviews_a_plan_and_compiles_the_opinion_then_the_province_approves_it()
    {
        var parkId = await PrepareAsync();

        var (expert, errors) = await app.NewPageAsync();
        await BrowserApp.SignInAsync(expert, "expert@demo.cn");
        await expert.GotoAsync("/inbox");
        await expert.GetByRole(AriaRole.Link, new() { Name = "待评审实施方案" }).ClickAsync();
        await Assertions.Expect(expert.GetByRole(AriaRole.Heading, new() { Name = "专家评审" })).ToBeVisibleAsync();
        // The checklist starts unanswered: every item is scored by the expert, none is taken as 符合要求.
        var checklist = expert.GetByRole(AriaRole.Table, new() { Name = "评审要点" }).Locator("select");
        await Assertions.Expect(checklist.First).ToHaveValueAsync("");
        for (var i = 0; i < await checklist.CountAsync(); i++) await checklist.Nth(i).SelectOptionAsync(new SelectOptionValue { Label = "符合要求" });
        await expert.GetByLabel("产业链是否完整，延伸产业链的措施是否有力").SelectOptionAsync(new SelectOptionValue { Label = "需要完善" });
        await expert.GetByLabel("总体意见").FillAsync("建议修改后通过。");
        await expert.GetByRole(AriaRole.Button, new() { Name = "提交评审" }).ClickAsync();
        await Assertions.Expect(expert.GetByRole(AriaRole.Status)).ToContainTextAsync("已完成此步骤");

        await expert.GetByLabel("一、总体评价").FillAsync("《实施方案》符合编制指南要求，构建了清晰的循环经济产业链。");
        await expert.GetByLabel("二、问题或建议").FillAsync("建议落实好重点支撑项目的资源循环利用和污染物减排措施；\n园区基础设施建设应突出共建共享、集成优化的要求。");
        await expert.GetByLabel("评审结论").SelectOptionAsync(new SelectOptionValue { Label = "修改后通过" });
        await expert.GetByRole(AriaRole.Button, new() { Name = "提交评审意见" }).ClickAsync();
        await Assertions.Expect(expert.GetByRole(AriaRole.Status)).ToContainTextAsync("已完成此步骤");
        Assert.Empty(errors);

        var (province, provinceErrors) = await app.NewPageAsync();
        await BrowserApp.SignInAsync(province, "guangdong@demo.cn");
        await province.GotoAsync($"/selection/{Campaign}/parks/{parkId}");
        await Assertions.Expect(province.Locator("article.opinion")).ToContainTextAsync("建议落实好重点支撑项目");
        await province.GetByRole(AriaRole.Button, new() { Name = "批准", Exact = true }).ClickAsync();
        await Assertions.Expect(province.Locator("#state")).ToHaveTextAsync("已批准");
        Assert.Empty(provinceErrors);
    }

    /// <summary>Through the API: the province opens a call, 英德市英红工业园 applies and submits its plan, 清远 recommends it, the province names the demo expert chair.</summary>
    private async Task<int> PrepareAsync()
    {
        var province = await ClientAsync("guangdong@demo.cn");
        var park = await ClientAsync("park@demo.cn");
        var city = await ClientAsync("qingyuan@demo.cn");
        var created = await province.PostAsJsonAsync("/api/selection/campaigns", new
        {
            code = Campaign, titleZh = "关于组织开展园区循环化改造工作的通知（浏览器测试）", titleEn = "Call (browser test)", documentNumber = "粤工信节能函〔2020〕172 号",
            issuingBodies = "广东省工业和信息化厅", issuedOn = "2020-03-20", scopeRegion = "440000", taskTemplate = "NationalFive",
            reviewOrganiser = "省工业和信息化厅", applicationOpensOn = "2020-01-01", applicationClosesOn = "2099-12-31", recommendationDueOn = "2099-06-30", reviewDueOn = "2099-09-01",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var parkId = (await park.GetFromJsonAsync<JsonElement>("/api/parks?q=英红")).GetProperty("items")[0].GetProperty("id").GetInt32();
        var steps = $"/api/selection/campaigns/{Campaign}/parks/{parkId}";
        Assert.True((await park.PostAsJsonAsync($"{steps}/apply", new { reason = "自愿申报" })).IsSuccessStatusCode);
        var plan = (await (await park.PostAsJsonAsync($"/api/parks/{parkId}/plans", new { campaign = Campaign })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        await PlanDrafts.CompleteAsync(park, plan);
        Assert.True((await park.PostAsync($"/api/plans/{plan}/versions/1/submit", null)).IsSuccessStatusCode);
        Assert.True((await city.PostAsJsonAsync($"{steps}/recommend", new { reason = "初审通过" })).IsSuccessStatusCode);
        var panel = await province.PostAsJsonAsync($"{steps}/panel", new { experts = new[] { new { expert = "expert@demo.cn", chair = true } } });
        Assert.True(panel.IsSuccessStatusCode, await panel.Content.ReadAsStringAsync());
        return parkId;
    }

    private Task<HttpClient> ClientAsync(string email) => app.ApiClientAsync(email);
}
