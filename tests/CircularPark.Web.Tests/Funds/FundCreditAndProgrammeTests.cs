using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CircularPark.Acceptance;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;
using static CircularPark.Web.Tests.Funds.FundsDriver;

namespace CircularPark.Web.Tests.Funds;

/// <summary>
/// Bank credit as a source without a grant lifecycle; a programme's rules fixed once it has awarded; a returned
/// application applied for again; the demonstration bonus; the ministry's library and its region and source filters.
/// </summary>
public class FundCreditAndProgrammeTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Bank_credit_is_a_source_without_a_grant_lifecycle_and_never_exceeds_its_credit_line(Provider provider)
    {
        var app = await apps.For(provider);
        var funds = await SetUpAsync(app, $"funds-credit-{provider}");
        var code = $"gd-credit-{provider.ToString().ToLowerInvariant()}";
        var created = await funds.Province.PostAsJsonAsync("/api/funds/programmes", Rules(code, budget: 2_000m, source: "BankLoan"));
        Ok(created);
        var line = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var (parkId, park) = await funds.ParkWithProjectAsync(Yinghong, 3_000);

        var applied = await ApplyAsync(park, line, parkId, 3_000m, 900m);
        Assert.Equal(HttpStatusCode.Conflict, applied.StatusCode);
        Assert.StartsWith("“2025年广东省园区循环化改造专项资金（gd-credit-", (await ProblemAsync(applied)).GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await CreditAsync(park, parkId, 1_500m, "农发贷〔2025〕18 号", code)).StatusCode);
        var above = await CreditAsync(park, parkId, 600m, "农发贷〔2025〕19 号", code);
        Assert.Equal(HttpStatusCode.Conflict, above.StatusCode);
        Assert.Equal("贷款 600.00 万元超出授信额度：授信 2,000.00 万元，尚余 500.00 万元", (await ProblemAsync(above)).GetProperty("messageZh").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await CreditAsync(park, parkId, 100m, "农发贷〔2025〕18 号", code)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CreditAsync(funds.Province, parkId, 100m, "农发贷〔2025〕20 号", code)).StatusCode);
        var future = await CreditAsync(park, parkId, 100m, "农发贷〔2025〕21 号", code, date: "2025-10-16");
        Assert.Equal("日期 2025-10-16 晚于今天", (await ProblemAsync(future)).GetProperty("errorsZh").GetProperty("effectiveOn").GetString());

        var credits = await park.GetFromJsonAsync<JsonElement>($"/api/funds/parks/{parkId}/credits");
        Assert.Equal((1_500m, code), (Assert.Single(credits.EnumerateArray()).GetProperty("amount").GetDecimal(), credits[0].GetProperty("programme").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsAsync(Roles.City, "440700")).GetAsync($"/api/funds/parks/{parkId}/credits")).StatusCode);
        var programme = (await ProgrammeAsync(funds.Province, line)).GetProperty("programme");
        Assert.Equal((1_500m, 500m), (programme.GetProperty("committed").GetDecimal(), programme.GetProperty("remaining").GetDecimal()));
        var byCredit = Assert.Single((await funds.Province.GetFromJsonAsync<JsonElement>("/api/funds/library?source=BankLoan")).GetProperty("lines").EnumerateArray());
        Assert.Equal((1_500m, 0m, "BankLoan"), (byCredit.GetProperty("credit").GetDecimal(), byCredit.GetProperty("awarded").GetDecimal(),
            Assert.Single(byCredit.GetProperty("sources").EnumerateArray()).GetString()));
        Assert.Empty((await funds.Province.GetFromJsonAsync<JsonElement>("/api/funds/library?source=ProvincialSpecial")).GetProperty("lines").EnumerateArray());
        var summary = await funds.Province.GetFromJsonAsync<JsonElement>($"/api/campaigns/{funds.Acceptance.Campaign}/province-summary/440000/2025");
        var credit = Assert.Single(summary.GetProperty("funds").GetProperty("lines").EnumerateArray());
        Assert.Equal(("BankLoan", 1_500m, 0m), (credit.GetProperty("source").GetString(), credit.GetProperty("credit").GetDecimal(), credit.GetProperty("awarded").GetDecimal()));
    }

    [Fact]
    public async Task A_programmes_rules_are_fixed_once_it_has_awarded_a_stale_change_is_refused_and_the_budget_stays_above_what_is_committed()
    {
        var app = await apps.For(Provider.Sqlite);
        var funds = await SetUpAsync(app, "funds-programme-change");
        var programme = await funds.ProgrammeAsync("gd-change");
        var version = (await ProgrammeAsync(funds.Province, programme)).GetProperty("programme").GetProperty("version").GetInt64();

        Ok(await ChangeAsync(funds.Province, programme, version, p => p["nameZh"] = "2025年广东省园区循环化改造专项资金（第一批）"));
        Assert.Equal(HttpStatusCode.Conflict, (await ChangeAsync(funds.Province, programme, version, p => p["budget"] = 6_000m)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ChangeAsync(await app.ClientAsAsync(Roles.City, "441800"), programme, version + 1, p => p["budget"] = 6_000m)).StatusCode);
        var (parkId, park) = await funds.ParkWithProjectAsync(Yinghong, 3_000);
        var id = await AppliedAsync(park, programme, parkId, 3_000m, 900m);
        Ok(await StepAsync(funds.Province, id, "review", new { reason = "同意推荐" }));
        Ok(await AwardAsync(funds.Province, id));

        version = (await ProgrammeAsync(funds.Province, programme)).GetProperty("programme").GetProperty("version").GetInt64();
        var share = await ChangeAsync(funds.Province, programme, version, p => p["eligibleShare"] = 0.4m);
        Assert.Equal(HttpStatusCode.Conflict, share.StatusCode);
        Assert.EndsWith("已有项目安排资金，补助规则、来源和安排层级不能再修改", (await ProblemAsync(share)).GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        var budget = await ChangeAsync(funds.Province, programme, version, p => p["budget"] = 800m);
        Assert.Equal("预算 800.00 万元低于已占用的 900.00 万元", (await ProblemAsync(budget)).GetProperty("messageZh").GetString());
        Ok(await ChangeAsync(funds.Province, programme, version, p => p["budget"] = 6_000m));
        var view = await ProgrammeAsync(funds.Province, programme);
        Assert.Equal((6_000m, 900m, 5_100m, 0.3m, "2025年广东省园区循环化改造专项资金（第一批）"), (view.GetProperty("programme").GetProperty("budget").GetDecimal(),
            view.GetProperty("programme").GetProperty("committed").GetDecimal(), view.GetProperty("programme").GetProperty("remaining").GetDecimal(),
            view.GetProperty("eligibleShare").GetDecimal(), view.GetProperty("programme").GetProperty("nameZh").GetString()));
    }

    [Fact]
    public async Task A_returned_application_is_applied_for_again_a_demonstration_park_earns_its_bonus_and_the_ministry_filters_the_library_by_region()
    {
        var app = await apps.For(Provider.Sqlite);
        var funds = await SetUpAsync(app, "funds-return");
        var rules = JsonSerializer.SerializeToNode(Rules("gd-demo-bonus"))!.AsObject();
        rules["demonstrationBonus"] = 0.1m;
        var created = await funds.Province.PostAsJsonAsync("/api/funds/programmes", rules);
        Ok(created);
        var programme = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var (parkId, park) = await funds.ParkWithProjectAsync(Yinghong, 2_000);
        var (enping, enpingPark) = await funds.ParkWithProjectAsync(Enping, 2_000);
        await DemonstrationAsync(app, funds.Acceptance.Campaign, parkId);
        var id = await AppliedAsync(park, programme, parkId, 2_000m, 1_000m);
        Ok(await StepAsync(await app.ClientAsAsync(Roles.City, "441800"), id, "return", new { reason = "请补充项目备案文件" }));
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(funds.Province, id, "review", new { reason = "同意推荐" })).StatusCode);
        var again = await ApplyAsync(park, programme, parkId, 2_000m, 900m);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var other = await AppliedAsync(enpingPark, programme, enping, 2_000m, 900m);
        foreach (var application in new[] { id, other })
        {
            Ok(await StepAsync(funds.Province, application, "review", new { reason = "同意推荐" }));
            Ok(await AwardAsync(funds.Province, application));
        }

        var view = await ApplicationAsync(funds.Province, id);
        Assert.Equal(["Apply", "Return", "Apply", "Review", "Award"], view.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("step").GetString()));
        // 英红 is a demonstration park: (30 % + 10 %) × 2,000 = 800 (below the 900 requested); 恩平 is not: 30 % × 2,000 = 600.
        Assert.Equal((800m, true), (view.GetProperty("line").GetProperty("award").GetDecimal(), view.GetProperty("line").GetProperty("demonstration").GetBoolean()));
        Assert.Equal(600m, (await ApplicationAsync(funds.Province, other)).GetProperty("line").GetProperty("award").GetDecimal());
        var ministry = await app.ClientAsAsync(Roles.Ministry, "000000");
        var all = (await ministry.GetFromJsonAsync<JsonElement>("/api/funds/library?programme=gd-demo-bonus")).GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal([Enping, Yinghong], all.Select(l => l.GetProperty("park").GetString()).Order(StringComparer.Ordinal));
        var qingyuan = await ministry.GetFromJsonAsync<JsonElement>("/api/funds/library?programme=gd-demo-bonus&region=441800");
        Assert.Equal((Yinghong, 800m), (Assert.Single(qingyuan.GetProperty("lines").EnumerateArray()).GetProperty("park").GetString(),
            qingyuan.GetProperty("totals").GetProperty("awarded").GetDecimal()));
    }

    private static Task<HttpResponseMessage> CreditAsync(HttpClient client, int parkId, decimal amount, string contract, string line, string date = "2025-09-30") =>
        client.PostAsJsonAsync("/api/funds/credits", new { parkId, projectKey = "P01", bank = "中国农业发展银行英德市支行", amount, contractNumber = contract, effectiveOn = date, programme = line });

    /// <summary>PUT the programme as set up by <see cref="Rules"/> with one change, as read at <paramref name="version"/>.</summary>
    private static async Task<HttpResponseMessage> ChangeAsync(HttpClient client, int programme, long version, Action<JsonObject> change)
    {
        var code = (await ProgrammeAsync(client, programme)).GetProperty("programme").GetProperty("code").GetString()!;
        var body = JsonSerializer.SerializeToNode(Rules(code))!.AsObject();
        body["nameZh"] = "2025年广东省园区循环化改造专项资金（第一批）";
        change(body);
        body["version"] = version;
        return await client.PutAsJsonAsync($"/api/funds/programmes/{programme}", body);
    }

    /// <summary>The province names the park a provincial demonstration park (recorded directly: the designation's own journey is tested elsewhere).</summary>
    private static Task<int> DemonstrationAsync(TestApp app, string campaign, int parkId) => app.WithDbAsync(async db =>
    {
        var campaignId = await db.Campaigns.Where(c => c.Code == campaign).Select(c => c.Id).SingleAsync();
        db.DemonstrationDesignations.Add(new DemonstrationDesignation
        {
            CampaignId = campaignId, ParkId = parkId, Level = DemonstrationLevel.Provincial, Reason = "省级示范园区（测试准备）", DesignatedBy = "province@test",
            DesignatedAtUtc = db.Clock.GetUtcNow().UtcDateTime.AddDays(-30),
        });
        return await db.SaveChangesAsync();
    });
}
