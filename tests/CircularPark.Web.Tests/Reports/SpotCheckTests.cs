using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Reports;

public class SpotCheckTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public async Task A_spot_check_drawn_twice_with_the_same_seed_is_the_same_and_its_seed_is_recorded()
    {
        var app = await apps.For(Provider.Sqlite);
        // Say the Shandong parks planned for 2018 were accepted.
        await app.WithDbAsync(async db =>
        {
            foreach (var p in await db.Participations.Where(p => p.Campaign!.Code == "sd-2018-336" && p.PlannedYear == 2018).ToListAsync())
                p.MoveTo(ParticipationState.Accepted, "test", new DateTime(2019, 6, 30, 0, 0, 0, DateTimeKind.Utc), "验收通过（测试）");
            return await db.SaveChangesAsync();
        });
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "370000");
        var city = await app.ClientAsAsync(Roles.City, regionCode: "370100");

        var first = await (await province.PostAsJsonAsync("/api/campaigns/sd-2018-336/spot-checks", new { size = 5 })).Content.ReadFromJsonAsync<JsonElement>();
        var seed = first.GetProperty("seed").GetInt64();
        var again = await (await province.PostAsJsonAsync("/api/campaigns/sd-2018-336/spot-checks", new { size = 5, seed })).Content.ReadFromJsonAsync<JsonElement>();

        var parks = first.GetProperty("parkIds").EnumerateArray().Select(p => p.GetInt32()).ToList();
        Assert.Equal(5, parks.Distinct().Count());
        Assert.Equal(parks, again.GetProperty("parkIds").EnumerateArray().Select(p => p.GetInt32()));
        var accepted = await app.WithDbAsync(db => db.Participations.Where(p => p.Campaign!.Code == "sd-2018-336" && p.State == ParticipationState.Accepted).Select(p => p.ParkId).ToListAsync());
        Assert.All(parks, p => Assert.Contains(p, accepted));
        Assert.Equal(2, await app.WithDbAsync(db => db.SpotChecks.CountAsync(s => s.Seed == seed)));
        Assert.Equal(HttpStatusCode.Forbidden, (await city.PostAsJsonAsync("/api/campaigns/sd-2018-336/spot-checks", new { size = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await province.PostAsJsonAsync("/api/campaigns/sd-2018-336/spot-checks", new { size = 0 })).StatusCode);
    }

    [Fact]
    public async Task Another_province_cannot_draw_a_spot_check_in_a_province_campaign_and_nothing_is_recorded()
    {
        var app = await apps.For(Provider.Sqlite);
        var guangdong = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        var before = await app.WithDbAsync(db => db.SpotChecks.CountAsync());

        var response = await guangdong.PostAsJsonAsync("/api/campaigns/sd-2018-336/spot-checks", new { size = 5 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.SpotChecks.CountAsync()));
    }
}
