using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using static CircularPark.Web.Tests.Acceptance.AcceptanceDriver;

namespace CircularPark.Web.Tests.Acceptance;

/// <summary>
/// Issue 11.5: a decision recorded after the fact carries the date it took effect (the document's date), apart from when
/// it was recorded: review steps, the filing, the demonstration designation (with its number). Never a date after today,
/// never before the change it follows. Its own class: the tests move the app's clock.
/// </summary>
public class RecordedAfterTheFactTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Steps_filing_and_designation_recorded_in_2026_keep_the_2025_documents_dates(Provider provider)
    {
        var app = await apps.For(provider);
        app.Clock.SetChinaTime(2025, 6, 1);
        var acceptance = await SetUpAsync(app, $"acc-past-{provider}");
        var (parkId, _) = await acceptance.AppliedParkAsync(Yinghong);
        app.Clock.SetChinaTime(2026, 12, 5);
        await acceptance.SignInAgainAsync();
        var steps = acceptance.Steps(parkId);

        Ok(await acceptance.Province.PostAsJsonAsync($"{steps}/steps/document-review", new { reason = "资料齐全", effectiveOn = "2025-10-10" }));
        var future = await acceptance.Province.PostAsJsonAsync($"{steps}/steps/site-verification", new { reason = "现场核查", effectiveOn = "2026-12-06" });
        var beforeLast = await acceptance.Province.PostAsJsonAsync($"{steps}/steps/site-verification", new { reason = "现场核查", effectiveOn = "2025-10-01" });
        Ok(await acceptance.Province.PostAsJsonAsync($"{steps}/steps/site-verification", new { reason = "现场核查属实", effectiveOn = "2025-10-20" }));
        Ok(await acceptance.Province.PostAsJsonAsync($"{steps}/steps/expert-review", new { reason = "专家评审", score = 92, effectiveOn = "2025-11-05" }));
        Ok(await acceptance.Province.PostAsJsonAsync($"{steps}/filing", new { number = "粤工信验备〔2025〕7 号", reason = "同意备案", filedOn = "2025-11-20" }));
        Ok(await acceptance.Province.PostAsJsonAsync($"{steps}/demonstration", new { reason = "成效显著", effectiveOn = "2026-03-01", documentNumber = "粤工信节能〔2026〕5 号" }));

        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("晚于今天（2026-12-05）", (await ProblemAsync(future)).GetProperty("errorsZh").GetProperty("effectiveOn").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, beforeLast.StatusCode);
        Assert.Contains("2025-10-10", (await ProblemAsync(beforeLast)).GetProperty("errorsZh").GetProperty("effectiveOn").GetString(), StringComparison.Ordinal);
        var view = await acceptance.ViewAsync(acceptance.Province, parkId);
        Assert.Equal(["2025-10-10", "2025-10-20", "2025-11-05", "2025-11-20"],
            view.GetProperty("application").GetProperty("events").EnumerateArray().Skip(1).Select(e => e.GetProperty("effectiveOn").GetString()));
        Assert.Equal("2025-11-20", view.GetProperty("application").GetProperty("filedOn").GetString());
        var history = await app.WithDbAsync(db => db.Participations.Where(p => p.Campaign!.Code == acceptance.Campaign && p.ParkId == parkId)
            .SelectMany(p => p.History).OrderBy(h => h.Id).Select(h => new { h.To, h.EffectiveOn, h.AtUtc }).ToListAsync());
        Assert.Equal((CircularPark.Campaigns.ParticipationState.Demonstration, new DateOnly(2026, 3, 1)), (history[^1].To, history[^1].EffectiveOn));
        Assert.Equal(new DateOnly(2026, 12, 5), CircularPark.Time.ChinaTime.DateOf(history[^1].AtUtc));
        var demonstration = await app.WithDbAsync(db => db.DemonstrationDesignations.SingleAsync(d => d.ParkId == parkId));
        Assert.Equal((new DateOnly(2026, 3, 1), "粤工信节能〔2026〕5 号"), (demonstration.EffectiveOn, demonstration.DocumentNumber));
        var page = await app.CreateClient().GetStringAsync("/acceptance/demonstration");
        Assert.Contains("粤工信节能〔2026〕5 号", page, StringComparison.Ordinal);
        Assert.Contains("2026年3月1日", page, StringComparison.Ordinal); // the designation's date, as Chinese pages write dates
    }
}
