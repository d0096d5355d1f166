using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Reviews;

/// <summary>
/// Issue 12, findings 1 and 16: a park takes steps only in campaigns whose scope holds it, whoever asks; and "today" is the
/// Beijing date, so an application window that closed yesterday is closed at 07:00 Beijing time, while the UTC date is still yesterday.
/// </summary>
public class CampaignScopeTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinghong = "英德市英红工业园";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_Guangdong_park_cannot_be_taken_through_Shandongs_campaign_by_Guangdong_officials(Provider provider)
    {
        var app = await apps.For(provider);
        var shandong = await app.ClientAsAsync(Roles.Province, "370000");
        var selection = await SelectionDriver.SetUpAsync(app, shandong, $"sd-scope-{provider}", scopeRegion: "370000");
        var parkId = await selection.ParkIdAsync(Yinghong);
        var park = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);
        var guangdong = await app.ClientAsAsync(Roles.Province, "440000");

        var applied = await selection.ApplyAsync(park, parkId);
        var recommended = await selection.RecommendAsync(guangdong, parkId);
        var problem = await applied.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, applied.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, recommended.StatusCode);
        Assert.Contains("不在批次", problem.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("outside the scope", problem.GetProperty("messageEn").GetString(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Participations.AnyAsync(p => p.Campaign!.Code == selection.Campaign && p.ParkId == parkId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_acceptance_step_in_a_campaign_that_does_not_hold_the_park_is_refused(Provider provider)
    {
        var app = await apps.For(provider);
        var shandong = await app.ClientAsAsync(Roles.Province, "370000");
        var selection = await SelectionDriver.SetUpAsync(app, shandong, $"sd-accept-{provider}", scopeRegion: "370000");
        var parkId = await selection.ParkIdAsync(Yinghong);
        // A participation that should never have been (as the probe made it): the park approved in Shandong's campaign.
        await app.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.SingleAsync(c => c.Code == selection.Campaign);
            var participation = new Participation { CampaignId = campaign.Id, ParkId = parkId };
            participation.MoveTo(ParticipationState.Approved, "probe", db.Clock.GetUtcNow().UtcDateTime, "探测", new DateOnly(2021, 1, 1));
            db.Participations.Add(participation);
            return await db.SaveChangesAsync();
        });
        var park = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);

        var submitted = await park.PostAsJsonAsync($"/api/acceptance/campaigns/{selection.Campaign}/parks/{parkId}/submit", new { year = 2025 });
        var read = await park.GetAsync($"/api/acceptance/campaigns/{selection.Campaign}/parks/{parkId}");

        Assert.Equal(HttpStatusCode.Forbidden, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.AcceptanceApplications.AnyAsync(a => a.ParkId == parkId && db.Campaigns.Any(c => c.Id == a.CampaignId && c.Code == selection.Campaign))));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task At_seven_in_the_morning_Beijing_time_the_day_after_the_window_closed_an_application_is_refused(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var selection = await SelectionDriver.SetUpAsync(app, province, $"window-{provider}", applicationClosesOn: "2026-06-30");
        var parkId = await selection.ParkIdAsync(Yinghong);
        app.Clock.SetChinaTime(2026, 7, 1, hour: 7); // 2026-06-30 23:00 UTC
        try
        {
            var park = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);

            var late = await selection.ApplyAsync(park, parkId);

            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
            Assert.Contains("2026-06-30", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messageZh").GetString(), StringComparison.Ordinal);
            app.Clock.SetChinaTime(2026, 6, 30, hour: 23); // the last hour of the closing day is still open
            Assert.Equal(HttpStatusCode.OK, (await selection.ApplyAsync(park, parkId)).StatusCode);
        }
        finally
        {
            app.Clock.Reset();
        }
    }
}
