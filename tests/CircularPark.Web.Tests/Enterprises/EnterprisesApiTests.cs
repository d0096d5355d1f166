using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Enterprises;

public class EnterprisesApiTests(Apps apps) : IClassFixture<Apps>
{
    private const string Park = "英德市英红工业园";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Bad_input_is_refused_naming_each_field_in_Chinese_and_English_and_nothing_is_stored(Provider provider)
    {
        var app = await apps.For(provider);
        var parkId = await ParksApiTests.ParkIdAsync(app, Park);
        var qingyuan = await app.ClientAsAsync(Roles.City, regionCode: "441800");

        var response = await qingyuan.PostAsJsonAsync($"/api/parks/{parkId}/enterprises", new
        {
            name = " ", industryCode = "D3982", latitude = 95.0, longitude = 113.4, permitScope = "HW49; HW51",
            streams = new object[]
            {
                new { name = "废电路板", kind = "Waste", materialCode = "waste board", quantity = -5.0, unit = "Tonne", hazardCode = "900-045-51" },
                new { name = "粉煤灰", kind = "ByProduct", materialCode = "fly-ash", quantity = 10.0, unit = "CubicMetre", solidWasteCode = "900-001-S08",
                      uses = new object[] { new { enterpriseId = 999_999 } } },
            },
            inputs = new[] { new { name = "", materialCode = "coal", quantity = 1.0, unit = "Tonne", boughtOutsidePark = true } },
        });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var en = problem.GetProperty("errorsEn").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.GetString()!);
        var zh = problem.GetProperty("errorsZh").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.GetString()!);
        Assert.Equal(
        [
            "industryCode", "inputs[0].name", "latitude", "name", "permitScope", "streams[0].hazardCode", "streams[0].materialCode", "streams[0].quantity",
            "streams[1].solidWasteCode", "streams[1].unit", "streams[1].uses[0].enterpriseId",
        ], en.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("“行业代码”的值“D3982”不是有效的国民经济行业代码（GB/T 4754：可选门类字母加 2–4 位数字，字母须与大类相符，如 C3982）", zh["industryCode"]);
        Assert.Equal("Latitude \"95\" must lie between -90 and 90", en["latitude"]);
        Assert.Contains("HW51", en["permitScope"], StringComparison.Ordinal);
        Assert.StartsWith("Hazardous-waste code \"900-045-51\" is not a valid hazardous-waste code", en["streams[0].hazardCode"], StringComparison.Ordinal);
        Assert.StartsWith("Solid-waste code \"900-001-S08\"", en["streams[1].solidWasteCode"], StringComparison.Ordinal);
        Assert.StartsWith("Unit is a volume", en["streams[1].unit"], StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Enterprises.CountAsync(e => e.ParkId == parkId)));
    }

    [Fact]
    public async Task A_saved_enterprise_reads_back_with_normalised_codes_and_tonnes_per_year()
    {
        var app = await apps.For(Provider.Sqlite);
        var parkId = await ParksApiTests.ParkIdAsync(app, Park);
        var admin = await app.ClientAsAsync(Roles.Admin);

        var created = await admin.PostAsJsonAsync($"/api/parks/{parkId}/enterprises", new
        {
            name = "示范电路板厂", industryCode = " c3982 ", latitude = 24.2, longitude = 113.4, permitScope = "hw49，900-045-49",
            streams = new object[]
            {
                new { name = "废电路板", kind = "Waste", materialCode = "waste-circuit-board", materialCategory = "circuit-board-waste", quantity = 0.08, unit = "TenThousandTonnes", hazardCode = " 900-045-49" },
                new { name = "污泥", kind = "Waste", materialCode = "sludge", materialCategory = "sludge", quantity = 300.0, unit = "Tonne", solidWasteCode = "sw07" },
            },
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/parks/{parkId}/enterprises/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("C3982", read.GetProperty("industryCode").GetString());
        Assert.Equal("HW49; 900-045-49", read.GetProperty("permitScope").GetString());
        var streams = read.GetProperty("streams");
        Assert.Equal(("900-045-49", 800.0), (streams[0].GetProperty("hazardCode").GetString(), streams[0].GetProperty("tonnesPerYear").GetDouble()));
        Assert.Equal("S07", streams[1].GetProperty("solidWasteCode").GetString());
    }

    [Fact]
    public async Task Editing_an_enterprise_keeps_the_users_of_its_kept_streams_and_a_stale_version_is_a_409()
    {
        var app = await apps.For(Provider.Sqlite);
        var parkId = await ParksApiTests.ParkIdAsync(app, "惠东产业转移工业园");
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        var ids = await KalundborgThroughApi.BuildAsync(province, parkId);
        var power = await province.GetFromJsonAsync<JsonElement>($"/api/parks/{parkId}/enterprises/{ids["power"]}");
        var draft = JsonSerializer.Deserialize<Dictionary<string, object>>(power.GetRawText())!;
        draft["name"] = "Asnæs Power Station (renamed)";

        var first = await province.PutAsJsonAsync($"/api/parks/{parkId}/enterprises/{ids["power"]}", draft);
        var stale = await province.PutAsJsonAsync($"/api/parks/{parkId}/enterprises/{ids["power"]}", draft);
        var gaps = await province.GetFromJsonAsync<JsonElement>($"/api/parks/{parkId}/chain/gaps");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Empty(gaps.GetProperty("gaps").EnumerateArray());
    }

    [Fact]
    public async Task Reading_needs_a_scope_that_covers_the_park_and_changing_needs_one_that_may_change_it()
    {
        var app = await apps.For(Provider.Sqlite);
        var parkId = await ParksApiTests.ParkIdAsync(app, Park);
        var url = $"/api/parks/{parkId}/enterprises";
        var body = new { name = "某企业", industryCode = "C3011" };
        var enterpriseUser = await app.ClientAsAsync(Roles.Enterprise, parkName: Park);
        var guangdong = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        var expert = await app.ClientAsAsync(Roles.Expert, regionCode: "440000");
        var jinan = await app.ClientAsAsync(Roles.City, regionCode: "370100");
        var otherPark = await app.ClientAsAsync(Roles.Park, parkName: "惠东产业转移工业园");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await enterpriseUser.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await guangdong.GetAsync(url)).StatusCode);
        // Experts read only the plans under their review, not a region's park data (AccessScope.CanSeePark).
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await jinan.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherPark.GetAsync($"/api/parks/{parkId}/chain/graph")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterpriseUser.PostAsJsonAsync(url, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await expert.PostAsJsonAsync(url, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await jinan.PostAsJsonAsync(url, body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guangdong.GetAsync("/api/parks/999999/enterprises")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Enterprises.AnyAsync(e => e.Name == "某企业")));
    }
}
