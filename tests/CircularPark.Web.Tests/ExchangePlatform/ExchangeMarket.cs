using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CircularPark.Web.Tests.ExchangePlatform;

/// <summary>Enterprises, offers and needs entered through the API for the exchange tests; windows run from today for a year.</summary>
internal static class ExchangeMarket
{
    public static readonly DateOnly Today = CircularPark.Time.ChinaTime.Today(TimeProvider.System);

    public static async Task<int> EnterpriseAsync(HttpClient client, int parkId, string name, string industry, double lat, double lon,
        string? permit = null, DateOnly? permitValidTo = null) =>
        await IdAsync(await client.PostAsJsonAsync($"/api/parks/{parkId}/enterprises",
            new { name, industryCode = industry, latitude = lat, longitude = lon, permitScope = permit, permitValidTo }));

    public static async Task<int> OfferAsync(HttpClient client, int enterpriseId, string material, double tonnes, double disposalCost,
        string? hazardCode = null, object[]? quality = null, string? category = null) =>
        await IdAsync(await client.PostAsJsonAsync("/api/exchange/offers", new
        {
            enterpriseId, materialCode = material, materialCategory = category, hazardCode, tonnes, availableFrom = Today, availableTo = Today.AddYears(1),
            costPerTonne = disposalCost, quality = quality ?? [],
        }));

    public static async Task<int> NeedAsync(HttpClient client, int enterpriseId, string material, double tonnes, double virginCost, object[]? limits = null) =>
        await IdAsync(await client.PostAsJsonAsync("/api/exchange/needs", new
        {
            enterpriseId, materialCode = material, tonnes, availableFrom = Today, availableTo = Today.AddYears(1), costPerTonne = virginCost, quality = limits ?? [],
        }));

    public static async Task<JsonElement> MatchAsync(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/exchange/match", request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<int> IdAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    /// <summary>(supplier, receiver, tonnes) of each allocation.</summary>
    public static List<(string, string, double)> Allocations(JsonElement run) =>
        [.. run.GetProperty("allocations").EnumerateArray().Select(a =>
            (a.GetProperty("supplierName").GetString()!, a.GetProperty("receiverName").GetString()!, a.GetProperty("tonnes").GetDouble()))];
}
