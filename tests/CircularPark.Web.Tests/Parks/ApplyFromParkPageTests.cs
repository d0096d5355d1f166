using System.Net;
using System.Text.RegularExpressions;
using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Parks;

/// <summary>
/// A park applies for selection from its own page (issue 14): the page offers the campaigns whose application window is
/// open and whose scope holds the park, for as long as the selection table lets the park apply; applying is the same use
/// case as the API, and a park elsewhere is offered nothing.
/// </summary>
public partial class ApplyFromParkPageTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinghong = "英德市英红工业园";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_park_applies_from_its_page_to_an_open_campaign_of_its_province_and_is_then_no_longer_offered_it(Provider provider)
    {
        var app = await apps.For(provider);
        var (guangdong, shandong) = (await app.ClientAsAsync(Roles.Province, "440000"), await app.ClientAsAsync(Roles.Province, "370000"));
        var open = await SelectionDriver.SetUpAsync(app, guangdong, $"apply-open-{provider}");
        await SelectionDriver.SetUpAsync(app, guangdong, $"apply-closed-{provider}", applicationClosesOn: "2026-06-30");
        await SelectionDriver.SetUpAsync(app, shandong, $"apply-shandong-{provider}", scopeRegion: "370000");
        var parkId = await open.ParkIdAsync(Yinghong);
        var park = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);

        var page = await park.GetStringAsync($"/parks/{parkId}");

        Assert.Contains($"value=\"apply-open-{provider}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"apply-closed-{provider}", page, StringComparison.Ordinal); // its window closed on 2026-06-30
        Assert.DoesNotContain($"apply-shandong-{provider}", page, StringComparison.Ordinal); // another province's campaign
        var applied = await park.PostAsync($"/parks/{parkId}?handler=Apply", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value, ["code"] = $"apply-open-{provider}", ["reason"] = "园区产业链完整，自愿申报。",
        }));
        var after = await applied.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Contains("已提交申报", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"apply-open-{provider}\"", after, StringComparison.Ordinal);
        var state = await app.WithDbAsync(db => db.Participations.Where(p => p.ParkId == parkId && p.Campaign!.Code == $"apply-open-{provider}")
            .Select(p => new { p.State, Reason = p.History.OrderBy(h => h.Id).Select(h => h.Reason).Last() }).SingleAsync());
        Assert.Equal((ParticipationState.Applied, "园区产业链完整，自愿申报。"), (state.State, state.Reason));
        // The city and the province see the park page without an application form: applying is the park's.
        Assert.DoesNotContain("提交申报", await guangdong.GetStringAsync($"/parks/{parkId}"), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
