using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;
using static CircularPark.Web.Tests.Acceptance.AcceptanceDriver;

namespace CircularPark.Web.Tests.Acceptance;

/// <summary>
/// The results of a provincial spot check (抽查, 004 三（三）: 不定期组织专家对…园区进行抽查; issue 13 item 3, ADR 0079): the province
/// records a result for each drawn park and publishes them; published results are public and final. Moves the clock.
/// </summary>
public class SpotCheckResultTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_province_records_each_drawn_parks_result_then_publishes_them_for_everyone_and_they_no_longer_change(Provider provider)
    {
        var app = await apps.For(provider);
        app.Clock.SetChinaTime(2019, 9, 2);
        await app.WithDbAsync(async db =>
        {
            foreach (var p in await db.Participations.Where(p => p.Campaign!.Code == "sd-2018-336" && p.PlannedYear == 2018).ToListAsync())
                p.MoveTo(ParticipationState.Accepted, "test", new DateTime(2019, 6, 30, 0, 0, 0, DateTimeKind.Utc), "验收通过（测试）");
            return await db.SaveChangesAsync();
        });
        var province = await app.ClientAsAsync(Roles.Province, "370000");
        var guangdong = await app.ClientAsAsync(Roles.Province, "440000");
        var anonymous = app.CreateClient();
        var drawn = await (await province.PostAsJsonAsync("/api/campaigns/sd-2018-336/spot-checks", new { size = 3 })).Content.ReadFromJsonAsync<JsonElement>();
        var id = drawn.GetProperty("id").GetInt32();
        var parks = drawn.GetProperty("parkIds").EnumerateArray().Select(p => p.GetInt32()).ToList();
        var notDrawn = await app.WithDbAsync(db => db.Participations.Where(p => p.Campaign!.Code == "sd-2018-336" && !parks.Contains(p.ParkId)).Select(p => p.ParkId).FirstAsync());
        string Result(int park) => $"/api/acceptance/spot-checks/{id}/parks/{park}";

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/acceptance/spot-checks/{id}")).StatusCode);
        Assert.Empty((await anonymous.GetFromJsonAsync<JsonElement>("/api/acceptance/campaigns/sd-2018-336/spot-checks")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await province.PutAsJsonAsync(Result(notDrawn), new { checkedOn = "2019-09-02", outcome = "Qualified" })).StatusCode);
        var noFindings = await province.PutAsJsonAsync(Result(parks[1]), new { checkedOn = "2019-09-02", outcome = "Unqualified" });
        Assert.Equal("结论为不合格或整改时须填写抽查发现的问题（findings）", (await ProblemAsync(noFindings)).GetProperty("errorsZh").GetProperty("findings").GetString());
        var beforeDraw = await province.PutAsJsonAsync(Result(parks[0]), new { checkedOn = "2019-08-30", outcome = "Qualified" });
        Assert.True((await ProblemAsync(beforeDraw)).GetProperty("errorsZh").TryGetProperty("checkedOn", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await guangdong.PutAsJsonAsync(Result(parks[0]), new { checkedOn = "2019-09-02", outcome = "Unqualified", findings = "外省" })).StatusCode);

        Ok(await province.PutAsJsonAsync(Result(parks[0]), new { checkedOn = "2019-09-02", outcome = "Qualified" }));
        Ok(await province.PutAsJsonAsync(Result(parks[1]), new { checkedOn = "2019-09-02", outcome = "Unqualified", findings = "中水回用设施未按方案建成。" }));
        var unfinished = await province.PostAsJsonAsync($"/api/acceptance/spot-checks/{id}/publish", new { });
        Assert.Equal(("还有 1 个抽查园区没有结果，不能公布", HttpStatusCode.Conflict), ((await ProblemAsync(unfinished)).GetProperty("messageZh").GetString(), unfinished.StatusCode));
        Ok(await province.PutAsJsonAsync(Result(parks[2]), new { checkedOn = "2019-09-02", outcome = "Rectify", findings = "固废台账不全，限期三个月整改。" }));
        Assert.Equal(HttpStatusCode.NotFound, (await guangdong.PostAsJsonAsync($"/api/acceptance/spot-checks/{id}/publish", new { })).StatusCode);
        Ok(await province.PostAsJsonAsync($"/api/acceptance/spot-checks/{id}/publish", new { publishedOn = "2019-09-02" }));

        var published = await anonymous.GetFromJsonAsync<JsonElement>($"/api/acceptance/spot-checks/{id}");
        Assert.Equal("2019-09-02", published.GetProperty("publishedOn").GetString());
        Assert.Equal(["Qualified", "Unqualified", "Rectify"], published.GetProperty("parks").EnumerateArray().Select(p => p.GetProperty("outcome").GetString()));
        Assert.Equal("中水回用设施未按方案建成。", published.GetProperty("parks")[1].GetProperty("findings").GetString());
        Assert.Single((await anonymous.GetFromJsonAsync<JsonElement>("/api/acceptance/campaigns/sd-2018-336/spot-checks")).EnumerateArray());
        var late = await province.PutAsJsonAsync(Result(parks[0]), new { checkedOn = "2019-09-02", outcome = "Unqualified", findings = "改口" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("Qualified", (await anonymous.GetFromJsonAsync<JsonElement>($"/api/acceptance/spot-checks/{id}")).GetProperty("parks")[0].GetProperty("outcome").GetString());
    }
}
