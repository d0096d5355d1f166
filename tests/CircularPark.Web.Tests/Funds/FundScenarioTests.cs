using System.Net.Http.Json;
using System.Text.Json;
using static CircularPark.Web.Tests.Funds.FundsDriver;

namespace CircularPark.Web.Tests.Funds;

/// <summary>
/// Issue 16's scenario with figures computed by hand. A provincial programme of 5,000 万元 pays 30 % of the eligible
/// investment, at most 1,000 万元 a project, 60 % on award and 40 % after acceptance, and recovers 50 % of what was paid
/// from a park that fails acceptance.
/// <list type="bullet">
/// <item>英红 (3,000 eligible): 30 % = 900 awarded, 540 paid; verified at 2,500 → 750 (−150); passes: 750 − 540 = 210 paid; 750/750.</item>
/// <item>连州 (5,000 eligible): 1,500 capped at 1,000, 600 paid; verified 5,000 → 1,000; passes: 400 paid; 1,000/1,000.</item>
/// <item>恩平 (2,000 eligible): 600 awarded, 360 paid; fails: 50 % × 360 = 180 ordered back and repaid; nothing more paid.</item>
/// </list>
/// The budget then holds 750 + 1,000 + (360 − 180) = 1,930; 3,070 remain. Awarded 2,350, paid 2,110, recovered 180.
/// </summary>
public class FundScenarioTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Three_parks_pass_below_plan_pass_and_fail_and_end_with_the_figures_computed_by_hand(Provider provider)
    {
        var app = await apps.For(provider);
        var funds = await SetUpAsync(app, $"funds-scenario-{provider}");
        var programme = await funds.ProgrammeAsync("gd-2025-scenario-" + provider.ToString().ToLowerInvariant());
        var (yinghong, yinghongPark) = await funds.ParkWithProjectAsync(Yinghong, 3_000);
        var (lianzhou, lianzhouPark) = await funds.ParkWithProjectAsync(Lianzhou, 5_000);
        var (enping, enpingPark) = await funds.ParkWithProjectAsync(Enping, 2_000);
        var a = await AppliedAsync(yinghongPark, programme, yinghong, 3_000m, 1_000m);
        var b = await AppliedAsync(lianzhouPark, programme, lianzhou, 5_000m, 1_500m);
        var c = await AppliedAsync(enpingPark, programme, enping, 2_000m, 600m);

        foreach (var id in new[] { a, b, c })
        {
            Ok(await StepAsync(funds.Province, id, "review", new { reason = "符合关键补链项目条件，同意推荐" }));
            Ok(await AwardAsync(funds.Province, id));
            Ok(await PayAsync(funds.Province, id, tranche: 1));
        }
        Assert.Equal((900m, 540m), await FiguresAsync(funds.Province, a));
        Assert.Equal((1_000m, 600m), await FiguresAsync(funds.Province, b));
        Assert.Equal((600m, 360m), await FiguresAsync(funds.Province, c));

        var verified = await (await VerifyAsync(funds.Province, a, 2_500m)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((900m, 750m, -150m), (verified.GetProperty("awardBefore").GetDecimal(), verified.GetProperty("award").GetDecimal(), verified.GetProperty("difference").GetDecimal()));
        Ok(await VerifyAsync(funds.Province, b, 5_000m));
        Ok(await VerifyAsync(funds.Province, c, 2_000m));

        await PassAcceptanceAsync(funds, yinghong, yinghongPark, 92);
        await PassAcceptanceAsync(funds, lianzhou, lianzhouPark, 85);
        await PassAcceptanceAsync(funds, enping, enpingPark, 50);
        foreach (var id in new[] { a, b, c }) Ok(await SettleAsync(funds.Province, id));
        Ok(await PayAsync(funds.Province, a, tranche: 2));
        Ok(await PayAsync(funds.Province, b, tranche: 2));
        var failed = await ApplicationAsync(funds.Province, c);
        Assert.Equal(("RecoveryOrdered", 180m, "2025-11-14"), (failed.GetProperty("line").GetProperty("status").GetString(),
            failed.GetProperty("line").GetProperty("recoveryOrdered").GetDecimal(), failed.GetProperty("recoveryDueOn").GetString()));
        Ok(await StepAsync(funds.Province, c, "repayments", new { amount = 180m, documentNumber = "缴款书 440000-2025-07", effectiveOn = "2025-10-15" }));

        Assert.Equal((750m, 750m), await FiguresAsync(funds.Province, a));
        Assert.Equal((1_000m, 1_000m), await FiguresAsync(funds.Province, b));
        var closed = (await ApplicationAsync(funds.Province, c)).GetProperty("line");
        Assert.Equal((600m, 360m, 180m, "Recovered"), (closed.GetProperty("award").GetDecimal(), closed.GetProperty("paid").GetDecimal(),
            closed.GetProperty("repaid").GetDecimal(), closed.GetProperty("status").GetString()));
        var view = await ProgrammeAsync(funds.Province, programme);
        Assert.Equal((5_000m, 1_930m, 3_070m), (view.GetProperty("programme").GetProperty("budget").GetDecimal(),
            view.GetProperty("programme").GetProperty("committed").GetDecimal(), view.GetProperty("programme").GetProperty("remaining").GetDecimal()));
        var totals = view.GetProperty("totals");
        Assert.Equal((2_350m, 2_110m, 180m), (totals.GetProperty("award").GetDecimal(), totals.GetProperty("paid").GetDecimal(), totals.GetProperty("repaid").GetDecimal()));

        var code = view.GetProperty("programme").GetProperty("code").GetString();
        var library = await funds.Province.GetFromJsonAsync<JsonElement>($"/api/funds/library?programme={code}");
        var lines = library.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(3, lines.Count);
        foreach (var column in new[] { "awarded", "paid", "recovered", "plannedInvestment", "verifiedInvestment" })
            Assert.Equal(lines.Sum(l => l.GetProperty(column).GetDecimal()), library.GetProperty("totals").GetProperty(column).GetDecimal());
        Assert.Equal((2_350m, 2_110m, 180m, 0m), (library.GetProperty("totals").GetProperty("awarded").GetDecimal(), library.GetProperty("totals").GetProperty("paid").GetDecimal(),
            library.GetProperty("totals").GetProperty("recovered").GetDecimal(), library.GetProperty("totals").GetProperty("toRecover").GetDecimal()));
        Assert.Equal(9_500m, library.GetProperty("totals").GetProperty("verifiedInvestment").GetDecimal());
    }

    private static async Task<(decimal Award, decimal Paid)> FiguresAsync(HttpClient client, int id)
    {
        var line = (await ApplicationAsync(client, id)).GetProperty("line");
        return (line.GetProperty("award").GetDecimal(), line.GetProperty("paid").GetDecimal());
    }

    /// <summary>The park applies for acceptance and the province reviews with <paramref name="score"/> and files (≥ 60 passes, below fails).</summary>
    private static async Task PassAcceptanceAsync(FundsDriver funds, int parkId, HttpClient park, double score)
    {
        Ok(await funds.Acceptance.SaveDraftAsync(park, parkId));
        Ok(await funds.Acceptance.SubmitAsync(park, parkId));
        await funds.Acceptance.ReviewAsync(parkId, score);
        Ok(await funds.Acceptance.FileAsync(funds.Province, parkId));
    }
}
