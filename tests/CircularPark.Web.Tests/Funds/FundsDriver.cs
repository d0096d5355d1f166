using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Web.Tests.Acceptance;
using CircularPark.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Funds;

/// <summary>
/// Drives funds through the API as the people who take each step: a Guangdong campaign of its own, parks whose plan has
/// one chain-filling key project P01 and was approved, a provincial programme, applications and their steps. The clock
/// stands at 2025-10-15 (China time) unless a test moves it.
/// </summary>
internal sealed class FundsDriver(TestApp app, AcceptanceDriver acceptance)
{
    public const string Yinghong = AcceptanceDriver.Yinghong;
    public const string Lianzhou = AcceptanceDriver.Lianzhou;
    public const string Enping = "恩平产业转移工业园";

    public AcceptanceDriver Acceptance => acceptance;
    public HttpClient Province => acceptance.Province;

    public static async Task<FundsDriver> SetUpAsync(TestApp app, string campaign, int year = 2025, int month = 10, int day = 15)
    {
        app.Clock.SetChinaTime(year, month, day);
        return new FundsDriver(app, await AcceptanceDriver.SetUpAsync(app, campaign));
    }

    /// <summary>A provincial programme of Guangdong: 30 % of eligible investment, at most 1,000 万元 a project, 60 % on award and 40 % after acceptance, 50 % recovered within 30 days on failure.</summary>
    public static object Rules(string code, decimal budget = 5_000m, decimal? capPerPark = null, string owner = "440000", string source = "ProvincialSpecial", int year = 2025) => new
    {
        code, nameZh = $"{year}年广东省园区循环化改造专项资金（{code}）", nameEn = $"Guangdong circular transformation fund ({code})", ownerRegion = owner,
        source, year, budget, documentNumber = $"粤财工〔{year}〕8 号", applicationOpensOn = $"{year}-01-01", applicationClosesOn = $"{year}-12-31",
        eligibleShare = 0.3m, capPerProject = 1_000m, capPerPark, demonstrationBonus = 0m, greenBonus = 0m, recoveryShare = 0.5m, recoveryDays = 30,
        tranches = new[] { new { share = 0.6m, trigger = "OnAward" }, new { share = 0.4m, trigger = "OnAcceptance" } },
        subTypes = new[] { "chain-link", "by-product", "pollution-control" },
    };

    public async Task<int> ProgrammeAsync(string code, decimal budget = 5_000m, decimal? capPerPark = null, int year = 2025)
    {
        var created = await Province.PostAsJsonAsync("/api/funds/programmes", Rules(code, budget, capPerPark, year: year));
        AcceptanceDriver.Ok(created);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    /// <summary>The park applies in the campaign, writes a plan with key project P01 (<paramref name="investment"/> 万元, 2025–2026) and submits it; the province's approval is recorded directly.</summary>
    public async Task<(int ParkId, HttpClient Park)> ParkWithProjectAsync(string name, double investment)
    {
        var selection = new SelectionDriver(app, acceptance.Campaign);
        var parkId = await selection.ParkIdAsync(name);
        var park = await app.ClientAsAsync(Roles.Park, parkName: name);
        AcceptanceDriver.Ok(await selection.ApplyAsync(park, parkId));
        var created = await park.PostAsJsonAsync($"/api/parks/{parkId}/plans", new { campaign = acceptance.Campaign });
        var plan = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        AcceptanceDriver.Ok(await park.PutAsJsonAsync($"/api/plans/{plan}/versions/1", new { content = Plan(investment), version = 0 }));
        await PlanDrafts.CompleteAsync(park, plan);
        AcceptanceDriver.Ok(await park.PostAsync($"/api/plans/{plan}/versions/1/submit", null));
        await app.WithDbAsync(async db =>
        {
            var participation = await db.Participations.Include(p => p.History).SingleAsync(p => p.Campaign!.Code == acceptance.Campaign && p.ParkId == parkId);
            participation.MoveTo(ParticipationState.Approved, "province@test", db.Clock.GetUtcNow().UtcDateTime, "省级批准（测试准备）");
            return await db.SaveChangesAsync();
        });
        return (parkId, park);
    }

    private static object Plan(double investment) => new
    {
        baselineYear = 2024, periodStartYear = 2025, periodEndYear = 2027, basicSituation = "园区基本情况。", materialFlowAnalysis = "", benefitEconomic = "",
        benefitEnvironmental = "", benefitSocial = "", safeguards = "", tasks = Array.Empty<object>(), targets = Array.Empty<object>(), pollutants = Array.Empty<object>(),
        projects = new[]
        {
            new
            {
                key = "P01", name = "废塑料再生利用补链项目", @class = "ChainFilling", ownerEnterprise = "某再生资源公司", contentAndScale = "年处理废塑料5万吨",
                totalInvestment = investment, subsidyRequested = 0.0, selfFunded = investment, otherFunding = 0.0, startYear = 2025, endYear = 2026,
                designCapacityYear = (int?)null, yearlyInvestment = new[] { new { year = 2025, value = investment / 2 }, new { year = 2026, value = investment / 2 } },
                energySavedTce = (double?)null, waterSavedM3 = (double?)null, co2CutT = (double?)null, solidWasteCutT = (double?)null, wastewaterCutT = (double?)null,
                airPollutantsCutT = (double?)null,
            },
        },
    };

    public static Task<HttpResponseMessage> ApplyAsync(HttpClient park, int programme, int parkId, decimal eligible, decimal requested, string subType = "chain-link",
        string? green = null) =>
        park.PostAsJsonAsync($"/api/funds/programmes/{programme}/applications",
            new { parkId, projectKey = "P01", subType, eligibleInvestment = eligible, requested, greenDesignation = green, reason = "申请关键补链项目补助" });

    public static async Task<int> AppliedAsync(HttpClient park, int programme, int parkId, decimal eligible, decimal requested)
    {
        var response = await ApplyAsync(park, programme, parkId, eligible, requested);
        AcceptanceDriver.Ok(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetInt32();
    }

    /// <summary>A step by its route: review, return, reject, award, disbursements, verification, settlement, repayments.</summary>
    public static Task<HttpResponseMessage> StepAsync(HttpClient client, int application, string step, object? body = null) =>
        client.PostAsJsonAsync($"/api/funds/applications/{application}/{step}", body ?? new { reason = "同意" });

    public static Task<HttpResponseMessage> AwardAsync(HttpClient client, int application, decimal? amount = null, string date = "2025-10-15") =>
        StepAsync(client, application, "award", new { amount, documentNumber = "粤财工〔2025〕21 号", effectiveOn = date });

    public static Task<HttpResponseMessage> PayAsync(HttpClient client, int application, int? tranche = null, decimal? amount = null, string date = "2025-10-15") =>
        StepAsync(client, application, "disbursements", new { tranche, amount, documentNumber = "拨付凭证 2025-0001", effectiveOn = date });

    public static Task<HttpResponseMessage> VerifyAsync(HttpClient client, int application, decimal verified) =>
        StepAsync(client, application, "verification", new { verifiedInvestment = verified, documentNumber = "粤审计〔2025〕33 号", effectiveOn = "2025-10-15" });

    public static Task<HttpResponseMessage> SettleAsync(HttpClient client, int application) =>
        StepAsync(client, application, "settlement", new { documentNumber = "粤财工〔2025〕40 号", effectiveOn = "2025-10-15" });

    public static Task<JsonElement> ApplicationAsync(HttpClient client, int id) => client.GetFromJsonAsync<JsonElement>($"/api/funds/applications/{id}");

    public static Task<JsonElement> ProgrammeAsync(HttpClient client, int id) => client.GetFromJsonAsync<JsonElement>($"/api/funds/programmes/{id}");

    public static void Ok(HttpResponseMessage response) => AcceptanceDriver.Ok(response);

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
