using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Campaigns;

/// <summary>
/// Issue 15 (ADR 0085): public pages and APIs are answered from the output cache for anonymous visitors (the answer
/// carries an Age header), a change saved through the product is seen at once, and a signed-in user is never answered
/// from the cache.
/// </summary>
public class PublicCacheTests(Apps apps) : IClassFixture<Apps>
{
    private const string Campaign = "sd-2018-336";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_second_anonymous_read_is_answered_from_the_cache(Provider provider)
    {
        var app = await apps.For(provider);
        var anonymous = app.CreateClient();

        using var first = await anonymous.GetAsync($"/api/campaigns/{Campaign}/summary");
        using var second = await anonymous.GetAsync($"/api/campaigns/{Campaign}/summary");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_saved_change_is_seen_by_the_next_anonymous_read(Provider provider)
    {
        var app = await apps.For(provider);
        var anonymous = app.CreateClient();
        var before = await anonymous.GetFromJsonAsync<JsonElement>($"/api/campaigns/{Campaign}");
        await anonymous.GetAsync($"/api/campaigns/{Campaign}"); // now cached

        await app.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.SingleAsync(c => c.Code == Campaign);
            campaign.TitleEn = before.GetProperty("titleEn").GetString() + " (corrected)";
            return await db.SaveChangesAsync();
        });
        using var after = await anonymous.GetAsync($"/api/campaigns/{Campaign}");

        Assert.Null(after.Headers.Age);
        Assert.EndsWith(" (corrected)", (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("titleEn").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_signed_in_user_is_never_answered_from_the_cache(Provider provider)
    {
        var app = await apps.For(provider);
        var anonymous = app.CreateClient();
        await anonymous.GetAsync($"/campaigns/{Campaign}");
        using var cached = await anonymous.GetAsync($"/campaigns/{Campaign}");
        var official = await app.ClientAsAsync(Roles.Province, "370000");

        using var page = await official.GetAsync($"/campaigns/{Campaign}");

        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(page.Headers.Age);
        Assert.Contains("/account/logout", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
