using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

/// <summary>Issue 16's journey: a park applies for its 补链 project's funding, the city reviews, the province awards and pays the first tranche, the library shows it.</summary>
public class FundsJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Campaign = "gd-browser-funds";
    private const string Programme = "gd-browser-fund";
    private static readonly string[] OpinionItems = ["建议细化重点项目资金安排。"];
    private static readonly string[] SubTypes = ["chain-link", "by-product"];

    [Fact]
    public async Task A_park_applies_the_city_reviews_the_province_awards_and_pays_the_first_tranche_and_the_library_shows_it()
    {
        await PrepareAsync();
        var (park, parkErrors) = await app.NewPageAsync();
        await BrowserApp.SignInAsync(park, "park@demo.cn");
        await park.GotoAsync("/funds");
        await park.GetByRole(AriaRole.Link, new() { Name = "2026年广东省园区循环化改造专项资金" }).ClickAsync();
        await park.GetByRole(AriaRole.Link, new() { Name = "申请资金" }).ClickAsync();
        await park.Locator("select[name='Project']").SelectOptionAsync(new SelectOptionValue { Label = "P01 废旧电路板资源化补链项目（关键补链项目，3,000.00 万元）" });
        await park.GetByLabel("项目子类").SelectOptionAsync(new SelectOptionValue { Label = "产业链链接或延伸（关键补链项目）" });
        await park.GetByLabel("符合条件的投资（万元）").FillAsync("3000");
        await park.GetByLabel("申请补助（万元）").FillAsync("900");
        await park.GetByLabel("意见/说明").FillAsync("补齐电子信息产业废弃物利用环节。");
        await park.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Assertions.Expect(park.Locator("#fund-status")).ToHaveTextAsync("已申请");
        var application = park.Url;
        Assert.Empty(parkErrors);

        var (city, cityErrors) = await app.NewPageAsync();
        await BrowserApp.SignInAsync(city, "qingyuan@demo.cn");
        await city.GotoAsync(application);
        var review = city.GetByRole(AriaRole.Form, new() { Name = "审核推荐" });
        await review.GetByLabel("意见/说明").FillAsync("项目属于关键补链项目，同意推荐。");
        await review.GetByRole(AriaRole.Button, new() { Name = "审核通过并推荐" }).ClickAsync();
        await Assertions.Expect(city.Locator("#fund-status")).ToHaveTextAsync("已审核推荐");
        await Assertions.Expect(city.GetByRole(AriaRole.Form, new() { Name = "下达资金" })).ToHaveCountAsync(0);
        Assert.Empty(cityErrors);

        var (province, provinceErrors) = await app.NewPageAsync();
        await BrowserApp.SignInAsync(province, "guangdong@demo.cn");
        await province.GotoAsync(application);
        await Assertions.Expect(province.Locator("#award-limit")).ToContainTextAsync("按规则最高可安排 900.00 万元");
        var award = province.GetByRole(AriaRole.Form, new() { Name = "下达资金" });
        await Assertions.Expect(award.GetByLabel("金额（万元）")).ToHaveValueAsync("900.00");
        await award.GetByLabel("文号/凭证号").FillAsync("粤工信节能〔2026〕31 号");
        await award.GetByRole(AriaRole.Button, new() { Name = "下达资金" }).ClickAsync();
        await Assertions.Expect(province.Locator("#fund-status")).ToHaveTextAsync("已下达");
        var pay = province.GetByRole(AriaRole.Form, new() { Name = "拨付" });
        await Assertions.Expect(pay.GetByLabel("批次")).ToContainTextAsync("第1批（可拨 540.00 万元）");
        await pay.GetByLabel("文号/凭证号").FillAsync("粤财拨〔2026〕0456 号");
        await pay.GetByRole(AriaRole.Button, new() { Name = "拨付" }).ClickAsync();
        await Assertions.Expect(province.Locator("#paid")).ToHaveTextAsync("540.00");

        await province.GotoAsync("/funds/library");
        var row = province.GetByRole(AriaRole.Table, new() { Name = "重点项目库" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "废旧电路板资源化补链项目" });
        await Assertions.Expect(row).ToContainTextAsync("英德市英红工业园");
        await Assertions.Expect(row).ToContainTextAsync("900.00");
        await Assertions.Expect(row).ToContainTextAsync("540.00");
        await Assertions.Expect(province.Locator("#lib-paid")).ToHaveTextAsync("540.00");
        Assert.Empty(provinceErrors);
    }

    /// <summary>
    /// Through the API: a Guangdong call that 英德市英红工业园 enters with a plan holding one 补链 project of 3,000 万元, the
    /// city's recommendation, the expert's review and the province's approval; then the province's programme (30 %,
    /// at most 1,000 万元 a project, 60 % on award and 40 % after acceptance).
    /// </summary>
    private async Task PrepareAsync()
    {
        var province = await ClientAsync("guangdong@demo.cn");
        var park = await ClientAsync("park@demo.cn");
        var expert = await ClientAsync("expert@demo.cn");
        Ok(await province.PostAsJsonAsync("/api/selection/campaigns", new
        {
            code = Campaign, titleZh = "关于组织开展园区循环化改造工作的通知（资金浏览器测试）", titleEn = "Call (funds browser test)",
            documentNumber = "粤工信节能函〔2020〕172 号", issuingBodies = "广东省工业和信息化厅", issuedOn = "2020-03-20", scopeRegion = "440000",
            taskTemplate = "NationalFive", reviewOrganiser = "省工业和信息化厅", applicationOpensOn = "2020-01-01", applicationClosesOn = "2099-12-31",
            recommendationDueOn = "2099-06-30", reviewDueOn = "2099-09-01",
        }));
        var parkId = (await park.GetFromJsonAsync<JsonElement>("/api/parks?q=英红")).GetProperty("items")[0].GetProperty("id").GetInt32();
        var steps = $"/api/selection/campaigns/{Campaign}/parks/{parkId}";
        Ok(await park.PostAsJsonAsync($"{steps}/apply", new { reason = "自愿申报" }));
        var plan = (await (await park.PostAsJsonAsync($"/api/parks/{parkId}/plans", new { campaign = Campaign })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        Ok(await park.PutAsJsonAsync($"/api/plans/{plan}/versions/1", new { content = PlanContent(), version = 0 }));
        await PlanDrafts.CompleteAsync(park, plan);
        Ok(await park.PostAsync($"/api/plans/{plan}/versions/1/submit", null));
        Ok(await (await ClientAsync("qingyuan@demo.cn")).PostAsJsonAsync($"{steps}/recommend", new { reason = "初审通过" }));
        Ok(await province.PostAsJsonAsync($"{steps}/panel", new { experts = new[] { new { expert = "expert@demo.cn", chair = true } } }));
        var checklist = await province.GetFromJsonAsync<JsonElement>("/api/selection/checklist");
        Ok(await expert.PostAsJsonAsync($"{steps}/review", new { scores = checklist.EnumerateArray().Select(c => new { itemCode = c.GetProperty("code").GetString(), score = 2, comment = "" }), comment = "同意通过" }));
        Ok(await expert.PostAsJsonAsync($"{steps}/opinion", new { overallEvaluation = "《实施方案》符合编制指南要求。", items = OpinionItems, conclusion = "Pass", isPublic = true }));
        Ok(await province.PostAsJsonAsync($"{steps}/decision", new { decision = "Approve", reason = "同意" }));
        Ok(await province.PostAsJsonAsync("/api/funds/programmes", new
        {
            code = Programme, nameZh = "2026年广东省园区循环化改造专项资金", nameEn = "Guangdong 2026 circular transformation fund", ownerRegion = "440000",
            source = "ProvincialSpecial", year = 2026, budget = 5_000m, documentNumber = "粤财工〔2026〕8 号", applicationOpensOn = "2026-01-01", applicationClosesOn = "2099-12-31",
            eligibleShare = 0.3m, capPerProject = 1_000m, demonstrationBonus = 0m, greenBonus = 0m, recoveryShare = 0.5m, recoveryDays = 30,
            tranches = new[] { new { share = 0.6m, trigger = "OnAward" }, new { share = 0.4m, trigger = "OnAcceptance" } }, subTypes = SubTypes,
        }));
    }

    private static object PlanContent() => new
    {
        baselineYear = 2024, periodStartYear = 2025, periodEndYear = 2027, basicSituation = "园区位于英德市。", materialFlowAnalysis = "", benefitEconomic = "",
        benefitEnvironmental = "", benefitSocial = "", safeguards = "", tasks = Array.Empty<object>(), targets = Array.Empty<object>(), pollutants = Array.Empty<object>(),
        projects = new[]
        {
            new
            {
                key = "P01", name = "废旧电路板资源化补链项目", @class = "ChainFilling", ownerEnterprise = "英德某电子废物处理公司", contentAndScale = "年处理废旧电路板2万吨",
                totalInvestment = 3_000.0, subsidyRequested = 900.0, selfFunded = 2_100.0, otherFunding = 0.0, startYear = 2025, endYear = 2026,
                yearlyInvestment = new[] { new { year = 2025, value = 1_500.0 }, new { year = 2026, value = 1_500.0 } },
            },
        },
    };

    private Task<HttpClient> ClientAsync(string email) => app.ApiClientAsync(email);

    private static void Ok(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
}
