using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;

namespace CircularPark.Web.Tests.Reviews;

/// <summary>
/// Issue 12, finding 5: a park under review and a panel's "fail" before the province decides are not published. Anonymous
/// users and officials of other regions do not find the park by its state, in the list, its export or the campaign's counts,
/// nor read the opinion; the park's own city and province do.
/// </summary>
public class PendingStatesTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinghong = "英德市英红工业园";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_park_under_review_and_a_failing_opinion_are_seen_only_within_the_parks_scope_until_the_province_decides(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var selection = await SelectionDriver.SetUpAsync(app, province, $"pending-{provider}");
        var (chairEmail, chair) = await selection.ExpertAsync("华南循环经济研究院");
        await selection.UnderReviewAsync(Yinghong, province, (chairEmail, true));
        var parkId = await selection.ParkIdAsync(Yinghong);
        (await selection.ReviewAsync(chair, parkId)).EnsureSuccessStatusCode();
        var compiled = await selection.CompileAsync(chair, parkId, conclusion: "Fail", isPublic: true);
        var opinion = (await compiled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var anonymous = app.CreateClient();
        var shandong = await app.ClientAsAsync(Roles.Province, "370000");
        var qingyuan = await app.ClientAsAsync(Roles.City, "441800");
        var list = $"/api/parks?campaign={selection.Campaign}&state=UnderReview";

        foreach (var outsider in new[] { anonymous, shandong })
        {
            Assert.Equal(0, (await outsider.GetFromJsonAsync<JsonElement>(list)).GetProperty("total").GetInt32());
            Assert.DoesNotContain(Yinghong, await outsider.GetStringAsync($"/api/parks/export?format=csv&campaign={selection.Campaign}"), StringComparison.Ordinal);
            var campaign = await outsider.GetFromJsonAsync<JsonElement>($"/api/campaigns/{selection.Campaign}");
            Assert.Equal(0, campaign.GetProperty("parks").GetInt32());
            Assert.False(campaign.GetProperty("parksByState").TryGetProperty("UnderReview", out _));
            Assert.DoesNotContain(Yinghong, await outsider.GetStringAsync($"/parks?campaign={selection.Campaign}&state=UnderReview"), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/selection/opinions/{opinion}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await shandong.GetAsync($"/api/selection/opinions/{opinion}")).StatusCode);

        Assert.Equal(1, (await qingyuan.GetFromJsonAsync<JsonElement>(list)).GetProperty("total").GetInt32());
        Assert.Equal(1, (await province.GetFromJsonAsync<JsonElement>($"/api/campaigns/{selection.Campaign}")).GetProperty("parksByState").GetProperty("UnderReview").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await qingyuan.GetAsync($"/api/selection/opinions/{opinion}")).StatusCode);
    }
}
