using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Parks;

namespace CircularPark.Web.Tests.Enterprises;

public class ChainGapApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_Kalundborg_like_park_has_no_gap_and_losing_its_plasterboard_plant_flags_200_kt_of_gypsum(Provider provider)
    {
        var app = await apps.For(provider);
        var parkId = await ParksApiTests.ParkIdAsync(app, "惠东产业转移工业园");
        var huizhou = await app.ClientAsAsync(Roles.City, regionCode: "441300");
        var ids = await KalundborgThroughApi.BuildAsync(huizhou, parkId);

        var before = await huizhou.GetFromJsonAsync<JsonElement>($"/api/parks/{parkId}/chain/gaps");
        var deleted = await huizhou.DeleteAsync($"/api/parks/{parkId}/enterprises/{ids["plasterboard"]}");
        var after = await huizhou.GetFromJsonAsync<JsonElement>($"/api/parks/{parkId}/chain/gaps");

        Assert.Empty(before.GetProperty("gaps").EnumerateArray());
        Assert.Empty(before.GetProperty("suppliableInputs").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var gap = Assert.Single(after.GetProperty("gaps").EnumerateArray());
        Assert.Equal("FGD gypsum", gap.GetProperty("streamName").GetString());
        Assert.Equal("Asnæs power station", gap.GetProperty("enterpriseName").GetString());
        Assert.Equal(KalundborgThroughApi.GypsumTonnes, gap.GetProperty("unusedTonnesPerYear").GetDouble());
        Assert.False(gap.GetProperty("hasParkUser").GetBoolean());
        var candidates = gap.GetProperty("candidates").EnumerateArray()
            .ToDictionary(c => c.GetProperty("useZh").GetString()!, c => c.GetProperty("parkReceivers").EnumerateArray().Select(r => r.GetString()).ToList());
        Assert.Equal(["Aalborg Portland cement plant"], candidates["水泥缓凝剂"]);
        Assert.Empty(candidates["纸面石膏板"]);
    }

    [Fact]
    public async Task Without_the_cement_plant_the_fly_ash_is_a_gap_and_a_hazard_first_ranking_puts_hazardous_waste_on_top()
    {
        var app = await apps.For(Provider.Sqlite);
        var parkId = await ParksApiTests.ParkIdAsync(app, "恩平产业转移工业园");
        var admin = await app.ClientAsAsync(Roles.Admin);
        var ids = await KalundborgThroughApi.BuildAsync(admin, parkId);
        (await admin.DeleteAsync($"/api/parks/{parkId}/enterprises/{ids["cement"]}")).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/parks/{parkId}/enterprises", new
        {
            name = "电路板厂", industryCode = "C3982", streams = new[]
            {
                new { name = "废电路板", kind = "Waste", materialCode = "waste-circuit-board", materialCategory = "circuit-board-waste", quantity = 800.0, unit = "Tonne", hazardCode = "900-045-49" },
            },
        })).EnsureSuccessStatusCode();

        var byMass = await admin.GetFromJsonAsync<JsonElement>($"/api/parks/{parkId}/chain/gaps");
        var hazardFirst = await admin.GetFromJsonAsync<JsonElement>($"/api/parks/{parkId}/chain/gaps?order=HazardFirst");

        Assert.Equal(["Fly ash", "废电路板"], byMass.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("streamName").GetString()));
        Assert.Equal(120_000, byMass.GetProperty("gaps")[0].GetProperty("unusedTonnesPerYear").GetDouble());
        Assert.Equal(["废电路板", "Fly ash"], hazardFirst.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("streamName").GetString()));
        Assert.True(hazardFirst.GetProperty("gaps")[0].GetProperty("hazardous").GetBoolean());
        Assert.All(hazardFirst.GetProperty("gaps")[0].GetProperty("candidates").EnumerateArray(), c => Assert.True(c.GetProperty("needsChainFilling").GetBoolean()));
    }

    [Fact]
    public async Task An_input_bought_outside_that_a_spare_park_stream_could_replace_is_reported_with_the_route()
    {
        var app = await apps.For(Provider.Sqlite);
        var parkId = await ParksApiTests.ParkIdAsync(app, "广东连州市产业转移工业园区（清远民族工业园）");
        var admin = await app.ClientAsAsync(Roles.Admin);
        var power = await admin.PostAsJsonAsync($"/api/parks/{parkId}/enterprises", new
        {
            name = "热电厂", industryCode = "D4412",
            streams = new[] { KalundborgThroughApi.Stream("脱硫石膏", "ByProduct", "fgd-gypsum-hd", "desulphurisation-gypsum", 5_000) },
        });
        power.EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/parks/{parkId}/enterprises", new
        {
            name = "石膏板厂", industryCode = "3024",
            inputs = new[] { new { name = "天然石膏", materialCode = "natural-gypsum", quantity = 8_000.0, unit = "Tonne", boughtOutsidePark = true } },
        })).EnsureSuccessStatusCode();

        var report = await admin.GetFromJsonAsync<JsonElement>($"/api/parks/{parkId}/chain/gaps");

        var input = Assert.Single(report.GetProperty("suppliableInputs").EnumerateArray());
        Assert.Equal("天然石膏", input.GetProperty("inputName").GetString());
        var candidate = Assert.Single(input.GetProperty("candidates").EnumerateArray());
        Assert.Equal(("脱硫石膏", 5_000.0, "纸面石膏板"),
            (candidate.GetProperty("streamName").GetString(), candidate.GetProperty("unusedTonnesPerYear").GetDouble(), candidate.GetProperty("useZh").GetString()));
    }
}
