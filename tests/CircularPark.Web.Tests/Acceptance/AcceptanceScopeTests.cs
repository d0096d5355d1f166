using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using static CircularPark.Web.Tests.Acceptance.AcceptanceDriver;

namespace CircularPark.Web.Tests.Acceptance;

/// <summary>Who may read and change what: park users their park, city users their city, anonymous only the public results and library.</summary>
public class AcceptanceScopeTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Users_of_another_park_or_city_are_refused_and_anonymous_users_read_only_what_is_public(Provider provider)
    {
        var app = await apps.For(provider);
        var acceptance = await SetUpAsync(app, $"acc-scope-{provider}");
        var (parkId, park) = await acceptance.AppliedParkAsync(Yinghong);
        var otherPark = await app.ClientAsAsync(Roles.Park, parkName: Lianzhou);
        var otherCity = await app.ClientAsAsync(Roles.City, "440300");
        var ownCity = await app.ClientAsAsync(Roles.City, "441800");
        var anonymous = app.CreateClient();
        var steps = acceptance.Steps(parkId);

        Assert.Equal(HttpStatusCode.Forbidden, (await otherPark.GetAsync(steps)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherPark.PutAsJsonAsync($"{steps}/draft", Report)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherPark.PostAsJsonAsync($"{steps}/delays", new { months = 6, reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCity.GetAsync(steps)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await acceptance.StepAsync(otherCity, parkId, "document-review")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await acceptance.StepAsync(park, parkId, "document-review")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(steps)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await acceptance.StepAsync(anonymous, parkId, "document-review")).StatusCode);
        Assert.Equal("Submitted", (await acceptance.ViewAsync(acceptance.Province, parkId)).GetProperty("application").GetProperty("status").GetString());

        Ok(await acceptance.StepAsync(ownCity, parkId, "document-review"));
        Ok(await acceptance.StepAsync(ownCity, parkId, "site-verification"));
        Ok(await acceptance.StepAsync(ownCity, parkId, "expert-review", 91));
        Assert.Equal(HttpStatusCode.Forbidden, (await acceptance.FileAsync(ownCity, parkId)).StatusCode);
        Ok(await acceptance.FileAsync(acceptance.Province, parkId));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/acceptance/campaigns/{acceptance.Campaign}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/acceptance/campaigns/{acceptance.Campaign}/failed-notice.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/acceptance/demonstration-parks")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync($"/api/acceptance/campaigns/{acceptance.Campaign}/rules", new { })).StatusCode);
        var rules = new { acceptanceDueOn = "2026-12-31", delayRequestDueOn = (string?)null, maxDelayRequests = 1, maxDelayMonths = 12, maxScore = 100, bands = (object[]?)null };
        Assert.Equal(HttpStatusCode.Forbidden, (await park.PutAsJsonAsync($"/api/acceptance/campaigns/{acceptance.Campaign}/rules", rules)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_province_names_an_accepted_park_a_demonstration_park_shown_in_the_public_list(Provider provider)
    {
        var app = await apps.For(provider);
        var acceptance = await SetUpAsync(app, $"acc-demo-{provider}");
        var (parkId, park) = await acceptance.AppliedParkAsync(Yinghong);
        var designate = $"{acceptance.Steps(parkId)}/demonstration";

        var early = await acceptance.Province.PostAsJsonAsync(designate, new { reason = "成效突出" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        await acceptance.ReviewAsync(parkId, 93);
        Ok(await acceptance.FileAsync(acceptance.Province, parkId));
        Assert.Equal(HttpStatusCode.Forbidden, (await park.PostAsJsonAsync(designate, new { reason = "自荐" })).StatusCode);
        Ok(await acceptance.Province.PostAsJsonAsync(designate, new { reason = "循环化改造成效突出，予以命名" }));

        var list = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/acceptance/demonstration-parks");
        var entry = Assert.Single(list.EnumerateArray(), e => e.GetProperty("campaignCode").GetString() == acceptance.Campaign);
        Assert.Equal((Yinghong, "Provincial"), (entry.GetProperty("park").GetString(), entry.GetProperty("level").GetString()));
        Assert.Equal("Demonstration", (await acceptance.ViewAsync(park, parkId)).GetProperty("state").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Library_entries_are_written_by_the_park_published_by_the_province_and_then_searched_by_anyone(Provider provider)
    {
        var app = await apps.For(provider);
        var parkId = await app.WithDbAsync(db => Task.FromResult(db.Parks.Single(p => p.Name == Yinghong).Id));
        var park = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);
        var otherPark = await app.ClientAsAsync(Roles.Park, parkName: Lianzhou);
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var anonymous = app.CreateClient();
        var word = $"余热梯级{provider}";
        var entry = new { parkId, kind = "TypicalCase", title = $"陶瓷窑炉{word}利用", summary = "窑炉余热供周边企业烘干。", body = "园区引导陶瓷企业建设余热回收系统……" };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/acceptance/cases", entry)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherPark.PostAsJsonAsync("/api/acceptance/cases", entry)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await park.PostAsJsonAsync("/api/acceptance/cases", entry with { title = "" })).StatusCode);
        var created = await park.PostAsJsonAsync("/api/acceptance/cases", entry);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/acceptance/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPark.GetAsync($"/api/acceptance/cases/{id}")).StatusCode);
        Assert.Empty((await anonymous.GetFromJsonAsync<JsonElement>($"/api/acceptance/cases?q={word}")).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await park.PostAsync($"/api/acceptance/cases/{id}/publish", null)).StatusCode);
        Ok(await province.PostAsync($"/api/acceptance/cases/{id}/publish", null));

        var found = Assert.Single((await anonymous.GetFromJsonAsync<JsonElement>($"/api/acceptance/cases?q={word}")).EnumerateArray());
        Assert.Equal((id, Yinghong), (found.GetProperty("id").GetInt32(), found.GetProperty("park").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/acceptance/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await park.PutAsJsonAsync($"/api/acceptance/cases/{id}", entry)).StatusCode);
    }

    [Fact]
    public async Task The_public_pages_open_for_anyone_and_a_parks_acceptance_page_only_within_scope()
    {
        var app = await apps.For(Provider.Sqlite);
        var acceptance = await SetUpAsync(app, "acc-pages", new { acceptanceDueOn = "2099-12-31", delayRequestDueOn = (string?)null, maxDelayRequests = (int?)null, maxDelayMonths = 6, maxScore = (double?)null, bands = (object[]?)null });
        var (parkId, park) = await acceptance.ApprovedParkAsync(Yinghong);
        var anonymous = app.CreateClient();

        var rules = await anonymous.GetStringAsync("/acceptance/acc-pages/rules");
        Assert.Contains("2099年12月31日", rules, StringComparison.Ordinal);
        Assert.Contains("最多 1 次，每次不超过 6 个月", rules, StringComparison.Ordinal);
        Assert.Contains("目前没有未通过验收的园区", await anonymous.GetStringAsync("/acceptance/acc-pages/results"), StringComparison.Ordinal);
        Assert.Contains("经验与典型案例", await anonymous.GetStringAsync("/cases"), StringComparison.Ordinal);
        Assert.Contains("循环化改造示范园区", await anonymous.GetStringAsync("/acceptance/demonstration"), StringComparison.Ordinal);
        Assert.Contains("申请延期验收", await park.GetStringAsync($"/acceptance/acc-pages/parks/{parkId}"), StringComparison.Ordinal);
        var otherPark = await (await app.ClientAsAsync(Roles.Park, parkName: Lianzhou)).GetAsync($"/acceptance/acc-pages/parks/{parkId}");
        Assert.Contains("/account/denied", otherPark.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        var signIn = await anonymous.GetAsync($"/acceptance/acc-pages/parks/{parkId}");
        Assert.Contains("/account/login", signIn.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inbox_shows_each_user_the_acceptance_step_they_have_to_take()
    {
        var app = await apps.For(Provider.Sqlite);
        var acceptance = await SetUpAsync(app, "acc-inbox");
        var (parkId, park) = await acceptance.AppliedParkAsync(Yinghong);
        var qingyuan = await app.ClientAsAsync(Roles.City, "441800");
        var shenzhen = await app.ClientAsAsync(Roles.City, "440300");

        Assert.Equal(["ReviewAcceptance"], await TasksAsync(acceptance.Province, parkId));
        Assert.Equal(["ReviewAcceptance"], await TasksAsync(qingyuan, parkId));
        Assert.Empty(await TasksAsync(shenzhen, parkId));
        Ok(await acceptance.StepAsync(acceptance.Province, parkId, "return", reason: "缺少投资佐证材料"));
        Assert.Equal(["ReviseAcceptance"], await TasksAsync(park, parkId));
        Assert.Empty(await TasksAsync(acceptance.Province, parkId));
        Ok(await acceptance.SaveDraftAsync(park, parkId));
        Ok(await acceptance.SubmitAsync(park, parkId));
        await acceptance.ReviewAsync(parkId, 85);
        Assert.Equal(["FileAcceptance"], await TasksAsync(acceptance.Province, parkId));
        Assert.Empty(await TasksAsync(qingyuan, parkId));
    }

    private static async Task<List<string>> TasksAsync(HttpClient client, int parkId) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/inbox")).EnumerateArray()
            .Where(t => t.GetProperty("campaignCode").GetString() == "acc-inbox" && t.GetProperty("parkId").ValueKind == JsonValueKind.Number
                && t.GetProperty("parkId").GetInt32() == parkId && !t.GetProperty("kind").GetString()!.EndsWith("Report", StringComparison.Ordinal))
            .Select(t => t.GetProperty("kind").GetString()!).ToList();
}
