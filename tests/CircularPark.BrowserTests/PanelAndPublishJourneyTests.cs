using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

public class PanelAndPublishJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Campaign = "gd-browser-publish";
    private static readonly string[] Suggestions = ["建议细化重点项目清单。"];

    [Fact]
    public async Task The_province_picks_the_panel_and_publishes_the_list_which_anyone_can_open()
    {
        var parkId = await RecommendedParkAsync();
        var (province, errors) = await app.NewPageAsync();
        await BrowserApp.SignInAsync(province, "guangdong@demo.cn");

        await province.GotoAsync($"/selection/{Campaign}/parks/{parkId}/panel");
        var expert = province.GetByRole(AriaRole.Row).Filter(new() { HasText = "expert@demo.cn" });
        await expert.GetByRole(AriaRole.Checkbox).CheckAsync();
        await expert.GetByRole(AriaRole.Radio).CheckAsync();
        await province.GetByRole(AriaRole.Button, new() { Name = "指派专家组" }).ClickAsync();
        await Assertions.Expect(province.Locator("#state")).ToHaveTextAsync("专家评审中");

        await ReviewAndApproveAsync(parkId);
        await province.GotoAsync($"/selection/{Campaign}/publish");
        await Assertions.Expect(province.GetByRole(AriaRole.Table, new() { Name = "已批准园区" })).ToContainTextAsync("英德市英红工业园");
        await province.GetByLabel("文号").FillAsync("粤工信节能函〔2099〕1 号");
        await province.GetByLabel("发文日期").FillAsync("2099-09-28");
        await province.GetByRole(AriaRole.Button, new() { Name = "公布名单" }).ClickAsync();
        await Assertions.Expect(province.GetByRole(AriaRole.Status)).ToContainTextAsync("粤工信节能函〔2099〕1 号");
        Assert.Empty(errors);

        var (anonymous, anonymousErrors) = await app.NewPageAsync();
        await anonymous.GotoAsync($"/selection/{Campaign}/published");
        await Assertions.Expect(anonymous.GetByRole(AriaRole.Table, new() { Name = "公布的园区名单" })).ToContainTextAsync("英德市英红工业园");
        await Assertions.Expect(anonymous.Locator("article.opinion")).ToContainTextAsync("基本符合编制指南要求");
        Assert.Empty(anonymousErrors);
    }

    /// <summary>Through the API: the province opens a call, 英德市英红工业园 applies and submits its plan, 清远 recommends it.</summary>
    private async Task<int> RecommendedParkAsync()
    {
        var province = await ClientAsync("guangdong@demo.cn");
        var park = await ClientAsync("park@demo.cn");
        var created = await province.PostAsJsonAsync("/api/selection/campaigns", new
        {
            code = Campaign, titleZh = "关于组织开展园区循环化改造工作的通知（浏览器测试）", titleEn = "Call (browser test)", documentNumber = "粤工信节能函〔2099〕1 号",
            issuingBodies = "广东省工业和信息化厅", issuedOn = "2020-03-20", scopeRegion = "440000", taskTemplate = "NationalFive",
            listTitleZh = "循环化改造试点园区名单（浏览器测试）", reviewOrganiser = "省工业和信息化厅", applicationOpensOn = "2020-01-01", applicationClosesOn = "2099-12-31",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var parkId = (await park.GetFromJsonAsync<JsonElement>("/api/parks?q=英红")).GetProperty("items")[0].GetProperty("id").GetInt32();
        Assert.True((await park.PostAsJsonAsync($"{Steps(parkId)}/apply", new { reason = "自愿申报" })).IsSuccessStatusCode);
        var plan = (await (await park.PostAsJsonAsync($"/api/parks/{parkId}/plans", new { campaign = Campaign })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        await PlanDrafts.CompleteAsync(park, plan);
        Assert.True((await park.PostAsync($"/api/plans/{plan}/versions/1/submit", null)).IsSuccessStatusCode);
        Assert.True((await (await ClientAsync("qingyuan@demo.cn")).PostAsJsonAsync($"{Steps(parkId)}/recommend", new { reason = "初审通过" })).IsSuccessStatusCode);
        return parkId;
    }

    /// <summary>Through the API: the demo expert scores the campaign's checklist and compiles a public opinion; the province approves.</summary>
    private async Task ReviewAndApproveAsync(int parkId)
    {
        var expert = await ClientAsync("expert@demo.cn");
        var checklist = await expert.GetFromJsonAsync<JsonElement>($"/api/selection/campaigns/{Campaign}/checklist");
        var scores = checklist.EnumerateArray().Select(i => new { itemCode = i.GetProperty("code").GetString(), score = 2, comment = "" });
        Assert.True((await expert.PostAsJsonAsync($"{Steps(parkId)}/review", new { scores, comment = "符合要求" })).IsSuccessStatusCode);
        Assert.True((await expert.PostAsJsonAsync($"{Steps(parkId)}/opinion", new
        {
            overallEvaluation = "《实施方案》基本符合编制指南要求。", items = Suggestions, conclusion = "Pass", isPublic = true,
        })).IsSuccessStatusCode);
        Assert.True((await (await ClientAsync("guangdong@demo.cn")).PostAsJsonAsync($"{Steps(parkId)}/decision", new { decision = "Approve" })).IsSuccessStatusCode);
    }

    private static string Steps(int parkId) => $"/api/selection/campaigns/{Campaign}/parks/{parkId}";

    private Task<HttpClient> ClientAsync(string email) => app.ApiClientAsync(email);
}
