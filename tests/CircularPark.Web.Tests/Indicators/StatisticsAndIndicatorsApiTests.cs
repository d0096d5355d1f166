using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Indicators;

/// <summary>
/// A hand-checked park-year (2022, national grid factor 0.5366 kg CO₂/kWh):
/// coal 1,000 t → 714.3 tce, 1,900 t CO₂; natural gas 100 万m³ = 1,000,000 m³ → 1,214.3 tce, 2,160 t CO₂;
/// electricity 1,000 万kWh = 10,000,000 kWh → 1,229 tce (calorific basis), 5,366 t CO₂.
/// Energy 3,157.6 tce; CO₂ 9,426 t; value added 50,000 万元 → energy intensity 0.063152 tce/万元, carbon intensity 0.18852 t/万元.
/// Fresh water 800,000 + 200,000 = 1,000,000 m³, reused 3,000,000 m³ → reuse rate 3/(3+1) = 75 %; water productivity 5×10⁸ 元 / 10⁶ m³ = 500 元/m³.
/// Solid waste utilised 800 t of 900 generated + 100 from storage → 80 %. Land 2 km² → 5 亿元 / 2 = 2.5 亿元/km².
/// </summary>
public class StatisticsAndIndicatorsApiTests(Apps apps) : IClassFixture<Apps>
{
    internal static object[] Example2022 =>
    [
        new { code = "VA", value = 50_000.0, priceBaseYear = 2020 },
        new { code = "E_COAL", value = 1_000.0, unit = "t" },
        new { code = "E_GAS", value = 100.0, unit = "万m³" },
        new { code = "E_ELEC", value = 1_000.0, unit = "万kWh" },
        new { code = "W_TAP", value = 800_000.0 }, new { code = "W_SELF", value = 200_000.0 }, new { code = "W_REUSED", value = 3_000_000.0 },
        new { code = "LAND", value = 2.0, unit = "km²" },
        new { code = "SW_GEN", value = 900.0 }, new { code = "SW_UTIL", value = 800.0 }, new { code = "SW_UTIL_STOCK", value = 100.0 },
    ];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_hand_checked_park_year_gives_the_right_indicators_and_CO2(Provider provider)
    {
        var app = await apps.For(provider);
        var park = await ParksApiTests.ParkIdAsync(app, "英德市英红工业园");
        var client = await app.ClientAsAsync(Roles.Park, parkName: "英德市英红工业园");

        var save = await client.PutAsJsonAsync($"/api/parks/{park}/statistics/2022", new { entries = Example2022 });
        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        var result = await client.GetFromJsonAsync<JsonElement>($"/api/parks/{park}/indicators?year=2022");

        Assert.Equal(3157.6, result.GetProperty("totalTce").GetDouble(), 6);
        Assert.Equal(9426, result.GetProperty("totalCo2").GetDouble(), 6);
        var values = result.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("code").GetString()!, v => v.GetProperty("value"));
        Assert.Equal(0.063152, values["EI_ENERGY"].GetDouble(), 9);
        Assert.Equal(0.18852, values["CI_CARBON"].GetDouble(), 9);
        Assert.Equal(75, values["WRR"].GetDouble(), 9);
        Assert.Equal(500, values["WP_WATER"].GetDouble(), 9);
        Assert.Equal(80, values["SWUR"].GetDouble(), 9);
        Assert.Equal(2.5, values["LP_LAND"].GetDouble(), 9);
        Assert.Equal(JsonValueKind.Null, values["RP_MINERAL"].ValueKind); // no mineral consumption reported: not computable, no division by zero
    }

    [Theory]
    [InlineData("SW_UTIL", 2_000.0, "SW_UTIL")] // utilised > generated + stock
    [InlineData("E_COAL", -5.0, "E_COAL")] // a negative quantity
    [InlineData("CP_AUDIT_RATE", 120.0, "CP_AUDIT_RATE")] // a rate of 120 %
    public async Task Statistics_that_break_a_rule_are_refused_naming_the_item_and_nothing_is_stored(string code, double value, string field)
    {
        var app = await apps.For(Provider.Sqlite);
        var park = await ParksApiTests.ParkIdAsync(app, "恩平产业转移工业园");
        var client = await app.ClientAsAsync(Roles.City, regionCode: "440700");
        var entries = Example2022.Append(new { code, value }).ToArray();
        if (code == "SW_UTIL") entries = Example2022.Where(e => !JsonSerializer.Serialize(e).Contains("\"SW_UTIL\"", StringComparison.Ordinal)).Append(new { code, value }).ToArray();

        var response = await client.PutAsJsonAsync($"/api/parks/{park}/statistics/2022", new { entries });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errorsZh").TryGetProperty(field, out var zh), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(zh.GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("errorsEn").GetProperty(field).GetString()));
        Assert.False(await app.WithDbAsync(db => db.ParkStatistics.AnyAsync(s => s.ParkId == park)));
    }

    [Fact]
    public async Task Submitted_statistics_are_immutable()
    {
        var app = await apps.For(Provider.Sqlite);
        var park = await ParksApiTests.ParkIdAsync(app, "惠东产业转移工业园");
        var client = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        (await client.PutAsJsonAsync($"/api/parks/{park}/statistics/2022", new { entries = Example2022 })).EnsureSuccessStatusCode();
        (await client.PostAsync($"/api/parks/{park}/statistics/2022/submit", null)).EnsureSuccessStatusCode();

        var change = await client.PutAsJsonAsync($"/api/parks/{park}/statistics/2022", new { entries = Example2022.Take(3) });

        Assert.Equal(HttpStatusCode.Conflict, change.StatusCode);
        Assert.Equal(11, await app.WithDbAsync(db => db.StatisticValues.CountAsync(v => db.ParkStatistics.Any(s => s.Id == v.ParkStatisticsId && s.ParkId == park))));
    }

    [Fact]
    public async Task Statistics_of_a_park_are_not_visible_to_another_city()
    {
        var app = await apps.For(Provider.Sqlite);
        var park = await ParksApiTests.ParkIdAsync(app, "英德市英红工业园");
        var shenzhen = await app.ClientAsAsync(Roles.City, regionCode: "440300");

        Assert.Equal(HttpStatusCode.Forbidden, (await shenzhen.GetAsync($"/api/parks/{park}/statistics/2022")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await shenzhen.PutAsJsonAsync($"/api/parks/{park}/statistics/2023", new { entries = Example2022 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/parks/{park}/indicators?year=2022")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_city_roll_up_is_the_ratio_of_summed_numerators_and_denominators(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        // Two parks of 清远市: energy intensity 100/1,000 = 0.1 and 900/3,000 = 0.3; mean of ratios 0.2, ratio of sums 1,000/4,000 = 0.25.
        foreach (var (name, tce, va) in new[] { ("广东连州市产业转移工业园区（清远民族工业园）", 100.0, 1_000.0), ("英德市英红工业园", 900.0, 3_000.0) })
        {
            var id = await ParksApiTests.ParkIdAsync(app, name);
            (await province.PutAsJsonAsync($"/api/parks/{id}/statistics/2023", new { entries = new object[] { new { code = "VA", value = va }, new { code = "E_OTHER", value = tce } } }))
                .EnsureSuccessStatusCode();
        }

        var result = await province.GetFromJsonAsync<JsonElement>("/api/campaigns/gd-2020-923/indicators?year=2023");

        var qingyuan = result.GetProperty("rollUps").EnumerateArray().Single(r => r.GetProperty("level").GetString() == "city" && r.GetProperty("code").GetString() == "441800");
        var intensity = qingyuan.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "EI_ENERGY");
        Assert.Equal(0.25, intensity.GetProperty("value").GetDouble(), 12);
        Assert.Equal(1_000, intensity.GetProperty("numeratorSum").GetDouble(), 9);
        Assert.Equal(4_000, intensity.GetProperty("denominatorSum").GetDouble(), 9);
    }

    [Fact]
    public async Task A_formula_naming_an_unknown_item_is_refused_pointing_at_the_spot_and_not_stored()
    {
        var app = await apps.For(Provider.Sqlite);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");

        var response = await province.PostAsJsonAsync("/api/indicators",
            new { code = "MY_RATIO", nameZh = "自定义比率", nameEn = "My ratio", unit = "万元/t", direction = "HigherIsBetter", formula = "VA / FOO" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = problem.GetProperty("errorsZh").EnumerateObject().Single().Value.GetString()!;
        Assert.Contains("FOO", message, StringComparison.Ordinal);
        Assert.Contains("VA / FOO\n     ^^^", message, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.CustomIndicators.AnyAsync()));
    }

    [Fact]
    public async Task A_province_user_adds_an_indicator_with_a_checked_formula_and_it_is_computed()
    {
        var app = await apps.For(Provider.Sqlite);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        var city = await app.ClientAsAsync(Roles.City, regionCode: "440400");

        var refused = await city.PostAsJsonAsync("/api/indicators", new { code = "GAS_SHARE", nameZh = "天然气占比", nameEn = "Gas share", unit = "%", direction = "HigherIsBetter", formula = "E_GAS / E_TOTAL × 100%" });
        var added = await province.PostAsJsonAsync("/api/indicators", new { code = "REUSE_PER_VA", nameZh = "单位增加值重复用水", nameEn = "Reused water per value added", unit = "m³/万元", direction = "HigherIsBetter", formula = "W_REUSED / VA" });
        var library = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/indicators");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Contains(library.EnumerateArray(), i => i.GetProperty("code").GetString() == "REUSE_PER_VA" && !i.GetProperty("builtIn").GetBoolean());
        Assert.Equal(36, library.GetArrayLength()); // 35 built-in and the one added
    }
}
