using System.Net;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Access;

/// <summary>
/// Issue 12 (ADR 0043): the scope matrix is generated from the endpoint list. For every API endpoint whose permission is
/// judged against a target (not <see cref="ScopeRule.Anyone"/> or <see cref="ScopeRule.Everywhere"/>), its route is filled
/// with the real objects of <see cref="ScopeFixture"/> (英德市英红工业园, 清远市, Guangdong) and sent by users of a role the
/// permission lists but of another place: they are refused (403 or 404) and change nothing. An endpoint whose route the
/// samples cannot fill fails the test, so a new endpoint needs its scope sample (and its scope rule) to pass.
/// <see cref="EndpointPermissionsTests"/> is the role dimension; this is the place dimension.
/// </summary>
public class EndpointScopeTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinxing = "银星科技园（深圳）";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Users_of_another_province_city_park_or_enterprise_and_an_unassigned_expert_are_refused_on_every_endpoint_judged_by_place(Provider provider)
    {
        var app = await apps.For(provider);
        var fixture = await ScopeFixture.BuildAsync(app, provider.ToString().ToLowerInvariant());
        var outsiders = await OutsidersAsync(app);
        var before = await SnapshotAsync(app, fixture);
        var samples = new ScopeSamples(fixture, app.Services);
        var (unsampled, wrong, endpoints, pairs) = (new List<string>(), new List<string>(), 0, 0);

        // Deletions last: one that leaked would hide what the others do to the same object.
        foreach (var (method, route, permission) in EndpointPermissionsTests.Endpoints(app)
                     .Where(e => e.Permission is { Scope: not (ScopeRule.Anyone or ScopeRule.Everywhere) }).OrderBy(e => e.Method == "DELETE"))
        {
            if (samples.For(method, route) is not { } sample)
            {
                unsampled.Add($"{method} {route}");
                continue;
            }
            endpoints++;
            foreach (var (who, client) in outsiders.Where(o => permission!.IsFor(o.Role)).Select(o => (o.Who, o.Client)))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), sample.Url) { Content = sample.Body() };
                using var response = await client.SendAsync(request);
                pairs++;
                if (await RefusedAsync(response, sample, fixture) is false)
                    wrong.Add($"{method} {sample.Url} ({permission!.Name}): {who} got {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}");
            }
        }

        Assert.True(unsampled.Count == 0, "no scope sample for " + string.Join(", ", unsampled));
        Assert.True(endpoints > 150 && pairs > 400, $"only {endpoints} endpoints and {pairs} endpoint and outsider pairs checked");
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {pairs} requests were not refused:\n" + string.Join("\n", wrong));
        Assert.Equal(before, await SnapshotAsync(app, fixture));
    }

    /// <summary>
    /// Users of each role, placed where the fixture is not: Shandong, Shenzhen, a Shenzhen park and one of its enterprises,
    /// and a Guangdong expert without an assignment on the fixture's plan. The officials administer their region's accounts
    /// too, so the account endpoints are refused for the place, not for a missing grant. Ministry and admin cover everything.
    /// </summary>
    private static async Task<List<(string Who, string Role, HttpClient Client)>> OutsidersAsync(TestApp app)
    {
        var province = await app.CreateUserAsync(Roles.Province, "370000");
        var city = await app.CreateUserAsync(Roles.City, "440300");
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == province || u.Email == city).ExecuteUpdateAsync(s => s.SetProperty(u => u.ManagesAccounts, true)));
        return
        [
            ("province 370000", Roles.Province, await app.SignedInClientAsync(province)),
            ("city 440300", Roles.City, await app.SignedInClientAsync(city)),
            ($"park {Yinxing}", Roles.Park, await app.ClientAsAsync(Roles.Park, parkName: Yinxing)),
            ($"enterprise of {Yinxing}", Roles.Enterprise, await app.ClientAsAsync(Roles.Enterprise, parkName: Yinxing)),
            ("expert 440000 without an assignment", Roles.Expert, await app.ClientAsAsync(Roles.Expert, "440000")),
        ];
    }

    /// <summary>403 or 404; a list may instead answer 200 without any of the fixture's objects; a target named in a form or file may instead be refused there.</summary>
    private static async Task<bool> RefusedAsync(HttpResponseMessage response, ScopeSample sample, ScopeFixture fixture)
    {
        if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound) return true;
        var body = await response.Content.ReadAsStringAsync();
        return sample.Kind switch
        {
            SampleKind.List => response.StatusCode == HttpStatusCode.OK && !fixture.Markers.Any(m => body.Contains(m, StringComparison.Ordinal)),
            SampleKind.Named => (int)response.StatusCode is 200 or 400 or 422 && body.Contains(sample.Refusal!, StringComparison.Ordinal)
                                && !body.Contains("\"committed\":true", StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>What outsiders could have changed, read from the database.</summary>
    private static Task<List<string>> SnapshotAsync(TestApp app, ScopeFixture fixture) => app.WithDbAsync(async db =>
    {
        var park = int.Parse(fixture.Park, System.Globalization.CultureInfo.InvariantCulture);
        var application = int.Parse(fixture.Application, System.Globalization.CultureInfo.InvariantCulture);
        return new List<string>
        {
            "park: " + await db.Parks.Where(p => p.Id == park).Select(p => p.Name + " " + p.Version).SingleAsync(),
            "aliases: " + await db.ParkAliases.CountAsync(a => a.ParkId == park),
            "enterprises: " + await db.Enterprises.CountAsync(e => e.ParkId == park),
            "open listings: " + await db.ExchangeListings.CountAsync(l => l.Enterprise!.ParkId == park && !l.Withdrawn),
            "material-flow models: " + await db.MaterialFlowModels.CountAsync(m => m.ParkId == park),
            "account disabled: " + await db.Users.Where(u => u.Id == fixture.Account).Select(u => u.IsDisabled).SingleAsync(),
            "users: " + await db.Users.CountAsync(),
            "campaigns: " + await db.Campaigns.CountAsync(),
            "fund programmes: " + await db.FundProgrammes.CountAsync(),
            "fund application: " + await db.FundApplications.Where(a => a.Id == application).Select(a => a.Status).SingleAsync(),
            "published cases: " + await db.ExperienceCases.CountAsync(c => c.PublishedAtUtc != null),
            "assessment schemes: " + await db.AssessmentSchemes.CountAsync(),
            "plan versions: " + await db.PlanVersions.CountAsync(),
            "participation changes: " + await db.ParticipationStateChanges.CountAsync(),
            "opinion follow-up entries: " + await db.FollowUpEntries.CountAsync(),
        };
    });

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
