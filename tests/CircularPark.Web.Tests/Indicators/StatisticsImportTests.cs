using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Indicators;

public class StatisticsImportTests(Apps apps) : IClassFixture<Apps>
{
    private const string Header = "园区名称,年份,数据项,数值,单位,说明";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Statistics_are_imported_in_long_form_with_units_and_checked_in_batch(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        var file = Csv(Header,
            "珠海（国家）高新技术产业开发区,2023,VA,80000,万元,",
            "珠海（国家）高新技术产业开发区,2023,电力,2,亿kWh,",
            "珠海高新区,2023,一般工业固体废物产生量,1200,t,",
            "珠海高新区,2023,SW_UTIL,1000,t,");

        var dry = await Import(province, file, dryRun: true);
        Assert.True(dry.GetProperty("problems").GetArrayLength() == 0, dry.ToString());
        var stored = await Import(province, file, dryRun: false);
        Assert.True(stored.GetProperty("committed").GetBoolean(), stored.ToString());
        var park = await ParksApiTests.ParkIdAsync(app, "珠海（国家）高新技术产业开发区");
        var statistics = await province.GetFromJsonAsync<JsonElement>($"/api/parks/{park}/statistics/2023");
        var check = await province.GetFromJsonAsync<JsonElement>("/api/campaigns/gd-2020-923/statistics/check?year=2023");

        Assert.Empty(dry.GetProperty("problems").EnumerateArray());
        Assert.False(dry.GetProperty("committed").GetBoolean());
        Assert.True(stored.GetProperty("committed").GetBoolean());
        var electricity = statistics.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "E_ELEC");
        Assert.Equal(20_000, electricity.GetProperty("value").GetDouble(), 6); // 2 亿kWh = 20,000 万kWh (canonical unit)
        var single = Assert.Single(check.EnumerateArray());
        Assert.True(single.GetProperty("submittable").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_name_two_cities_share_means_the_park_the_user_may_change_and_is_ambiguous_to_the_province(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var list = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("园区名称,属地\r\n经济技术开发区,宜宾市\r\n经济技术开发区,泸州市")), "file", "list.csv" } };
        Assert.True((await admin.PostAsync("/api/imports/parks?dryRun=false", list)).IsSuccessStatusCode);
        var yibin = await app.ClientAsAsync(Roles.City, regionCode: "511500");
        var sichuan = await app.ClientAsAsync(Roles.Province, regionCode: "510000");
        var file = () => Csv(Header + ",填报人", "经济技术开发区,2023,VA,1000,万元,,张三");

        var city = await Import(yibin, file(), dryRun: false);
        var province = await Import(sichuan, file(), dryRun: true);

        Assert.True(city.GetProperty("committed").GetBoolean(), city.ToString());
        var stored = await app.WithDbAsync(db => db.ParkStatistics.Where(s => s.Year == 2023)
            .Join(db.Parks.Where(p => p.Name == "经济技术开发区"), s => s.ParkId, p => p.Id, (s, p) => p.Memberships.Select(m => m.Region!.Code).First()).ToListAsync());
        Assert.Equal(["511500"], stored);
        Assert.Equal("ambiguous-name", Assert.Single(province.GetProperty("problems").EnumerateArray()).GetProperty("rule").GetString());
        Assert.Equal(("填报人", "unknown-column"), (city.GetProperty("warnings")[0].GetProperty("column").GetString(), city.GetProperty("warnings")[0].GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_row_and_nothing_is_stored()
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var file = Csv(Header,
            "恩平产业转移工业园,2023,VA,1000,万元,",
            "不存在的园区,2023,VA,1000,万元,",
            "恩平产业转移工业园,2023,NOTHING,1,t,",
            "恩平产业转移工业园,20x3,VA,1,万元,",
            "恩平产业转移工业园,2023,E_COAL,abc,t,",
            "恩平产业转移工业园,2023,SW_GEN,100,t,",
            "恩平产业转移工业园,2023,SW_UTIL,300,t,");

        var response = await admin.PostAsync("/api/imports/statistics?dryRun=false", file);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("rule").GetString())).ToList();
        Assert.Contains((3, "unknown-park"), problems);
        Assert.Contains((4, "unknown-item"), problems);
        Assert.Contains((5, "year"), problems);
        Assert.Contains((6, "number"), problems);
        Assert.Contains(problems, p => p.Item1 == 8 && p.Item2!.Contains("Utilised", StringComparison.OrdinalIgnoreCase));
        var enping = await ParksApiTests.ParkIdAsync(app, "恩平产业转移工业园");
        Assert.False(await app.WithDbAsync(db => db.ParkStatistics.AnyAsync(s => s.ParkId == enping)));
    }

    [Fact]
    public async Task A_city_user_cannot_import_statistics_of_another_city_s_park()
    {
        var app = await apps.For(Provider.Sqlite);
        var shenzhen = await app.ClientAsAsync(Roles.City, regionCode: "440300");

        var report = await Import(shenzhen, Csv(Header, "英德市英红工业园,2023,VA,1000,万元,"), dryRun: true);

        Assert.Equal("scope", report.GetProperty("problems")[0].GetProperty("rule").GetString());
    }

    private static async Task<JsonElement> Import(HttpClient client, MultipartFormDataContent file, bool dryRun)
    {
        var response = await client.PostAsync($"/api/imports/statistics?dryRun={dryRun}", file);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static MultipartFormDataContent Csv(params string[] lines) =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("\r\n", lines))), "file", "statistics.csv" } };
}
