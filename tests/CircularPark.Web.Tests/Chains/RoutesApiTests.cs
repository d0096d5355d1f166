using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Chains;

public class RoutesApiTests(Apps apps) : IClassFixture<Apps>
{
    private static object Route(string use, string category = "ceramic-waste") => new
    {
        materialCategory = category, categoryZh = "陶瓷废料", categoryEn = "Ceramic waste", useZh = use, useEn = "Aggregate for bricks",
        receivingIndustries = "C3021; 3031", replaces = "sand", source = "广东省审查意见",
    };

    [Fact]
    public async Task The_knowledge_base_is_seeded_with_the_routes_the_sources_name_and_anyone_may_read_it()
    {
        var app = await apps.For(Provider.Sqlite);

        var routes = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/routes");

        var categories = routes.EnumerateArray().Select(r => r.GetProperty("categoryZh").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "电路板产业废弃物", "中药渣", "鞋材废弃物", "生物质（农林废弃物）", "粉煤灰", "脱硫石膏", "污泥", "余热余压", "中水" }, categories);
        var biomass = routes.EnumerateArray().Single(r => r.GetProperty("materialCategory").GetString() == "biomass");
        Assert.Equal(("生物质发电", "4417"), (biomass.GetProperty("useZh").GetString(), biomass.GetProperty("receivingIndustries").GetString()));
        Assert.Contains("923号", biomass.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_province_users_may_add_change_or_withdraw_routes()
    {
        var app = await apps.For(Provider.Sqlite);
        var route = Route("制砖骨料", "forbidden-waste");
        var refused = new List<HttpStatusCode>();
        foreach (var (role, region, park) in new (string, string?, string?)[] { (Roles.City, "441800", null), (Roles.Ministry, "000000", null), (Roles.Expert, "440000", null),
                     (Roles.Park, null, "英德市英红工业园"), (Roles.Enterprise, null, "英德市英红工业园") })
        {
            var client = await app.ClientAsAsync(role, region, park);
            refused.Add((await client.PostAsJsonAsync("/api/routes", route)).StatusCode);
            refused.Add((await client.PutAsJsonAsync("/api/routes/1", route)).StatusCode);
            refused.Add((await client.DeleteAsync("/api/routes/1")).StatusCode);
        }

        Assert.All(refused, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/routes", route)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.UtilisationRoutes.AnyAsync(r => r.MaterialCategory == "forbidden-waste")));
        var first = await app.WithDbAsync(db => db.UtilisationRoutes.SingleAsync(r => r.Id == 1));
        Assert.Equal((0L, false, "circuit-board-waste"), (first.Version, first.Withdrawn, first.MaterialCategory));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_province_user_adds_a_route_that_then_fills_a_gap_changes_it_and_withdraws_it(Provider provider)
    {
        var app = await apps.For(provider);
        var guangdong = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        var parkId = await ParksApiTests.ParkIdAsync(app, "恩平产业转移工业园");
        (await guangdong.PostAsJsonAsync($"/api/parks/{parkId}/enterprises", new
        {
            name = "陶瓷厂", industryCode = "C3071",
            streams = new[] { new { name = "陶瓷废料", kind = "Waste", materialCode = "ceramic-scrap", materialCategory = "ceramic-waste", quantity = 900.0, unit = "Tonne" } },
        })).EnsureSuccessStatusCode();
        (await guangdong.PostAsJsonAsync($"/api/parks/{parkId}/enterprises", new { name = "砖厂", industryCode = "C3031" })).EnsureSuccessStatusCode();

        var added = await guangdong.PostAsJsonAsync("/api/routes", Route("制砖骨料"));
        var saved = await added.Content.ReadFromJsonAsync<JsonElement>();
        var id = saved.GetProperty("id").GetInt32();
        var gaps = await guangdong.GetFromJsonAsync<JsonElement>($"/api/parks/{parkId}/chain/gaps");
        var duplicate = await guangdong.PostAsJsonAsync("/api/routes", Route("制砖骨料"));
        var changed = await guangdong.PutAsJsonAsync($"/api/routes/{id}", new Dictionary<string, object>
        {
            ["materialCategory"] = "ceramic-waste", ["categoryZh"] = "陶瓷废料", ["categoryEn"] = "Ceramic waste", ["useZh"] = "制砖骨料",
            ["useEn"] = "Aggregate for bricks and blocks", ["receivingIndustries"] = "3031", ["version"] = saved.GetProperty("version").GetInt64(),
        });
        var withdrawn = await guangdong.DeleteAsync($"/api/routes/{id}");
        var afterWithdrawal = await guangdong.GetFromJsonAsync<JsonElement>($"/api/parks/{parkId}/chain/gaps");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var candidate = Assert.Single(Assert.Single(gaps.GetProperty("gaps").EnumerateArray()).GetProperty("candidates").EnumerateArray());
        Assert.Equal(["砖厂"], candidate.GetProperty("parkReceivers").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Empty(Assert.Single(afterWithdrawal.GetProperty("gaps").EnumerateArray()).GetProperty("candidates").EnumerateArray());
        var stored = await app.WithDbAsync(db => db.UtilisationRoutes.SingleAsync(r => r.Id == id));
        Assert.Equal(("Aggregate for bricks and blocks", "3031", null, true), (stored.UseEn, stored.ReceivingIndustries, stored.Replaces, stored.Withdrawn));
    }

    [Fact]
    public async Task A_bad_route_is_refused_naming_its_fields()
    {
        var app = await apps.For(Provider.Sqlite);
        var guangdong = await app.ClientAsAsync(Roles.Province, regionCode: "440000");

        var response = await guangdong.PostAsJsonAsync("/api/routes", new
        {
            materialCategory = "bad category", categoryZh = "", categoryEn = "x", useZh = "用途", useEn = "Use", receivingIndustries = "3011; Z99",
        });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["categoryZh", "materialCategory", "receivingIndustries"],
            problem.GetProperty("errorsEn").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("Z99", problem.GetProperty("errorsZh").GetProperty("receivingIndustries").GetString(), StringComparison.Ordinal);
    }
}
