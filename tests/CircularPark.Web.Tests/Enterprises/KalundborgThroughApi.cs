using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CircularPark.Web.Tests.Enterprises;

/// <summary>
/// The Kalundborg-like park of issue 7 entered through the API, receivers first so the producers can name them:
/// power station → plasterboard (gypsum 200 kt/yr), → cement (fly ash), → fish farm (cooling water), → refinery and
/// pharmaceutical plant (steam); refinery → fertiliser plant (sulphur); pharmaceutical sludge → farms.
/// </summary>
internal static class KalundborgThroughApi
{
    public const double GypsumTonnes = 200_000;

    /// <summary>Creates the eight enterprises in the park; returns their ids by short name.</summary>
    public static async Task<Dictionary<string, int>> BuildAsync(HttpClient client, int parkId)
    {
        var ids = new Dictionary<string, int>();
        async Task Add(string key, string name, string industry, object[] streams, object[]? inputs = null)
        {
            var response = await client.PostAsJsonAsync($"/api/parks/{parkId}/enterprises",
                new { name, industryCode = industry, latitude = 55.68, longitude = 11.09, streams, inputs = inputs ?? [] });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            ids[key] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        }
        await Add("plasterboard", "Gyproc plasterboard plant", "C3024",
            [Stream("Plasterboard", "Product", "plasterboard", "building-board", 300_000)],
            [new { name = "FGD gypsum", materialCode = "FGD-gypsum", quantity = GypsumTonnes, unit = "Tonne", boughtOutsidePark = false },
             new { name = "Liner paper", materialCode = "liner-paper", quantity = 15_000, unit = "Tonne", boughtOutsidePark = true }]);
        await Add("cement", "Aalborg Portland cement plant", "C3011", [Stream("Cement", "Product", "cement", "cement", 150, "TenThousandTonnes")],
            [new { name = "Limestone", materialCode = "limestone", quantity = 180, unit = "TenThousandTonnes", boughtOutsidePark = true }]);
        await Add("fertiliser", "Kemira fertiliser plant", "C2622", []);
        await Add("fish", "Fish farm", "A0412", []);
        await Add("farms", "Farms", "A0112", []);
        await Add("refinery", "Statoil refinery", "C2511", [Stream("Sulphur", "ByProduct", "sulphur", "sulphur", 20_000, uses: [Use(ids["fertiliser"])])]);
        await Add("pharma", "Novo Nordisk pharmaceutical plant", "C2761",
            [Stream("Biological sludge", "Waste", "biological-sludge", "biological-sludge", 150_000, uses: [Use(ids["farms"])])]);
        await Add("power", "Asnæs power station", "D4411",
        [
            Stream("FGD gypsum", "ByProduct", "FGD-gypsum", "desulphurisation-gypsum", GypsumTonnes, uses: [Use(ids["plasterboard"])]),
            Stream("Fly ash", "ByProduct", "fly-ash", "fly-ash", 120_000, uses: [Use(ids["cement"])]),
            Stream("Cooling water", "Water", "warm-cooling-water", "warm-water", 70, "TenThousandCubicMetres", [Use(ids["fish"])]),
            Stream("Steam", "Energy", "steam", "steam", 500_000, uses: [Use(ids["refinery"], 300_000), Use(ids["pharma"], 200_000)]),
        ]);
        return ids;
    }

    public static object Stream(string name, string kind, string code, string category, double quantity, string unit = "Tonne", object[]? uses = null) =>
        new { name, kind, materialCode = code, materialCategory = category, quantity, unit, uses = uses ?? [] };

    public static object Use(int enterpriseId, double? quantity = null) => new { enterpriseId, quantity };
}
