using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;
using static CircularPark.Web.Tests.Funds.FundsDriver;

namespace CircularPark.Web.Tests.Funds;

/// <summary>Two officials awarding from the same programme at the same moment never over-commit its budget.</summary>
public class FundConcurrencyTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly string[] Parks = [Yinghong, Lianzhou, Enping, "惠东产业转移工业园"];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Awards_fired_at_once_never_exceed_the_budget_and_the_committed_total_is_the_sum_of_the_awards(Provider provider)
    {
        var app = await apps.For(provider);
        var funds = await SetUpAsync(app, $"funds-race-{provider}");
        var programme = await funds.ProgrammeAsync($"gd-race-{provider.ToString().ToLowerInvariant()}", budget: 2_000m);
        var applications = new List<int>();
        foreach (var name in Parks)
        {
            var (parkId, park) = await funds.ParkWithProjectAsync(name, 4_000);
            var id = await AppliedAsync(park, programme, parkId, 4_000m, 1_000m);
            Ok(await StepAsync(funds.Province, id, "review", new { reason = "同意推荐" }));
            applications.Add(id);
        }
        var officials = new[] { funds.Province, await app.ClientAsAsync(Roles.Province, "440000") };

        var responses = await Task.WhenAll(applications.Select((id, i) => AwardAsync(officials[i % 2], id)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.ServiceUnavailable }));
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.OK), provider == Provider.Postgres ? 1 : 0, 2);
        foreach (var (id, _) in applications.Zip(statuses).Where(p => p.Second != HttpStatusCode.OK))
        {
            var retry = await AwardAsync(funds.Province, id);
            Assert.Contains(retry.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict });
        }
        var awards = await app.WithDbAsync(db => db.FundApplications.Where(a => a.ProgrammeId == programme).ToDictionaryAsync(a => a.Id, a => a.Award));
        var committed = (await ProgrammeAsync(funds.Province, programme)).GetProperty("programme").GetProperty("committed").GetDecimal();
        Assert.Equal(2_000m, awards.Values.Sum());
        Assert.Equal(2, awards.Values.Count(a => a == 1_000m));
        Assert.Equal(awards.Values.Sum(), committed);
        var last = await AwardAsync(funds.Province, awards.First(a => a.Value == 0).Key);
        Assert.Contains("超出资金计划的预算", (await last.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messageZh").GetString(), StringComparison.Ordinal);
    }
}
