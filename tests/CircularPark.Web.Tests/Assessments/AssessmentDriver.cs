using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Assessments;

/// <summary>Takes the steps of the assessment scenario through the API as the people who take them: intent-revealing helpers.</summary>
internal sealed class AssessmentDriver(TestApp app)
{
    public Task<int> ParkIdAsync(string name) => app.WithDbAsync(db => db.Parks.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    public Task<HttpClient> ParkUserAsync(string name) => app.ClientAsAsync(Roles.Park, parkName: name);

    /// <summary>The park enters a year's value added (万元, at 2020 prices) and industrial land (km²).</summary>
    public static async Task EnterEconomicsAsync(HttpClient park, int parkId, int year, double valueAdded, double landKm2)
    {
        var entries = new object[]
        {
            new { code = "VA", value = valueAdded, unit = "万元", priceBaseYear = 2020 },
            new { code = "LAND", value = landKm2, unit = "km²" },
        };
        Ok(await park.PutAsJsonAsync($"/api/parks/{parkId}/statistics/{year}", new { entries }));
    }

    /// <summary>An enterprise of the park's register, added by the park; returns its id.</summary>
    public static async Task<int> EnterpriseAsync(HttpClient park, int parkId, string name)
    {
        var response = Ok(await park.PostAsJsonAsync($"/api/parks/{parkId}/enterprises", new { name, industryCode = "C3011" }));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task<int> RecordAsync(HttpClient client, int parkId, string register, object entry)
    {
        var response = Ok(await client.PostAsJsonAsync($"/api/parks/{parkId}/compliance/{register}", entry));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        var response = Ok(await client.GetAsync(url));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The response, after asserting it succeeded (with its body in the message when it did not).</summary>
    public static HttpResponseMessage Ok(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {response.Content.ReadAsStringAsync().Result}");
        return response;
    }

    /// <summary>
    /// 济南市's 2022 scheme: growth of value added linear (0 % → 0, 20 % → 50 points), share of the city's parks' value added
    /// against the best (30), a planning EIA in force (pass/fail, 20); +2 per green designation (at most 4), −5 per overdue
    /// rectification.
    /// </summary>
    public static object Scheme(int year) => new
    {
        year, nameZh = "产业园区工作绩效考核", nameEn = "Industrial park performance assessment", document = "《济南市产业园区工作绩效考核办法》（测试）",
        missing = "ScoreZero", ties = "SharedRank",
        items = new object[]
        {
            new { code = "growth", nameZh = "规上工业增加值增速", category = "Economic", metric = "growth:VA", weight = 50, method = "Linear", floor = 0, target = 20 },
            new { code = "share", nameZh = "工业增加值占全市园区比重", category = "Economic", metric = "share-city:VA", weight = 30, method = "ShareOfBest" },
            new { code = "eia", nameZh = "规划环评", category = "Compliance", metric = "eia-valid", weight = 20, method = "PassFail", threshold = 1 },
        },
        adjustments = new object[]
        {
            new { code = "green", nameZh = "绿色制造称号", category = "Compliance", metric = "green", pointsEach = 2, cap = 4 },
            new { code = "overdue", nameZh = "节能监察整改逾期", category = "Compliance", metric = "rectification-overdue", pointsEach = -5 },
        },
    };
}
