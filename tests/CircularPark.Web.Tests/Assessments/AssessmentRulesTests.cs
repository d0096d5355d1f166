using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using static CircularPark.Web.Tests.Assessments.AssessmentDriver;

namespace CircularPark.Web.Tests.Assessments;

/// <summary>Who may do what with the registers, schemes and economics, and bad input named back field by field with nothing stored.</summary>
public class AssessmentRulesTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinghong = "英德市英红工业园";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_registers_are_kept_by_the_park_supervised_by_officials_and_closed_to_other_cities(Provider provider)
    {
        var app = await apps.For(provider);
        var driver = new AssessmentDriver(app);
        var parkId = await driver.ParkIdAsync(Yinghong);
        var park = await driver.ParkUserAsync(Yinghong);
        var (qingyuan, shenzhen) = (await app.ClientAsAsync(Roles.City, "441800"), await app.ClientAsAsync(Roles.City, "440300"));
        var enterprise = await EnterpriseAsync(park, parkId, "英德某陶瓷有限公司");
        var audit = new { enterpriseId = enterprise, year = 2022, type = "Mandatory", stage = "Accepted", acceptedOn = "2022-11-30" };
        var inspection = new { enterpriseId = enterprise, kind = "Random", inspectedOn = "2023-05-04", findings = "窑炉余热未利用", rectificationDueOn = "2023-08-31" };

        Assert.Equal(HttpStatusCode.Created, (await park.PostAsJsonAsync($"/api/parks/{parkId}/compliance/audits", audit)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await park.PostAsJsonAsync($"/api/parks/{parkId}/compliance/inspections", inspection)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await qingyuan.PostAsJsonAsync($"/api/parks/{parkId}/compliance/inspections", inspection)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await shenzhen.GetAsync($"/api/parks/{parkId}/compliance")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await shenzhen.PostAsJsonAsync($"/api/parks/{parkId}/compliance/audits", audit)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await qingyuan.GetAsync("/api/parks/999999/compliance")).StatusCode);
        Assert.Empty((await JsonAsync(shenzhen, "/api/compliance/alerts")).EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/api/parks/{parkId}/compliance/public")).StatusCode);
        var deleted = await park.DeleteAsync($"/api/parks/{parkId}/enterprises/{enterprise}");
        Assert.Equal(HttpStatusCode.Conflict, deleted.StatusCode);
        Assert.Contains("合规记录须保留", await deleted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public static readonly TheoryData<string, string, string> BadEntries = new()
    {
        { "audits", """{"enterpriseId":{E},"year":2022,"type":"Mandatory","stage":"Accepted"}""", "acceptedOn" },
        { "audits", """{"enterpriseId":{E},"year":1890,"type":"Mandatory","stage":"Started"}""", "year" },
        { "audits", """{"enterpriseId":999999,"year":2022,"type":"Mandatory","stage":"Started"}""", "enterpriseId" },
        { "inspections", """{"enterpriseId":{E},"kind":"OnSite","inspectedOn":"2023-05-04","findings":"x","rectificationDueOn":"2023-05-01"}""", "rectificationDueOn" },
        { "inspections", """{"enterpriseId":{E},"kind":"OnSite","inspectedOn":"2023-05-04","findings":" "}""", "findings" },
        { "inspections", """{"enterpriseId":{E},"kind":"OnSite","inspectedOn":"2099-05-04","findings":"x"}""", "inspectedOn" },
        { "eias", """{"reportTitle":"规划环评","approvalNumber":"韶环函〔2021〕51号","approvedOn":"2021-02-01","validUntil":"2020-12-31"}""", "validUntil" },
        { "green", """{"enterpriseId":{E},"kind":"Park","level":"Provincial","year":2022,"documentNumber":"粤工信〔2022〕1号"}""", "enterpriseId" },
        { "green", """{"enterpriseId":{E},"kind":"Product","level":"National","year":2022,"documentNumber":"工信厅节函〔2022〕1号"}""", "productName" },
        { "environmental-reports", """{"year":2022,"title":"","summary":"概述"}""", "title" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task A_register_entry_that_breaks_a_rule_is_refused_naming_the_field_in_both_languages_and_nothing_is_stored(string register, string json, string field)
    {
        var app = await apps.For(Provider.Sqlite);
        var driver = new AssessmentDriver(app);
        var parkId = await driver.ParkIdAsync(Yinghong);
        var city = await app.ClientAsAsync(Roles.City, "441800");
        var enterprise = await EnterpriseAsync(city, parkId, $"校验用企业{Guid.NewGuid():N}");
        var before = (await JsonAsync(city, $"/api/parks/{parkId}/compliance")).ToString();

        var response = await city.PostAsync($"/api/parks/{parkId}/compliance/{register}",
            new StringContent(json.Replace("{E}", enterprise.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual(problem.GetProperty("errorsZh").GetProperty(field).GetString(), problem.GetProperty("errorsEn").GetProperty(field).GetString());
        Assert.Equal(before, (await JsonAsync(city, $"/api/parks/{parkId}/compliance")).ToString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Schemes_belong_to_their_region_are_checked_field_by_field_and_steps_come_in_order(Provider provider)
    {
        var app = await apps.For(provider);
        var (qingyuan, shenzhen) = (await app.ClientAsAsync(Roles.City, "441800"), await app.ClientAsAsync(Roles.City, "440300"));
        var park = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);
        Assert.Equal(HttpStatusCode.Forbidden, (await shenzhen.PostAsJsonAsync("/api/assessment/regions/441800/schemes", Scheme(2023))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await park.PostAsJsonAsync("/api/assessment/regions/441800/schemes", Scheme(2023))).StatusCode);

        var broken = await qingyuan.PostAsJsonAsync("/api/assessment/regions/441800/schemes", new
        {
            year = 2023, nameZh = "考核", missing = "ScoreZero", ties = "SharedRank",
            items = new object[]
            {
                new { code = "a", nameZh = "增速", category = "Economic", metric = "growth:VA", weight = 50, method = "Linear", floor = 10 },
                new { code = "b", nameZh = "未知", category = "Economic", metric = "growth:NOPE", weight = 50, method = "ShareOfBest" },
            },
            adjustments = new object[] { new { code = "a", nameZh = "重复", category = "Compliance", metric = "green", pointsEach = 0 } },
        });
        var errors = (await broken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorsZh").EnumerateObject().Select(e => e.Name).Order().ToList();
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(["adjustments[0].code", "adjustments[0].pointsEach", "items[0].target", "items[1].metric"], errors);

        var id = (await Ok(await qingyuan.PostAsJsonAsync("/api/assessment/regions/441800/schemes", Scheme(2023))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await qingyuan.PostAsJsonAsync("/api/assessment/regions/441800/schemes", Scheme(2023))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/api/assessment/schemes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shenzhen.GetAsync($"/api/assessment/schemes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await qingyuan.PostAsync($"/api/assessment/schemes/{id}/review", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await shenzhen.PostAsync($"/api/assessment/schemes/{id}/compute", null)).StatusCode);
        Ok(await qingyuan.PostAsync($"/api/assessment/schemes/{id}/compute", null));
        Assert.Equal(HttpStatusCode.Conflict, (await qingyuan.PostAsync($"/api/assessment/schemes/{id}/publish", null)).StatusCode);
        var parkId = await new AssessmentDriver(app).ParkIdAsync(Yinghong);
        var noReason = await qingyuan.PostAsJsonAsync($"/api/assessment/schemes/{id}/parks/{parkId}/adjustments", new { points = 3, reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await qingyuan.GetAsync($"/api/assessment/schemes/{id}/export?format=pdf")).StatusCode);
        // Changing the scheme after computing makes the scores stale: reviewing them is refused until they are computed again.
        Ok(await qingyuan.PutAsJsonAsync($"/api/assessment/regions/441800/schemes/{id}", Scheme(2023)));
        var stale = await qingyuan.PostAsync($"/api/assessment/schemes/{id}/review", null);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("重新计算", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Economics_are_for_the_officials_over_the_region_and_a_reported_error_stores_nothing(Provider provider)
    {
        var app = await apps.For(provider);
        var (qingyuan, shenzhen) = (await app.ClientAsAsync(Roles.City, "441800"), await app.ClientAsAsync(Roles.City, "440300"));
        var park = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);

        Assert.Equal(HttpStatusCode.Forbidden, (await shenzhen.GetAsync("/api/economics/441800/2022")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await park.GetAsync("/api/economics/441800/2022")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await qingyuan.GetAsync("/api/economics/999999/2022")).StatusCode);
        var figures = new object[]
        {
            new { code = "FAI", value = 100.0, unit = "亿元", reportedGrowthPercent = 12.0 },
            new { code = "PRJ_SIGNED", value = -3.0, unit = "个" },
        };
        var refused = await qingyuan.PutAsJsonAsync("/api/economics/441800/2022/reported", figures);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorsZh").TryGetProperty("figures.PRJ_SIGNED", out _));
        Assert.Empty((await JsonAsync(qingyuan, "/api/economics/441800/2022")).GetProperty("reported").EnumerateArray());
        var saved = Ok(await qingyuan.PutAsJsonAsync("/api/economics/441800/2022/reported",
            new object[] { new { code = "FAI", value = 100.0, unit = "亿元" }, new { code = "FAI_IND", value = 120.0, unit = "亿元" } }));
        var kept = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Data.PartExceedsTotalOfficial", kept.GetProperty("warnings")[0].GetProperty("code").GetString());
    }
}
