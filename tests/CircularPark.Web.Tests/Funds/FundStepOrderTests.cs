using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static CircularPark.Web.Tests.Funds.FundsDriver;

namespace CircularPark.Web.Tests.Funds;

/// <summary>Steps out of order, beyond the rules or the budget, or with bad input are refused with the reason, and nothing changes.</summary>
public class FundStepOrderTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly string[] Fields = ["code", "nameZh", "budget", "eligibleShare"];
    private static readonly string[] UnknownSubType = ["chain-link", "teleport"];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Paying_before_the_award_and_settling_before_acceptance_are_409s_naming_the_state_and_change_nothing(Provider provider)
    {
        var app = await apps.For(provider);
        var funds = await SetUpAsync(app, $"funds-order-{provider}");
        var programme = await funds.ProgrammeAsync($"gd-order-{provider.ToString().ToLowerInvariant()}");
        var (parkId, park) = await funds.ParkWithProjectAsync(Yinghong, 3_000);
        var id = await AppliedAsync(park, programme, parkId, 3_000m, 900m);

        var payFirst = await PayAsync(funds.Province, id);
        var awardFirst = await AwardAsync(funds.Province, id);
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (payFirst.StatusCode, awardFirst.StatusCode));
        var problem = await ProblemAsync(payFirst);
        Assert.Equal("项目“英德市英红工业园 P01 废塑料再生利用补链项目”的资金当前状态为“已申请”，不能拨付：须先下达资金", problem.GetProperty("messageZh").GetString());
        Assert.Equal("Applied", problem.GetProperty("state").GetString());
        Assert.EndsWith("cannot award yet; first the city reviews and recommends it", (await ProblemAsync(awardFirst)).GetProperty("messageEn").GetString(), StringComparison.Ordinal);

        Ok(await StepAsync(funds.Province, id, "review", new { reason = "同意推荐" }));
        Ok(await AwardAsync(funds.Province, id));
        var settleFirst = await SettleAsync(funds.Province, id);
        var secondTranche = await PayAsync(funds.Province, id, tranche: 2);
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (settleFirst.StatusCode, secondTranche.StatusCode));
        Assert.Contains("须先核定投资", (await ProblemAsync(settleFirst)).GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Equal("第2批为“验收后拨付”，尚不能拨付", (await ProblemAsync(secondTranche)).GetProperty("messageZh").GetString());
        Ok(await VerifyAsync(funds.Province, id, 3_000m));
        var beforeAcceptance = await SettleAsync(funds.Province, id);
        Assert.Equal(HttpStatusCode.Conflict, beforeAcceptance.StatusCode);
        Assert.Equal("园区验收尚无结论（待申请验收），须待验收通过或未通过后结算", (await ProblemAsync(beforeAcceptance)).GetProperty("messageZh").GetString());

        var view = await ApplicationAsync(funds.Province, id);
        Assert.Equal(["Apply", "Review", "Award", "Verify"], view.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("step").GetString()));
        Assert.Equal(("Verified", 900m, 0m), (view.GetProperty("line").GetProperty("status").GetString(), view.GetProperty("line").GetProperty("award").GetDecimal(),
            view.GetProperty("line").GetProperty("paid").GetDecimal()));
        Assert.Equal(900m, (await ProgrammeAsync(funds.Province, programme)).GetProperty("programme").GetProperty("committed").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_award_above_the_cap_the_request_or_the_budget_is_refused_and_the_budget_is_untouched(Provider provider)
    {
        var app = await apps.For(provider);
        var funds = await SetUpAsync(app, $"funds-limits-{provider}");
        var programme = await funds.ProgrammeAsync($"gd-limits-{provider.ToString().ToLowerInvariant()}", budget: 1_500m);
        var (big, bigPark) = await funds.ParkWithProjectAsync(Lianzhou, 5_000);
        var (small, smallPark) = await funds.ParkWithProjectAsync(Enping, 3_000);
        var a = await AppliedAsync(bigPark, programme, big, 5_000m, 2_000m);
        var b = await AppliedAsync(smallPark, programme, small, 3_000m, 850m);
        Ok(await StepAsync(funds.Province, a, "review", new { reason = "同意推荐" }));
        Ok(await StepAsync(funds.Province, b, "review", new { reason = "同意推荐" }));

        var aboveCap = await AwardAsync(funds.Province, a, 1_200m);
        Assert.Equal(HttpStatusCode.Conflict, aboveCap.StatusCode);
        Assert.Equal("安排 1,200.00 万元超过单个项目补助上限 1,000.00 万元", (await ProblemAsync(aboveCap)).GetProperty("messageZh").GetString());
        var threePlaces = await AwardAsync(funds.Province, a, 999.999m);
        Assert.Equal(HttpStatusCode.BadRequest, threePlaces.StatusCode);
        Assert.Equal("金额 999.999 最多保留两位小数（万元）", (await ProblemAsync(threePlaces)).GetProperty("errorsZh").GetProperty("amount").GetString());
        var future = await AwardAsync(funds.Province, a, 1_000m, date: "2025-10-16");
        Assert.Equal("日期 2025-10-16 晚于今天", (await ProblemAsync(future)).GetProperty("errorsZh").GetProperty("effectiveOn").GetString());
        Ok(await AwardAsync(funds.Province, a));
        var aboveRequest = await AwardAsync(funds.Province, b, 870m);
        Assert.Contains("超过园区申请的 850.00 万元", (await ProblemAsync(aboveRequest)).GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        var aboveBudget = await AwardAsync(funds.Province, b);
        Assert.Equal(HttpStatusCode.Conflict, aboveBudget.StatusCode);
        Assert.Equal("安排 850.00 万元超出资金计划的预算：预算 1,500.00 万元，尚余 500.00 万元", (await ProblemAsync(aboveBudget)).GetProperty("messageZh").GetString());

        var programmeView = await ProgrammeAsync(funds.Province, programme);
        Assert.Equal((1_000m, 500m), (programmeView.GetProperty("programme").GetProperty("committed").GetDecimal(), programmeView.GetProperty("programme").GetProperty("remaining").GetDecimal()));
        Assert.Equal("Reviewed", (await ApplicationAsync(funds.Province, b)).GetProperty("line").GetProperty("status").GetString());
        Ok(await AwardAsync(funds.Province, b, 500m));
        Assert.Equal(0m, (await ProgrammeAsync(funds.Province, programme)).GetProperty("programme").GetProperty("remaining").GetDecimal());
    }

    [Fact]
    public async Task Bad_input_names_the_field_and_the_rule_in_both_languages()
    {
        var app = await apps.For(Provider.Sqlite);
        var funds = await SetUpAsync(app, "funds-input");
        var bad = await funds.Province.PostAsJsonAsync("/api/funds/programmes", new
        {
            code = "GD 2025", nameZh = "", nameEn = "Fund", ownerRegion = "441881", source = "ProvincialSpecial", year = 2025, budget = -1m,
            eligibleShare = 1.3m, recoveryShare = 0.5m, recoveryDays = 30, tranches = new[] { new { share = 0.6m, trigger = "OnAward" }, new { share = 0.3m, trigger = "OnAcceptance" } },
            subTypes = UnknownSubType,
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await ProblemAsync(bad);
        var errors = problem.GetProperty("errorsZh");
        Assert.Equal("资金计划应由国家、省或地市安排，“英德市”为区县", errors.GetProperty("ownerRegion").GetString());
        Assert.Equal("各批比例合计应为 100%，现为 90%", errors.GetProperty("tranches").GetString());
        Assert.Equal("“teleport”不是已知的项目子类", errors.GetProperty("subTypes").GetString());
        foreach (var field in Fields) Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Equal("The tranches' shares must add up to 100 %, not 90 %", problem.GetProperty("errorsEn").GetProperty("tranches").GetString());

        var programme = await funds.ProgrammeAsync("gd-input");
        var (parkId, park) = await funds.ParkWithProjectAsync(Yinghong, 3_000);
        var aboveplan = await ApplyAsync(park, programme, parkId, 3_500m, 900m);
        Assert.Equal("符合条件的投资 3,500.00 万元超过项目计划总投资 3,000.00 万元", (await ProblemAsync(aboveplan)).GetProperty("errorsZh").GetProperty("eligibleInvestment").GetString());
        var wrongClass = await ApplyAsync(park, programme, parkId, 3_000m, 900m, subType: "pollution-control");
        Assert.Equal("子类“污染集中防治设施”不属于项目的类别“关键补链项目”", (await ProblemAsync(wrongClass)).GetProperty("errorsZh").GetProperty("subType").GetString());
        var notFunded = await ApplyAsync(park, programme, parkId, 3_000m, 900m, subType: "energy-cascade");
        Assert.Equal("本资金计划不支持“能量梯级利用”类项目", (await ProblemAsync(notFunded)).GetProperty("errorsZh").GetProperty("subType").GetString());
        var noReason = await StepAsync(funds.Province, await AppliedAsync(park, programme, parkId, 3_000m, 900m), "review", new { reason = " " });
        Assert.Equal("请填写意见或理由", (await ProblemAsync(noReason)).GetProperty("errorsZh").GetProperty("reason").GetString());
        var list = await park.GetFromJsonAsync<JsonElement>($"/api/funds/programmes/{programme}");
        Assert.Equal(1, list.GetProperty("applications").GetArrayLength());
    }

    [Fact]
    public async Task A_green_designation_ranks_first_in_the_programmes_list()
    {
        var app = await apps.For(Provider.Sqlite);
        var funds = await SetUpAsync(app, "funds-priority");
        var programme = await funds.ProgrammeAsync("gd-priority");
        var (first, firstPark) = await funds.ParkWithProjectAsync(Lianzhou, 3_000);
        var (second, secondPark) = await funds.ParkWithProjectAsync(Yinghong, 3_000);
        Ok(await ApplyAsync(firstPark, programme, first, 3_000m, 900m));
        Ok(await ApplyAsync(secondPark, programme, second, 3_000m, 900m, green: "国家级绿色工厂（工信部第六批）"));

        var lines = (await ProgrammeAsync(funds.Province, programme)).GetProperty("applications").EnumerateArray().ToList();

        Assert.Equal([(Yinghong, true, 1), (Lianzhou, false, 0)],
            lines.Select(l => (l.GetProperty("park").GetString(), l.GetProperty("green").GetBoolean(), l.GetProperty("priority").GetInt32())));
    }
}
