using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Reviews;

/// <summary>Drives the selection chain through the API as the people who take each step: intent-revealing helpers for the tests.</summary>
internal sealed class SelectionDriver(TestApp app, string campaign)
{
    private static readonly string[] OneItem = ["物质流分析不够详细，建议进一步细化；"];

    public TestApp App => app;
    public string Campaign => campaign;

    /// <summary>Sets up a campaign like Guangdong's 2020 call (粤工信节能函〔2020〕172 号) under a code of its own.</summary>
    public static async Task<SelectionDriver> SetUpAsync(TestApp app, HttpClient province, string code, DateOnly? reviewDue = null, bool sameCityRule = false,
        string scopeRegion = "440000", string applicationClosesOn = "2099-12-31")
    {
        var response = await province.PostAsJsonAsync("/api/selection/campaigns", new
        {
            code, titleZh = "广东省工业和信息化厅关于组织开展 2020 年园区循环化改造工作的通知", titleEn = "Guangdong 2020 circular transformation call",
            documentNumber = "粤工信节能函〔2020〕172 号", issuingBodies = "广东省工业和信息化厅", issuedOn = "2020-03-20", scopeRegion,
            taskTemplate = "NationalFive", listTitleZh = "2020 年广东省循环化改造试点园区名单", reviewOrganiser = "省工业和信息化厅",
            applicationOpensOn = "2020-01-01", applicationClosesOn, recommendationDueOn = "2099-06-30",
            reviewDueOn = (reviewDue ?? new DateOnly(2099, 9, 1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            excludeSameCityExperts = sameCityRule,
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return new SelectionDriver(app, code);
    }

    public async Task<int> ParkIdAsync(string name) => await app.WithDbAsync(db => db.Parks.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    /// <summary>An expert of <paramref name="organisation"/> whose home region is <paramref name="region"/>.</summary>
    public async Task<(string Email, HttpClient Client)> ExpertAsync(string organisation, string region = "440000")
    {
        var email = await app.CreateUserAsync(Roles.Expert, regionCode: region);
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.Organisation, organisation)));
        return (email, await app.SignedInClientAsync(email));
    }

    public Task<HttpResponseMessage> ApplyAsync(HttpClient park, int parkId) => Post(park, parkId, "apply", new { reason = "自愿申报" });

    /// <summary>The park starts its plan in the campaign and submits version 1; returns the plan's id.</summary>
    public async Task<int> SubmitPlanAsync(HttpClient park, int parkId)
    {
        var created = await park.PostAsJsonAsync($"/api/parks/{parkId}/plans", new { campaign });
        created.EnsureSuccessStatusCode();
        var plan = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        await PlanDrafts.CompleteAsync(park, plan);
        (await park.PostAsync($"/api/plans/{plan}/versions/1/submit", null)).EnsureSuccessStatusCode();
        return plan;
    }

    public Task<HttpResponseMessage> RecommendAsync(HttpClient city, int parkId) => Post(city, parkId, "recommend", new { reason = "初审通过，予以推荐" });

    public Task<HttpResponseMessage> AssignAsync(HttpClient province, int parkId, params (string Email, bool Chair)[] panel) =>
        Post(province, parkId, "panel", new { experts = panel.Select(m => new { expert = m.Email, chair = m.Chair }) });

    public Task<HttpResponseMessage> ReviewAsync(HttpClient expert, int parkId, int score = 1) =>
        Post(expert, parkId, "review", new
        {
            scores = ReviewChecklist.Codes.Select(c => new { itemCode = c, score, comment = c == "chain-strength" ? "产业链相对薄弱" : "" }),
            comment = "建议修改后通过",
        });

    public Task<HttpResponseMessage> CompileAsync(HttpClient chair, int parkId, JsonElement opinion) =>
        Post(chair, parkId, "opinion", new
        {
            overallEvaluation = opinion.GetProperty("overallEvaluation").GetString(),
            items = opinion.GetProperty("items").EnumerateArray().Select(i => i.GetString()),
            conclusion = "PassAfterRevision", isPublic = true,
            itemsNumbered = opinion.GetProperty("itemsNumbered").GetBoolean(),
            planTitle = opinion.GetProperty("planTitle").GetString(),
        });

    public Task<HttpResponseMessage> CompileAsync(HttpClient chair, int parkId, string conclusion = "PassAfterRevision", bool isPublic = true) =>
        Post(chair, parkId, "opinion", new { overallEvaluation = "《实施方案》基本符合编制指南要求。", items = OneItem, conclusion, isPublic });

    public Task<HttpResponseMessage> DecideAsync(HttpClient province, int parkId, string decision = "Approve", string? reason = null) =>
        Post(province, parkId, "decision", new { decision, reason });

    public Task<JsonElement> StatusAsync(HttpClient client, int parkId) =>
        client.GetFromJsonAsync<JsonElement>($"/api/selection/campaigns/{campaign}/parks/{parkId}");

    /// <summary>Takes a park from application to an open review by <paramref name="panel"/>; returns the plan's id.</summary>
    public async Task<int> UnderReviewAsync(string parkName, HttpClient province, params (string Email, bool Chair)[] panel)
    {
        var parkId = await ParkIdAsync(parkName);
        var park = await app.ClientAsAsync(Roles.Park, parkName: parkName);
        (await ApplyAsync(park, parkId)).EnsureSuccessStatusCode();
        var plan = await SubmitPlanAsync(park, parkId);
        (await RecommendAsync(province, parkId)).EnsureSuccessStatusCode();
        (await AssignAsync(province, parkId, panel)).EnsureSuccessStatusCode();
        return plan;
    }

    private Task<HttpResponseMessage> Post(HttpClient client, int parkId, string step, object body) =>
        client.PostAsJsonAsync($"/api/selection/campaigns/{campaign}/parks/{parkId}/{step}", body);
}
