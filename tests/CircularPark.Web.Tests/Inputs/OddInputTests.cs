using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Acceptance;
using CircularPark.Web.Tests.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Inputs;

/// <summary>
/// Issue 12 finding 12: valid but odd input answered 500 or was stored. Each probe is now a 4xx whose message names the
/// field and the rule in both languages, and nothing is stored.
/// </summary>
public class OddInputTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public async Task An_empty_body_for_the_anonymous_formula_check_is_a_400_naming_each_missing_field()
    {
        var client = (await apps.For(Provider.Sqlite)).CreateClient();

        var response = await client.PostAsJsonAsync("/api/indicators/check", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Problem(response)).GetProperty("errorsZh");
        Assert.Equal("缺少“code”", errors.GetProperty("code").GetString());
        Assert.Equal("缺少“formula”", errors.GetProperty("formula").GetString());
    }

    [Theory]
    [InlineData("""{"code": 5}""", "code")]
    [InlineData("""{"code": "X", "direction": "Sideways"}""", "direction")]
    [InlineData("""{"code": "X", "formula": """, "formula")]
    [InlineData("""[1, 2]""", "body")]
    public async Task Malformed_json_or_a_wrong_type_is_a_400_in_both_languages_naming_where_it_broke(string json, string field)
    {
        var client = (await apps.For(Provider.Sqlite)).CreateClient();

        var response = await client.PostAsync("/api/indicators/check", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problem(response);
        Assert.Contains("不是有效的 JSON", problem.GetProperty("errorsZh").GetProperty(field).GetString(), StringComparison.Ordinal);
        Assert.Contains("is not valid JSON", problem.GetProperty("errorsEn").GetProperty(field).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_of_another_media_type_is_a_415_in_both_languages()
    {
        var client = (await apps.For(Provider.Sqlite)).CreateClient();

        var response = await client.PostAsync("/api/indicators/check", new StringContent("code=X", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("text/plain", (await Problem(response)).GetProperty("messageZh").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_page_number_near_the_largest_int_is_an_empty_page_not_the_first_one(Provider provider)
    {
        var client = (await apps.For(provider)).CreateClient();

        var last = await client.GetFromJsonAsync<JsonElement>("/api/parks?page=2147483647&pageSize=500");
        var zero = await client.GetAsync("/api/parks?page=0");
        var text = await client.GetAsync("/api/parks?page=abc");

        Assert.Equal(115, last.GetProperty("total").GetInt32());
        Assert.Equal(2147483647, last.GetProperty("page").GetInt32());
        Assert.Equal(0, last.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.True((await Problem(zero)).GetProperty("errorsEn").TryGetProperty("page", out _));
        Assert.Equal("参数“page”的值“abc”无效", (await Problem(text)).GetProperty("errorsZh").GetProperty("page").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_quantity_that_overflows_once_converted_to_tonnes_is_a_400_naming_the_item_and_nothing_is_saved(Provider provider)
    {
        var app = await apps.For(provider);
        var park = await ParksApiTests.ParkIdAsync(app, "英德市英红工业园");
        var client = await app.ClientAsAsync(Roles.Park, parkName: "英德市英红工业园");

        var response = await client.PutAsJsonAsync($"/api/parks/{park}/statistics/2019", new { entries = new[] { new { code = "SW_GEN", value = 1.7e308, unit = "万吨" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problem(response);
        Assert.Contains("超出可表示的范围", problem.GetProperty("errorsZh").GetProperty("SW_GEN").GetString(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ParkStatistics.AnyAsync(s => s.ParkId == park && s.Year == 2019)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Empty_acceptance_rules_are_refused_and_the_rules_stay_as_they_were(Provider provider)
    {
        var app = await apps.For(provider);
        var acceptance = await AcceptanceDriver.SetUpAsync(app, $"odd-rules-{provider}", new
        {
            acceptanceDueOn = "2025-12-31", delayRequestDueOn = "2025-03-31", maxDelayRequests = 1, maxDelayMonths = 12, maxScore = (double?)null, bands = (object[]?)null,
        });

        var response = await acceptance.Province.PutAsJsonAsync($"/api/acceptance/campaigns/{acceptance.Campaign}/rules", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Problem(response)).GetProperty("errorsEn");
        Assert.Equal("\"acceptanceDueOn\" is required", errors.GetProperty("acceptanceDueOn").GetString());
        Assert.Equal("\"maxDelayMonths\" is required", errors.GetProperty("maxDelayMonths").GetString());
        var due = await app.WithDbAsync(db => db.AcceptanceRules.Where(r => db.Campaigns.Any(c => c.Id == r.CampaignId && c.Code == acceptance.Campaign))
            .Select(r => r.AcceptanceDueOn).SingleAsync());
        Assert.Equal(new DateOnly(2025, 12, 31), due);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_park_name_with_a_control_character_or_a_line_break_is_refused_and_not_stored(Provider provider)
    {
        var app = await apps.For(provider);
        var id = await ParksApiTests.ParkIdAsync(app, "英德市英红工业园");
        var admin = await app.ClientAsAsync(Roles.Admin);
        var park = await admin.GetFromJsonAsync<JsonElement>($"/api/parks/{id}");
        object Changes(string name) => new { name, level = "Provincial", kind = "Other", version = park.GetProperty("version").GetInt64() };

        var control = await admin.PutAsJsonAsync($"/api/parks/{id}", Changes("英德市\u0001英红工业园"));
        var lineBreak = await admin.PutAsJsonAsync($"/api/parks/{id}", Changes("英德市\n英红工业园"));

        Assert.Equal(HttpStatusCode.BadRequest, control.StatusCode);
        Assert.Contains("U+0001", (await Problem(control)).GetProperty("errorsEn").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, lineBreak.StatusCode);
        Assert.Contains("one line of text", (await Problem(lineBreak)).GetProperty("errorsEn").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("英德市英红工业园", await app.WithDbAsync(db => db.Parks.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_report_section_of_three_million_characters_is_refused_naming_the_limit_and_nothing_is_saved(Provider provider)
    {
        var app = await apps.For(provider);
        var park = await ParksApiTests.ParkIdAsync(app, "英德市英红工业园");
        var client = await app.ClientAsAsync(Roles.Park, parkName: "英德市英红工业园");
        var requirement = await Reports.ReportDriver.AddParkRequirementAsync(app, 2021, 2021);
        var url = $"/api/parks/{park}/reports/{requirement}/2021";

        var huge = await client.PutAsJsonAsync(url, new { progress = new string('x', 3_000_000) });
        var over = await client.PutAsJsonAsync(url, new { progress = "ok", difficulties = new string('难', 20_001) });

        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        var problem = await Problem(over);
        Assert.Equal("“difficulties”不能超过 20000 个字符（现为 20001 个）", problem.GetProperty("errorsZh").GetProperty("difficulties").GetString());
        Assert.False(await app.WithDbAsync(db => db.YearlyReports.AnyAsync(r => r.ParkId == park && r.Period == 2021)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_plan_chapter_of_three_million_characters_or_with_U0000_is_refused_naming_the_chapter_and_the_saved_version_stays(Provider provider)
    {
        var app = await apps.For(provider);
        var (park, client) = await Reports.ReportDriver.ParkWithPlanAsync(app, "英德市英红工业园");
        var plan = await app.WithDbAsync(db => db.Plans.Where(p => p.ParkId == park).Select(p => p.Id).SingleAsync());
        var url = $"/api/plans/{plan}/versions/1";

        var huge = await client.PutAsJsonAsync(url, new { content = Indicators.PlansApiTests.Content(new string('x', 3_000_000)), version = 1 });
        var over = await client.PutAsJsonAsync(url, new { content = Indicators.PlansApiTests.Content(new string('园', 20_001)), version = 1 });
        var nul = await client.PutAsJsonAsync(url, new { content = Indicators.PlansApiTests.Content("园区\u0000概况"), version = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        Assert.Contains("20000", (await Problem(over)).GetProperty("errorsZh").GetProperty("content.basicSituation").GetString(), StringComparison.Ordinal);
        Assert.Contains("U+0000", (await Problem(nul)).GetProperty("errorsEn").GetProperty("content.basicSituation").GetString(), StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.PlanVersions.Where(v => v.PlanId == plan).Select(v => v.BasicSituation).SingleAsync());
        Assert.Equal("园区位于英德市北部，面积37.8平方公里。", stored);
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
