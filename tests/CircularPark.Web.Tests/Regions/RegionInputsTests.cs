using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Regions;

/// <summary>Forms and filters take a region as people write it, or the code a picker submits; a wrong one names the nearest regions.</summary>
public class RegionInputsTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_picker_search_offers_several_levels_and_only_those_the_exact_names_first(Provider provider)
    {
        var app = await apps.For(provider);
        var client = app.CreateClient();

        var jilin = await client.GetFromJsonAsync<JsonElement[]>("/api/regions?q=吉林&level=province,city&asOf=2024-06-01");
        var counties = await client.GetFromJsonAsync<JsonElement[]>("/api/regions?q=朝阳&level=county&asOf=2024-06-01");

        Assert.Equal(["220000", "220200"], jilin!.Take(2).Select(r => r.GetProperty("code").GetString()));
        Assert.All(jilin!, r => Assert.True(r.GetProperty("level").GetString() is "Province" or "City"));
        Assert.Contains(counties!, r => r.GetProperty("fullNameZh").GetString() == "北京市朝阳区");
        Assert.All(counties!, r => Assert.Equal("County", r.GetProperty("level").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_park_list_filters_by_a_region_written_as_people_write_it_or_by_its_code(Provider provider)
    {
        var app = await apps.For(provider);
        var client = app.CreateClient();

        var byCode = await client.GetFromJsonAsync<JsonElement>("/api/parks?region=441800");
        var byShortName = await client.GetFromJsonAsync<JsonElement>("/api/parks?region=清远");
        var byChain = await client.GetFromJsonAsync<JsonElement>("/api/parks?region=" + Uri.EscapeDataString("广东省清远市"));
        var typo = await client.GetAsync("/api/parks?region=" + Uri.EscapeDataString("青远市"));

        var total = byCode.GetProperty("total").GetInt32();
        Assert.True(total > 0);
        Assert.Equal(total, byShortName.GetProperty("total").GetInt32());
        Assert.Equal(total, byChain.GetProperty("total").GetInt32());
        Assert.All(byShortName.GetProperty("items").EnumerateArray(), p => Assert.Equal("清远市", p.GetProperty("cityZh").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode);
        var problem = await typo.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("广东省清远市", problem.GetProperty("errorsZh").GetProperty("region").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Campaign_set_up_and_accounts_take_the_scope_by_name(Provider provider)
    {
        var app = await apps.For(provider);
        var ministry = await app.ClientAsAsync(Roles.Ministry);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var tag = Guid.NewGuid().ToString("N")[..8];

        var campaign = await ministry.PostAsJsonAsync("/api/selection/campaigns", new
        {
            code = "yn-" + tag, titleZh = "云南省园区循环化改造", scopeRegion = "云南", taskTemplate = "NationalFive", issuingBodies = "云南省发展改革委",
        });
        var account = await admin.PostAsJsonAsync("/api/users", new { email = $"hh-{tag}@gov.cn", displayName = "红河州局", role = "city", region = "红河州" });
        var renamedCode = await admin.PostAsJsonAsync("/api/users", new { email = $"ha-{tag}@gov.cn", displayName = "淮安市局", role = "city", region = "320800" });

        Assert.Equal(HttpStatusCode.Created, campaign.StatusCode);
        Assert.Equal("530000", await app.WithDbAsync(db => db.Campaigns.Where(c => c.Code == "yn-" + tag).Select(c => c.ScopeRegion!.Code).SingleAsync()));
        Assert.True(account.IsSuccessStatusCode, await account.Content.ReadAsStringAsync());
        Assert.True(renamedCode.IsSuccessStatusCode, await renamedCode.Content.ReadAsStringAsync());
        var scopes = await app.WithDbAsync(db => db.Users.Where(u => u.Email!.EndsWith($"-{tag}@gov.cn"))
            .Select(u => db.Regions.Where(r => r.Id == u.ScopeRegionId).Select(r => r.NameZh).Single()).ToListAsync());
        Assert.Equal(["淮安市", "红河哈尼族彝族自治州"], scopes.Order(StringComparer.Ordinal));
    }
}
