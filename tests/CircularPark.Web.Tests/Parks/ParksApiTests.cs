using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Parks;

public class ParksApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task All_115_parks_of_the_sources_are_listed_and_filters_combine(Provider provider)
    {
        var client = (await apps.For(provider)).CreateClient();

        var all = await client.GetFromJsonAsync<JsonElement>("/api/parks?pageSize=500");
        var shandong2020National = await client.GetFromJsonAsync<JsonElement>("/api/parks?region=370000&year=2020&level=国家级&campaign=sd-2018-336");
        var qingyuan = await client.GetFromJsonAsync<JsonElement>("/api/parks?region=441800");
        var highTech = await client.GetFromJsonAsync<JsonElement>("/api/parks?kind=HighTechZone&region=370000");

        Assert.Equal(115, all.GetProperty("total").GetInt32());
        Assert.Equal(115, all.GetProperty("items").GetArrayLength());
        Assert.Equal(17, shandong2020National.GetProperty("total").GetInt32());
        Assert.Equal(["广东连州市产业转移工业园区（清远民族工业园）", "英德市英红工业园"],
            qingyuan.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.All(highTech.GetProperty("items").EnumerateArray(), p => Assert.Contains("高新", p.GetProperty("name").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_filter_value_is_a_400_that_names_the_field_and_the_rule()
    {
        var client = (await apps.For(Provider.Sqlite)).CreateClient();

        var response = await client.GetAsync("/api/parks?level=county");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("国家级", problem.GetProperty("errorsZh").GetProperty("level").GetString(), StringComparison.Ordinal);
        Assert.Contains("Level \"county\" is not valid", problem.GetProperty("errorsEn").GetProperty("level").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_park_shows_its_campaign_history_and_opinion()
    {
        var app = await apps.For(Provider.Sqlite);
        var id = await ParkIdAsync(app, "英德市英红工业园");

        var park = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/parks/{id}");

        var campaign = park.GetProperty("campaigns")[0];
        Assert.Equal("gd-2020-923", campaign.GetProperty("campaignCode").GetString());
        Assert.Equal("Approved", campaign.GetProperty("history")[0].GetProperty("to").GetString());
        Assert.Equal(2, park.GetProperty("opinions")[0].GetProperty("items").GetArrayLength());
        Assert.Equal("441881", park.GetProperty("currentRegionCode").GetString());
    }

    [Fact]
    public async Task An_anonymous_user_cannot_change_a_park()
    {
        var app = await apps.For(Provider.Sqlite);
        var id = await ParkIdAsync(app, "济南高新区");

        var response = await app.CreateClient().PutAsJsonAsync($"/api/parks/{id}", Changes("济南高新区", 0));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_city_user_cannot_change_a_park_of_another_city(Provider provider)
    {
        var app = await apps.For(provider);
        var qingdaoPark = await ParkIdAsync(app, "青岛高新区");
        var jinan = await app.ClientAsAsync(Roles.City, regionCode: "370100");

        var response = await jinan.PutAsJsonAsync($"/api/parks/{qingdaoPark}", Changes("青岛高新区", 0, enterprises: 1));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Parks.Where(p => p.Id == qingdaoPark).Select(p => p.EnterpriseCount).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_city_user_changes_a_park_of_their_city_and_the_change_is_audited(Provider provider)
    {
        var app = await apps.For(provider);
        var id = await ParkIdAsync(app, "平阴工业园区");
        var jinan = await app.ClientAsAsync(Roles.City, regionCode: "370100");

        var response = await jinan.PutAsJsonAsync($"/api/parks/{id}", Changes("平阴工业园区", 0, enterprises: 120));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64());
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "Park" && a.EntityKey == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == "Modified").ToListAsync());
        var entry = Assert.Single(audit);
        Assert.StartsWith("city-370100-", entry.Actor, StringComparison.Ordinal);
        Assert.Contains("\"EnterpriseCount\":{\"old\":null,\"new\":120}", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_laiwu_park_is_changed_by_Jinan_today_because_Laiwu_joined_Jinan_in_2019()
    {
        var app = await apps.For(Provider.Sqlite);
        var id = await ParkIdAsync(app, "莱城工业园区");
        var jinan = await app.ClientAsAsync(Roles.City, regionCode: "370100");

        var response = await jinan.PutAsJsonAsync($"/api/parks/{id}", Changes("莱城工业园区", 0, kind: "IndustrialPark"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_stale_version_is_a_409_and_changes_nothing()
    {
        var app = await apps.For(Provider.Sqlite);
        var id = await ParkIdAsync(app, "济南经济开发区");
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "370000");
        (await province.PutAsJsonAsync($"/api/parks/{id}", Changes("济南经济开发区", 0, enterprises: 10))).EnsureSuccessStatusCode();

        var stale = await province.PutAsJsonAsync($"/api/parks/{id}", Changes("济南经济开发区", 0, enterprises: 99));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(10, await app.WithDbAsync(db => db.Parks.Where(p => p.Id == id).Select(p => p.EnterpriseCount).SingleAsync()));
    }

    [Fact]
    public async Task Invalid_changes_are_refused_naming_each_field_and_nothing_is_stored()
    {
        var app = await apps.For(Provider.Sqlite);
        var id = await ParkIdAsync(app, "济南槐荫工业园区");
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "370000");

        var response = await province.PutAsJsonAsync($"/api/parks/{id}", new
        {
            name = " ", level = "National", kind = "IndustrialPark", areaKm2 = -3.0, enterpriseCount = -1, yearFounded = 1800, version = 0,
        });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = problem.GetProperty("errorsEn").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["areaKm2", "enterpriseCount", "name", "yearFounded"], fields);
        Assert.Equal("“园区名称”不能为空（必填项）", problem.GetProperty("errorsZh").GetProperty("name").GetString());
        Assert.Equal("济南槐荫工业园区", await app.WithDbAsync(db => db.Parks.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task The_park_list_exports_to_xlsx_with_the_import_columns()
    {
        var client = (await apps.For(Provider.Sqlite)).CreateClient();

        var bytes = await client.GetByteArrayAsync("/api/parks/export?region=440000");

        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook));
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.Equal(10, rows.Count);
        Assert.Equal("园区名称", rows[0].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(1).InnerText);
    }

    private static object Changes(string name, long version, int? enterprises = null, string kind = "EconomicDevelopmentZone") =>
        new { name, level = "Provincial", kind, enterpriseCount = enterprises, version };

    internal static Task<int> ParkIdAsync(TestApp app, string name) =>
        app.WithDbAsync(db => db.Parks.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
}
