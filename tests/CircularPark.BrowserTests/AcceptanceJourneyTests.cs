using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

public class AcceptanceJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Campaign = "gd-browser-acceptance";
    private static readonly string[] OpinionItems = ["建议细化重点项目进度安排。"];

    [Fact]
    public async Task A_park_applies_for_acceptance_the_province_walks_the_three_review_steps_and_files_and_the_result_is_public()
    {
        var parkId = await PrepareAsync();
        var (province, provinceErrors) = await app.NewPageAsync();
        await BrowserApp.SignInAsync(province, "guangdong@demo.cn");
        await province.GotoAsync($"/acceptance/{Campaign}/rules");
        await province.GetByLabel("验收截止日期").FillAsync("2099-12-31");
        await province.GetByLabel("最长延期月数").FillAsync("12");
        await province.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(province.GetByRole(AriaRole.Status)).ToContainTextAsync("已完成此步骤");

        var (park, parkErrors) = await app.NewPageAsync();
        await BrowserApp.SignInAsync(park, "park@demo.cn");
        await park.GotoAsync("/inbox");
        await park.GetByRole(AriaRole.Link, new() { Name = "待申请验收（或申请延期）" }).ClickAsync();
        await park.GetByLabel("重点项目完成情况").FillAsync("实施方案确定的重点项目全部建成投产。");
        await park.GetByLabel("资源环境指标完成情况").FillAsync("各项资源环境指标均达到预期目标的 90% 以上。");
        await park.GetByLabel("投资完成情况").FillAsync("累计完成投资 18.6 亿元。");
        await park.GetByLabel("经济、环境和社会效益").FillAsync("年节能 3.2 万吨标准煤。");
        await park.GetByLabel("存在问题").FillAsync("中水回用率仍需提高。");
        await park.GetByRole(AriaRole.Button, new() { Name = "提交验收申请" }).ClickAsync();
        await Assertions.Expect(park.GetByRole(AriaRole.Status)).ToContainTextAsync("已完成此步骤");
        await Assertions.Expect(park.Locator("#state")).ToHaveTextAsync("已申请验收");
        Assert.Empty(parkErrors);

        await province.GotoAsync("/inbox");
        await province.GetByRole(AriaRole.Link, new() { Name = "待验收评审" }).ClickAsync();
        foreach (var (step, opinion) in new[] { ("资料审查", "申请材料齐全。"), ("现场核查", "重点项目现场核查属实。"), ("专家评审", "专家组同意通过验收。") })
        {
            await Assertions.Expect(province.GetByRole(AriaRole.Heading, new() { Name = step })).ToBeVisibleAsync();
            await province.GetByLabel("审查意见").FillAsync(opinion);
            if (step == "专家评审") await province.GetByLabel("评分", new() { Exact = true }).FillAsync("92");
            await province.GetByRole(AriaRole.Button, new() { Name = $"完成{step}" }).ClickAsync();
            await Assertions.Expect(province.GetByRole(AriaRole.Status)).ToContainTextAsync("已完成此步骤");
        }
        await Assertions.Expect(province.Locator("#grade")).ToContainTextAsync("92 · 优秀");
        await province.GetByLabel("备案号").FillAsync("粤工信验备〔2026〕1 号");
        await province.GetByRole(AriaRole.Button, new() { Name = "报省备案" }).ClickAsync();
        await Assertions.Expect(province.Locator("#state")).ToHaveTextAsync("通过验收");
        Assert.Empty(provinceErrors);

        var (visitor, visitorErrors) = await app.NewPageAsync();
        await visitor.GotoAsync($"/acceptance/{Campaign}/results");
        var row = visitor.GetByRole(AriaRole.Table, new() { Name = "验收结果" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "英德市英红工业园" });
        await Assertions.Expect(row).ToContainTextAsync("通过验收");
        await Assertions.Expect(row).ToContainTextAsync("优秀");
        await Assertions.Expect(row).ToContainTextAsync("粤工信验备〔2026〕1 号");
        await visitor.GotoAsync($"/parks/{parkId}");
        await Assertions.Expect(visitor.Locator($"[data-acceptance='{Campaign}']")).ToContainTextAsync("通过验收 · 优秀");
        Assert.Empty(visitorErrors);
    }

    /// <summary>
    /// Through the API, the selection chain up to approval: the province opens a call,
    /// 英德市英红工业园 applies with its plan, 清远 recommends it, the demo expert reviews and compiles, the province approves.
    /// </summary>
    private async Task<int> PrepareAsync()
    {
        var province = await ClientAsync("guangdong@demo.cn");
        var park = await ClientAsync("park@demo.cn");
        var expert = await ClientAsync("expert@demo.cn");
        var created = await province.PostAsJsonAsync("/api/selection/campaigns", new
        {
            code = Campaign, titleZh = "关于组织开展园区循环化改造工作的通知（验收浏览器测试）", titleEn = "Call (acceptance browser test)",
            documentNumber = "粤工信节能函〔2020〕172 号", issuingBodies = "广东省工业和信息化厅", issuedOn = "2020-03-20", scopeRegion = "440000",
            taskTemplate = "NationalFive", reviewOrganiser = "省工业和信息化厅", applicationOpensOn = "2020-01-01", applicationClosesOn = "2099-12-31",
            recommendationDueOn = "2099-06-30", reviewDueOn = "2099-09-01",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var parkId = (await park.GetFromJsonAsync<JsonElement>("/api/parks?q=英红")).GetProperty("items")[0].GetProperty("id").GetInt32();
        var steps = $"/api/selection/campaigns/{Campaign}/parks/{parkId}";
        Ok(await park.PostAsJsonAsync($"{steps}/apply", new { reason = "自愿申报" }));
        var plan = (await (await park.PostAsJsonAsync($"/api/parks/{parkId}/plans", new { campaign = Campaign })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        await PlanDrafts.CompleteAsync(park, plan);
        Ok(await park.PostAsync($"/api/plans/{plan}/versions/1/submit", null));
        Ok(await (await ClientAsync("qingyuan@demo.cn")).PostAsJsonAsync($"{steps}/recommend", new { reason = "初审通过" }));
        Ok(await province.PostAsJsonAsync($"{steps}/panel", new { experts = new[] { new { expert = "expert@demo.cn", chair = true } } }));
        var checklist = await province.GetFromJsonAsync<JsonElement>("/api/selection/checklist");
        Ok(await expert.PostAsJsonAsync($"{steps}/review", new { scores = checklist.EnumerateArray().Select(c => new { itemCode = c.GetProperty("code").GetString(), score = 2, comment = "" }), comment = "同意通过" }));
        Ok(await expert.PostAsJsonAsync($"{steps}/opinion", new { overallEvaluation = "《实施方案》符合编制指南要求。", items = OpinionItems, conclusion = "Pass", isPublic = true }));
        Ok(await province.PostAsJsonAsync($"{steps}/decision", new { decision = "Approve", reason = "同意" }));
        return parkId;
    }

    private Task<HttpClient> ClientAsync(string email) => app.ApiClientAsync(email);

    private static void Ok(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
}
