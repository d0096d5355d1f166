using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CircularPark.Exports;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Imports;

public class ImportApiTests(Apps apps) : IClassFixture<Apps>
{
    private const string Header = "园区名称,级别,类别,属地,区县,计划年度,企业数";

    [Fact]
    public async Task An_anonymous_user_cannot_import()
    {
        var app = await apps.For(Provider.Sqlite);

        var response = await app.CreateClient().PostAsync("/api/imports/parks", Csv("x.csv", Header, "甲园区,省级,,济南市,,2020,"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expert_cannot_import()
    {
        var app = await apps.For(Provider.Sqlite);
        var expert = await app.ClientAsAsync(Roles.Expert, regionCode: "370000");

        var response = await expert.PostAsync("/api/imports/parks", Csv("x.csv", Header, "甲园区,省级,,济南市,,2020,"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_missing_column_is_reported_on_the_header_row_and_nothing_is_stored(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var before = await CountParksAsync(app);

        var report = await ImportAsync(admin, Csv("missing.csv", "园区名称,级别", "甲园区,省级"), dryRun: false);

        var problem = Assert.Single(report.GetProperty("problems").EnumerateArray());
        Assert.Equal(1, problem.GetProperty("row").GetInt32());
        Assert.Equal("属地", problem.GetProperty("column").GetString());
        Assert.Equal("missing-column", problem.GetProperty("rule").GetString());
        Assert.Equal("Required column \"属地\" (City) is missing", problem.GetProperty("messageEn").GetString());
        Assert.Equal(before, await CountParksAsync(app));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_bad_row_is_reported_with_row_column_and_rule_and_nothing_is_stored(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "370000");
        var before = await CountParksAsync(app);
        var file = Csv("bad.csv", Header,
            "好园区一,省级,,济南市,,2020,5",          // row 2: fine
            "坏级别园区,县级,,济南市,,2020,",          // row 3: bad level
            "未知城市园区,省级,,火星市,,2020,",        // row 4: no such city
            ",省级,,青岛市,,2020,",                    // row 5: empty name
            "好园区一,省级,,济南市,,2020,5",          // row 6: duplicate of row 2
            "错误年份园区,省级,,济南市,,20x0,",        // row 7: wrong year
            "负数园区,省级,,济南市,,2020,-4",          // row 8: negative count
            "明水经济技术开发区,国家级,,青岛市,,2018,", // row 9: stored in Jinan already
            "苏州某园区,省级,,苏州市,,2020,");         // row 10: a city outside the user's province

        var report = await ImportAsync(province, file, dryRun: false);

        var problems = report.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString(), p.GetProperty("rule").GetString())).ToList();
        Assert.Equal(
        [
            (3, "级别", "level"), (4, "属地", "place-unknown"), (5, "园区名称", "required"), (6, "园区名称", "duplicate"),
            (7, "计划年度", "year"), (8, "企业数", "integer"), (9, "属地", "other-city"), (10, "属地", "scope"),
        ], problems);
        Assert.False(report.GetProperty("committed").GetBoolean());
        Assert.Equal(before, await CountParksAsync(app));
    }

    [Fact]
    public async Task Ten_thousand_rows_of_garbage_get_a_per_row_report_and_store_nothing()
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var before = await CountParksAsync(app);
        var random = new Random(20261123);
        // Control characters refuse the whole file, naming their cell (TableReaderLimitTests); the rest is garbage row by row.
        string Junk() => new(Enumerable.Range(0, random.Next(0, 12)).Select(_ => (char)random.Next(0x20, 0x9FFF)).Where(c => c is not (',' or '"') && !char.IsControl(c)).ToArray());
        var rows = Enumerable.Range(0, 10_000).Select(_ => string.Join(',', Enumerable.Range(0, 7).Select(_ => Junk()))).ToArray();

        var response = await admin.PostAsync("/api/imports/parks?dryRun=false", Csv("garbage.csv", Header, rows));
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problemRows = report.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("row").GetInt32()).ToList();
        Assert.True(problemRows.Distinct().Count() > 9_000, $"{problemRows.Distinct().Count()} rows reported");
        Assert.All(problemRows, r => Assert.InRange(r, 2, 10_001));
        Assert.Equal(before, await CountParksAsync(app));
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_is_reported_not_a_500()
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var report = await ImportAsync(admin, File("parks.xlsx", bytes), dryRun: true);

        var problem = Assert.Single(report.GetProperty("problems").EnumerateArray());
        Assert.Equal("file", problem.GetProperty("rule").GetString());
        Assert.Equal(0, problem.GetProperty("row").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_clean_file_is_checked_then_stored_and_importing_it_again_changes_nothing(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var before = await CountParksAsync(app);
        var lines = new[] { "南京新材料园区,省级,工业园区,南京市,,2014,", "苏州示范园区,国家级,经开区,苏州市,,2015,300", "明水经济技术开发区,国家级,,济南市,,2018,80" };

        var dry = await ImportAsync(admin, Csv("jiangsu.csv", Header, lines), dryRun: true);
        Assert.Equal((2, 1, 0), Counts(dry));
        Assert.Equal(before, await CountParksAsync(app));

        var first = await ImportAsync(admin, Csv("jiangsu.csv", Header, lines), dryRun: false);
        var second = await ImportAsync(admin, Csv("jiangsu.csv", Header, lines), dryRun: false);

        Assert.True(first.GetProperty("committed").GetBoolean());
        Assert.Equal((2, 1, 0), Counts(first));
        Assert.Equal((0, 0, 3), Counts(second));
        Assert.Equal(before + 2, await CountParksAsync(app));
    }

    [Fact]
    public async Task A_campaign_list_from_xlsx_adds_participations_with_planned_years()
    {
        var app = await apps.For(Provider.Sqlite);
        var jinan = await app.ClientAsAsync(Roles.City, regionCode: "370100");
        var book = new XlsxBuilder();
        book.Sheet("名单")
            .Row(XlsxStyle.Header, "序号", "园区名称", "级别", "属地", "计划年度")
            .Row(XlsxStyle.Plain, 107, "济南新旧动能转换先行区", "省级", "济南", 2020);

        var report = await ImportAsync(jinan, File("list.xlsx", book.Build()), dryRun: false, campaign: "sd-2018-336");

        Assert.True(report.GetProperty("committed").GetBoolean(), report.ToString());
        var participation = await app.WithDbAsync(db => db.Participations.Include(p => p.History)
            .SingleAsync(p => p.Park!.Name == "济南新旧动能转换先行区" && p.Campaign!.Code == "sd-2018-336"));
        Assert.Equal((2020, 107), (participation.PlannedYear, participation.Sequence));
        Assert.Equal(CircularPark.Campaigns.ParticipationState.Listed, Assert.Single(participation.History).To);
    }

    [Fact]
    public async Task A_city_user_cannot_import_parks_of_another_city()
    {
        var app = await apps.For(Provider.Sqlite);
        var jinan = await app.ClientAsAsync(Roles.City, regionCode: "370100");

        var report = await ImportAsync(jinan, Csv("qingdao.csv", Header, "青岛某园区,省级,,青岛市,,2020,"), dryRun: true);

        Assert.Equal("scope", Assert.Single(report.GetProperty("problems").EnumerateArray()).GetProperty("rule").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_list_without_levels_stores_its_parks_as_not_stated_and_never_erases_a_stated_level(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);

        var noColumn = await ImportAsync(admin, Csv("zj.csv", "园区名称,属地", "杭州钱塘新区某园区,杭州市"), dryRun: false);
        var emptyCell = await ImportAsync(admin, Csv("sd.csv", "园区名称,级别,属地", "明水经济技术开发区,,济南市", "成都某园区,,成都市"), dryRun: false);

        Assert.Empty(noColumn.GetProperty("problems").EnumerateArray());
        Assert.Empty(emptyCell.GetProperty("problems").EnumerateArray());
        var levels = await app.WithDbAsync(db => db.Parks.Where(p => p.Name == "杭州钱塘新区某园区" || p.Name == "明水经济技术开发区" || p.Name == "成都某园区")
            .ToDictionaryAsync(p => p.Name, p => p.Level));
        Assert.Equal(CircularPark.Parks.ParkLevel.NotStated, levels["杭州钱塘新区某园区"]);
        Assert.Equal(CircularPark.Parks.ParkLevel.NotStated, levels["成都某园区"]);
        Assert.Equal(CircularPark.Parks.ParkLevel.National, levels["明水经济技术开发区"]); // stated by Shandong's 2018 list
        Assert.Equal("未注明", CircularPark.Localization.Text.Label(CircularPark.Parks.ParkLevel.NotStated, CultureInfo.GetCultureInfo("zh-CN")));
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, MultipartFormDataContent file, bool dryRun, string? campaign = null)
    {
        var url = string.Create(CultureInfo.InvariantCulture, $"/api/imports/parks?dryRun={dryRun}{(campaign is null ? "" : "&campaign=" + campaign)}");
        var response = await client.PostAsync(url, file);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static (int, int, int) Counts(JsonElement report) =>
        (report.GetProperty("created").GetInt32(), report.GetProperty("updated").GetInt32(), report.GetProperty("unchanged").GetInt32());

    private static MultipartFormDataContent Csv(string name, string header, params string[] rows) =>
        File(name, Encoding.UTF8.GetBytes(string.Join("\r\n", rows.Prepend(header))));

    private static MultipartFormDataContent File(string name, byte[] bytes) => new() { { new ByteArrayContent(bytes), "file", name } };

    private static Task<int> CountParksAsync(TestApp app) => app.WithDbAsync(db => db.Parks.CountAsync());
}
