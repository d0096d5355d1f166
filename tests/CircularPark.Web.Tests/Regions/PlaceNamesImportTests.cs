using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Regions;

/// <summary>The park import reads places as people write them, from provinces the seed documents never mention.</summary>
public class PlaceNamesImportTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_list_naming_places_three_ways_puts_every_park_in_its_region(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var file = Csv("园区名称,级别,省份,属地,区县",
            "杭州甲园区,省级,浙江,杭州,",
            "成都乙园区,国家级,四川省,成都市,",
            "红河丙园区,省级,,云南省红河州,",
            "邳州丁园区,省级,江苏,邳州市,",
            "重庆戊园区,国家级,,重庆市,",
            "五家渠己园区,省级,兵团,五家渠市,",
            "朝阳庚园区,省级,北京,北京市,朝阳区",
            "新疆辛园区,省级,新疆,,");

        var report = await ImportAsync(admin, file);

        Assert.True(report.GetProperty("committed").GetBoolean(), report.ToString());
        var placed = await app.WithDbAsync(db => db.Parks.Where(p => p.Name.EndsWith("园区") && (p.Name.Length == 5 || p.Name == "五家渠己园区"))
            .Select(p => new { p.Name, p.Memberships.Single().Region!.Code }).ToDictionaryAsync(p => p.Name, p => p.Code));
        Assert.Equal("330100", placed["杭州甲园区"]);
        Assert.Equal("510100", placed["成都乙园区"]);
        Assert.Equal("532500", placed["红河丙园区"]);
        Assert.Equal("320382", placed["邳州丁园区"]);
        Assert.Equal("500000", placed["重庆戊园区"]);
        Assert.Equal("659004", placed["五家渠己园区"]);
        Assert.Equal("110105", placed["朝阳庚园区"]);
        Assert.Equal("650000", placed["新疆辛园区"]);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_unknown_or_ambiguous_place_is_a_problem_of_its_row_naming_the_date_and_the_nearest_names(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var before = await app.WithDbAsync(db => db.Parks.CountAsync());

        var report = await ImportAsync(admin, Csv("园区名称,级别,属地,区县", "甲园区,省级,杭洲市,", "乙园区,省级,,朝阳区", "丙园区,省级,江苏省,"));

        var problems = report.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(["place-unknown", "place-ambiguous", "place-not-a-city"], problems.Select(p => p.GetProperty("rule").GetString()));
        Assert.Contains("浙江省杭州市", problems[0].GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("北京市朝阳区", problems[1].GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("不是全国的地级市", problems[0].GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Parks.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_campaign_list_of_2018_imported_today_knows_Laiwu_and_carries_its_parks_to_Jinan_from_the_change(Provider provider)
    {
        var app = await apps.For(provider);
        var shandong = await app.ClientAsAsync(Roles.Province, regionCode: "370000");

        var report = await ImportAsync(shandong, Csv("园区名称,级别,属地,区县,计划年度", "莱芜补录园区,省级,莱芜,,2020", "钢城补录园区,省级,莱芜市,钢城区,2020"),
            campaign: "sd-2018-336");

        Assert.True(report.GetProperty("committed").GetBoolean(), report.ToString());
        var laiwu = await MembershipsAsync(app, "莱芜补录园区");
        Assert.Equal([("371200", null, new DateOnly(2019, 1, 9)), ("370100", new DateOnly(2019, 1, 9), null)], laiwu);
        var gangcheng = await MembershipsAsync(app, "钢城补录园区");
        Assert.Equal([("371203", null, new DateOnly(2019, 1, 9)), ("370117", new DateOnly(2019, 1, 9), null)], gangcheng);
    }

    private static Task<List<(string, DateOnly?, DateOnly?)>> MembershipsAsync(TestApp app, string park) =>
        app.WithDbAsync(async db => (await db.Parks.Where(p => p.Name == park).SelectMany(p => p.Memberships)
            .Select(m => new { m.Region!.Code, m.ValidFrom, m.ValidTo }).ToListAsync())
            .OrderBy(m => m.ValidFrom ?? DateOnly.MinValue).Select(m => (m.Code, m.ValidFrom, m.ValidTo)).ToList());

    private static async Task<JsonElement> ImportAsync(HttpClient client, MultipartFormDataContent file, string? campaign = null)
    {
        var response = await client.PostAsync($"/api/imports/parks?dryRun=false{(campaign is null ? "" : "&campaign=" + campaign)}", file);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static MultipartFormDataContent Csv(string header, params string[] rows) =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("\r\n", rows.Prepend(header)))), "file", "list.csv" } };
}
