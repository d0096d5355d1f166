using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using static CircularPark.Web.Tests.Funds.FundsDriver;

namespace CircularPark.Web.Tests.Funds;

/// <summary>Nobody sees or moves funds their role and region do not allow: a park only its own, a city only its parks, the owner awards.</summary>
public class FundScopeTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_park_sees_only_its_own_applications_and_a_city_only_its_parks(Provider provider)
    {
        var app = await apps.For(provider);
        var funds = await SetUpAsync(app, $"funds-scope-{provider}");
        var programme = await funds.ProgrammeAsync($"gd-scope-{provider.ToString().ToLowerInvariant()}");
        var (yinghong, yinghongPark) = await funds.ParkWithProjectAsync(Yinghong, 3_000);
        var (lianzhou, lianzhouPark) = await funds.ParkWithProjectAsync(Lianzhou, 3_000);
        var (enping, enpingPark) = await funds.ParkWithProjectAsync(Enping, 3_000);
        var a = await AppliedAsync(yinghongPark, programme, yinghong, 3_000m, 900m);
        await AppliedAsync(lianzhouPark, programme, lianzhou, 3_000m, 900m);
        var c = await AppliedAsync(enpingPark, programme, enping, 3_000m, 900m);
        var qingyuan = await app.ClientAsAsync(Roles.City, "441800");
        var jiangmen = await app.ClientAsAsync(Roles.City, "440700");
        var shandong = await app.ClientAsAsync(Roles.Province, "370000");

        Assert.Equal(HttpStatusCode.NotFound, (await yinghongPark.GetAsync($"/api/funds/applications/{c}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApplyAsync(yinghongPark, programme, enping, 3_000m, 900m)).StatusCode);
        Assert.Equal([Yinghong], Parks(await ProgrammeAsync(yinghongPark, programme)));
        Assert.Equal([Lianzhou, Yinghong], Parks(await ProgrammeAsync(qingyuan, programme)).Order(StringComparer.Ordinal));
        Assert.Equal([Lianzhou, Enping, Yinghong], Parks(await ProgrammeAsync(funds.Province, programme)).Order(StringComparer.Ordinal));
        var library = await qingyuan.GetFromJsonAsync<JsonElement>("/api/funds/library");
        Assert.Equal([Lianzhou, Yinghong], library.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("park").GetString()!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await qingyuan.GetAsync($"/api/funds/applications/{c}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await StepAsync(jiangmen, a, "review")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shandong.GetAsync($"/api/funds/programmes/{programme}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shandong.GetAsync($"/api/funds/applications/{a}")).StatusCode);
        Assert.Empty((await shandong.GetFromJsonAsync<JsonElement>("/api/funds/library")).GetProperty("lines").EnumerateArray());

        Ok(await StepAsync(qingyuan, a, "review", new { reason = "初审通过" }));
        Assert.Equal(HttpStatusCode.Forbidden, (await AwardAsync(qingyuan, a)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await AwardAsync(yinghongPark, a)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(yinghongPark, a, "review")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await qingyuan.PostAsJsonAsync("/api/funds/programmes", Rules("gd-by-city"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await shandong.PostAsJsonAsync("/api/funds/programmes", Rules("gd-by-shandong"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await qingyuan.PostAsJsonAsync("/api/funds/programmes", Rules($"qy-{provider.ToString().ToLowerInvariant()}", owner: "441800"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/funds/library")).StatusCode);
        Assert.Equal("Reviewed", (await ApplicationAsync(funds.Province, a)).GetProperty("line").GetProperty("status").GetString());
    }

    private static List<string> Parks(JsonElement programme) =>
        programme.GetProperty("applications").EnumerateArray().Select(a => a.GetProperty("park").GetString()!).ToList();
}
