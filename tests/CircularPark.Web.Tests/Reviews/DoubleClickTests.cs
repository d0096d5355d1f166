using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Indicators;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Reviews;

/// <summary>
/// Issue 12, finding 15: a double click (or two users at once) on a selection step, a statistics save or a plan submission
/// is answered 200 once and 409 (or, on SQLite's single writer, 503 "nothing saved, try again") otherwise, never a 500,
/// and leaves one change.
/// </summary>
public class DoubleClickTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinghong = "英德市英红工业园";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Racing_selection_steps_statistics_saves_and_plan_submissions_never_answer_500_and_leave_one_change(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var selection = await SelectionDriver.SetUpAsync(app, province, $"double-{provider}");
        var parkId = await selection.ParkIdAsync(Yinghong);
        var parks = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.ClientAsAsync(Roles.Park, parkName: Yinghong)));
        var cities = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.ClientAsAsync(Roles.City, "441800")));

        var applied = await Task.WhenAll(parks.Select(p => selection.ApplyAsync(p, parkId)));
        var created = await parks[0].PostAsJsonAsync($"/api/parks/{parkId}/plans", new { campaign = selection.Campaign });
        var plan = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        await PlanDrafts.CompleteAsync(parks[0], plan);
        var submitted = await Task.WhenAll(parks.Select(p => p.PostAsync($"/api/plans/{plan}/versions/1/submit", null)));
        var recommended = await Task.WhenAll(cities.Select(c => selection.RecommendAsync(c, parkId)));
        var saved = await Task.WhenAll(parks.Select(p => p.PutAsJsonAsync($"/api/parks/{parkId}/statistics/2022", new { entries = StatisticsAndIndicatorsApiTests.Example2022 })));

        foreach (var (what, responses) in new[] { ("apply", applied), ("submit", submitted), ("recommend", recommended), ("statistics", saved) })
        {
            foreach (var response in responses)
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict
                    || (provider == Provider.Sqlite && response.StatusCode == HttpStatusCode.ServiceUnavailable),
                    $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.InRange(responses.Count(r => r.StatusCode == HttpStatusCode.OK), what == "statistics" ? 1 : 0, what == "statistics" ? 4 : 1);
        }
        var history = await app.WithDbAsync(db => db.Participations.Where(p => p.Campaign!.Code == selection.Campaign && p.ParkId == parkId)
            .SelectMany(p => p.History).Select(h => h.To).ToListAsync());
        Assert.Equal(applied.Count(r => r.StatusCode == HttpStatusCode.OK), history.Count(s => s == CircularPark.Campaigns.ParticipationState.Applied));
        Assert.True(history.Count(s => s == CircularPark.Campaigns.ParticipationState.Recommended) <= 1);
        Assert.True(await app.WithDbAsync(db => db.PlanVersions.CountAsync(v => v.PlanId == plan && v.Status == CircularPark.Plans.PlanStatus.Submitted)) <= 1);
    }
}
