using System.Net.Http.Json;
using System.Text.Json.Nodes;

// Shared by the web and browser test projects (linked into both): the one way a test completes a plan draft.
namespace CircularPark.Testing;

/// <summary>
/// Fills the sections a plan must hold before it is submitted (ADR 0086's issue: 基本情况, 物质流分析, a key project, a
/// target) into a draft that lacks them, through the API as the park would, keeping whatever the draft already says.
/// </summary>
internal static partial class PlanDrafts
{
    public static async Task CompleteAsync(HttpClient park, int plan, int number = 1)
    {
        var view = (await park.GetFromJsonAsync<JsonObject>($"/api/plans/{plan}?version={number}"))!;
        var content = view["content"]!.AsObject();
        var (start, end) = ((int)content["periodStartYear"]!, (int)content["periodEndYear"]!);
        if (string.IsNullOrWhiteSpace((string?)content["basicSituation"])) content["basicSituation"] = "园区概况：面积、主导产业和企业情况。";
        if (string.IsNullOrWhiteSpace((string?)content["materialFlowAnalysis"])) content["materialFlowAnalysis"] = "改造前后物质流见附图。";
        if (content["projects"]!.AsArray().Count == 0)
            content["projects"] = new JsonArray(new JsonObject
            {
                ["key"] = "P01", ["name"] = "固体废物综合利用项目", ["class"] = "ChainFilling", ["totalInvestment"] = 1000.0, ["subsidyRequested"] = 0.0,
                ["selfFunded"] = 1000.0, ["otherFunding"] = 0.0, ["startYear"] = start, ["endYear"] = end,
            });
        if (content["targets"]!.AsArray().Count == 0)
            content["targets"] = new JsonArray(new JsonObject
            {
                ["indicatorCode"] = "WRR", ["baselineValue"] = 80.0, ["yearly"] = new JsonArray(new JsonObject { ["year"] = end, ["value"] = 90.0 }),
            });
        var saved = await park.PutAsJsonAsync($"/api/plans/{plan}/versions/{number}", new JsonObject { ["content"] = content.DeepClone(), ["version"] = view["version"]!.DeepClone() });
        saved.EnsureSuccessStatusCode();
    }
}
