using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.MaterialFlows;

namespace CircularPark.Web.Tests.MaterialFlows;

/// <summary>Intent-revealing calls of the material-flow API for the tests.</summary>
internal static class MaterialFlowClient
{
    /// <summary>Dovì &amp; Solisio's six streams and three units as a park model: A (x1 + x2 → x3), B (x3 → x2 + x4), C (x4 → x5 + x6).</summary>
    public static MaterialFlowDocument DoviSolisio(int year = 2020) => new()
    {
        Year = year, Scenario = Scenario.Before, Title = "Dovì & Solisio",
        Layers = [new("mass", "总物质", Engines.MaterialFlow.LayerKind.TotalMass, "t/a")],
        Processes = [new("ENV", "外部环境", ProcessType.Boundary), new("A", "单元A", ProcessType.Enterprise), new("B", "单元B", ProcessType.Enterprise), new("C", "单元C", ProcessType.WastewaterPlant)],
        Flows =
        [
            Measured("x1", "ENV", "A", 11, 0.032), Measured("x2", "B", "A", 9.9, 0.026), Measured("x3", "A", "B", 21.25, 0.120),
            Measured("x4", "B", "C", 11.1, 0.033), Measured("x5", "C", "ENV", 7, 0.052), Measured("x6", "C", "ENV", 3.8, 0.015),
        ],
    };

    private static FlowEntry Measured(string code, string from, string to, double value, double variance) =>
        new("mass", code, from, to, value, "t/a", Math.Sqrt(variance));

    /// <summary>Creates an empty model (one total-mass layer) and fills it with <paramref name="content"/>; returns its id and version.</summary>
    public static async Task<(int Id, long Version)> CreateAsync(HttpClient client, int parkId, MaterialFlowDocument content)
    {
        var created = await client.PostAsJsonAsync($"/api/parks/{parkId}/material-flows", new { year = content.Year, scenario = content.Scenario.ToString(), title = content.Title });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var view = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = view.GetProperty("id").GetInt32();
        var put = await client.PutAsJsonAsync($"/api/material-flows/{id}", content with { Version = view.GetProperty("document").GetProperty("version").GetInt64() }, Json);
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        var stored = await put.Content.ReadFromJsonAsync<JsonElement>();
        return (id, stored.GetProperty("document").GetProperty("version").GetInt64());
    }

    public static Task<int> ParkIdAsync(TestApp app, string name) =>
        app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Parks.Where(p => p.Name == name).Select(p => p.Id)));

    public static readonly JsonSerializerOptions Json = MaterialFlowJson.Options;
}
