using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;

namespace CircularPark.Web.Tests.Reviews;

/// <summary>City promotion plans (listed parks count as applicants) and each campaign's own review checklist.</summary>
public class PromotionAndChecklistTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinghong = "英德市英红工业园";
    private const string Yinxing = "银星科技园（深圳）";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_city_lists_its_parks_per_year_the_province_sees_every_city_and_a_listed_park_is_recommended_without_applying(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var selection = await SelectionDriver.SetUpAsync(app, province, $"promo-{provider}");
        var (yinghong, yinxing) = (await selection.ParkIdAsync(Yinghong), await selection.ParkIdAsync(Yinxing));
        var qingyuan = await app.ClientAsAsync(Roles.City, "441800");
        var shenzhen = await app.ClientAsAsync(Roles.City, "440300");
        var plans = $"/api/selection/campaigns/{selection.Campaign}/promotion-plans";

        var otherCitysPark = await qingyuan.PostAsJsonAsync($"{plans}/441800", new { parks = new[] { new { parkId = yinxing, year = 2021 } } });
        var notMyCity = await shenzhen.PostAsJsonAsync($"{plans}/441800", new { parks = new[] { new { parkId = yinghong, year = 2021 } } });
        (await qingyuan.PostAsJsonAsync($"{plans}/441800", new { parks = new[] { new { parkId = yinghong, year = 2021 } } })).EnsureSuccessStatusCode();
        (await shenzhen.PostAsJsonAsync($"{plans}/440300", new { parks = new[] { new { parkId = yinxing, year = 2022 } } })).EnsureSuccessStatusCode();
        var seenByProvince = await province.GetFromJsonAsync<JsonElement>(plans);
        var seenByShenzhen = await shenzhen.GetFromJsonAsync<JsonElement>(plans);
        var xlsx = await province.GetAsync($"{plans}?format=xlsx");
        var park = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);
        var inbox = await park.GetFromJsonAsync<JsonElement>("/api/inbox");
        await selection.SubmitPlanAsync(park, yinghong);
        var recommended = await selection.RecommendAsync(qingyuan, yinghong);

        Assert.Equal(HttpStatusCode.BadRequest, otherCitysPark.StatusCode);
        Assert.Contains(Yinxing, (await otherCitysPark.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorsZh").GetProperty("parks[0].parkId").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, notMyCity.StatusCode);
        Assert.Equal(new (string?, int, string?)[] { ("440300", 2022, "Listed"), ("441800", 2021, "Listed") },
            seenByProvince.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("cityCode").GetString(), r.GetProperty("year").GetInt32(), r.GetProperty("state").GetString())));
        Assert.Equal(Yinxing, Assert.Single(seenByShenzhen.GetProperty("rows").EnumerateArray()).GetProperty("park").GetString());
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Contains(inbox.EnumerateArray(), t => t.GetProperty("kind").GetString() == "SubmitPlan" && t.GetProperty("parkId").GetInt32() == yinghong);
        Assert.Equal(HttpStatusCode.OK, recommended.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await park.GetAsync(plans)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Reviews_score_the_campaigns_own_checklist_which_cannot_change_once_a_panel_is_assigned(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var selection = await SelectionDriver.SetUpAsync(app, province, $"list-{provider}");
        var checklist = $"/api/selection/campaigns/{selection.Campaign}/checklist";
        var defaults = await app.CreateClient().GetFromJsonAsync<JsonElement>(checklist);
        var items = new[] { new { code = "chain-strength", labelZh = "产业链是否完整", labelEn = "Chain" }, new { code = "digital-platform", labelZh = "智慧园区平台", labelEn = "Digital platform" } };
        var byCity = await (await app.ClientAsAsync(Roles.City, "441800")).PutAsJsonAsync(checklist, new { items });
        var badCode = await province.PutAsJsonAsync(checklist, new { items = new[] { new { code = "Bad Code", labelZh = "x", labelEn = "" } } });
        (await province.PutAsJsonAsync(checklist, new { items })).EnsureSuccessStatusCode();
        var (chairEmail, chair) = await selection.ExpertAsync("华南循环经济研究院");
        await selection.UnderReviewAsync(Yinghong, province, (chairEmail, true));
        var parkId = await selection.ParkIdAsync(Yinghong);

        var oldList = await selection.ReviewAsync(chair, parkId);
        var late = await province.PutAsJsonAsync(checklist, new { items = items.Take(1) });
        var scored = await chair.PostAsJsonAsync($"/api/selection/campaigns/{selection.Campaign}/parks/{parkId}/review",
            new { scores = items.Select(i => new { itemCode = i.code, score = 2, comment = "" }), comment = "符合要求" });

        Assert.Equal(15, defaults.GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, byCity.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, oldList.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scored.StatusCode);
        Assert.Equal(2, (await app.CreateClient().GetFromJsonAsync<JsonElement>(checklist)).GetArrayLength());
    }

    [Fact]
    public async Task A_campaign_is_set_up_with_targets_and_a_report_schedule_and_a_bad_line_names_its_field()
    {
        var app = await apps.For(Provider.Sqlite);
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        object Call(string code, int dueMonth) => new
        {
            code, titleZh = "2026 年园区循环化改造工作通知", scopeRegion = "440000", taskTemplate = "NationalFive", issuingBodies = "广东省工业和信息化厅",
            targets = new[] { new { metric = "Transformed", share = 0.75, deadline = "2030-12-31" } },
            reports = new[] { new { type = "park-yearly", nameZh = "园区年度进展报告", from = "Park", to = "Province", recurrence = "Yearly", dueMonth, dueDay = 31, yearOffset = 1, firstPeriod = 2026, lastPeriod = 2029 } },
        };

        var bad = await province.PostAsJsonAsync("/api/selection/campaigns", Call("setup-bad", 13));
        var created = await province.PostAsJsonAsync("/api/selection/campaigns", Call("setup-ok", 1));
        var campaign = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/campaigns/setup-ok");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorsZh").TryGetProperty("reports[0].dueMonth", out _));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/api/campaigns/setup-bad")).StatusCode);
        Assert.Contains("2029", campaign.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("0.75", campaign.GetRawText(), StringComparison.Ordinal);
    }
}
