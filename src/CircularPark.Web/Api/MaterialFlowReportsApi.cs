using CircularPark.Exports;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.MaterialFlows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CircularPark.Web.Api;

/// <summary>
/// What is computed from a park's models on request: before/after comparison, Sankey pictures (PNG, drawn in C#), the
/// plan's material-flow chapter (docx) and the derived indicators as data items. A park's model is chosen by
/// scenario (label or name) and, optionally, year (default: the latest year of that scenario).
/// </summary>
internal static class MaterialFlowReportsApi
{
    public static async Task<Results<Ok<ModelComparison>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> CompareParkMaterialFlows(
        int parkId, int? before, int? after, GetMaterialFlowModels list, CompareMaterialFlowModels compare, HttpContext http, CancellationToken ct)
    {
        var user = AccessScope.From(http.User);
        var models = await list.ExecuteAsync(parkId, user, ct);
        if (models.Outcome != MfaOutcome.Ok) return Refused(models.Outcome, parkId);
        var beforeId = before ?? Latest(models.Value!, Scenario.Before, null);
        var afterId = after ?? Latest(models.Value!, Scenario.PlannedAfter, null) ?? Latest(models.Value!, Scenario.Actual, null);
        if (beforeId is null || afterId is null || models.Value!.Models.All(m => m.Id != beforeId) || models.Value.Models.All(m => m.Id != afterId))
            return Problems.Invalid(beforeId is null || models.Value!.Models.All(m => m.Id != beforeId) ? "before" : "after", "Mfa.unknown-model", before ?? after ?? 0);
        var result = await compare.ExecuteAsync(beforeId.Value, afterId.Value, user, ct);
        return result.Outcome == MfaOutcome.Ok ? TypedResults.Ok(result.Value) : Refused(result.Outcome, parkId);
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> ParkSankeyPicture(
        int parkId, string? scenario, int? year, string? layer, GetMaterialFlowModels list, GetMaterialFlowModel get, HttpContext http, CancellationToken ct)
    {
        var user = AccessScope.From(http.User);
        var models = await list.ExecuteAsync(parkId, user, ct);
        if (models.Outcome != MfaOutcome.Ok) return Refused(models.Outcome, parkId);
        if (!Text.TryParseLabel<Scenario>(scenario ?? nameof(Scenario.Before), out var wanted))
            return Problems.Invalid("scenario", "Mfa.enum", "情景", "Scenario", scenario);
        if (Latest(models.Value!, wanted, year) is not { } id) return Problems.NotFound(Text.Get("Mfa.Chapter.Missing", Text.Label(wanted).Zh));
        return await Picture(id, layer, get, user, ct);
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> ModelSankeyPicture(
        int id, string? layer, GetMaterialFlowModel get, HttpContext http, CancellationToken ct) =>
        await Picture(id, layer, get, AccessScope.From(http.User), ct);

    /// <summary>The plan chapter on its own: the latest "before" and "planned after" models unless years are given.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult, ForbidHttpResult>> MaterialFlowChapterDocx(
        int parkId, int? baselineYear, int? targetYear, GetMaterialFlowChapterModels chapter, HttpContext http, CancellationToken ct)
    {
        var models = await chapter.ExecuteAsync(parkId, baselineYear, targetYear, AccessScope.From(http.User), ct);
        if (models.Outcome != MfaOutcome.Ok) return models.Outcome == MfaOutcome.Forbidden ? TypedResults.Forbid() : Problems.NotFound(Text.Get("Park.NotFound", parkId));
        var docx = new DocxBuilder().Title(models.Value!.ParkName).Blank();
        MaterialFlowChapter.Append(docx, models.Value.Before, models.Value.After);
        return TypedResults.File(docx.Build(), Problems.DocxType, $"material-flow-chapter-{parkId}.docx");
    }

    public static async Task<Results<Ok<IReadOnlyList<IndicatorItem>>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> MaterialFlowDataItems(
        int parkId, int year, string scenario, GetMaterialFlowModels list, GetMaterialFlowDataItems items, HttpContext http, CancellationToken ct)
    {
        var models = await list.ExecuteAsync(parkId, AccessScope.From(http.User), ct);
        if (models.Outcome != MfaOutcome.Ok) return Refused(models.Outcome, parkId);
        if (!Text.TryParseLabel<Scenario>(scenario, out var wanted)) return Problems.Invalid("scenario", "Mfa.enum", "情景", "Scenario", scenario);
        var data = await items.ExecuteAsync(parkId, year, wanted, ct);
        return TypedResults.Ok<IReadOnlyList<IndicatorItem>>([.. data.Select(d => new IndicatorItem(d.Code, d.Layer,
            double.IsFinite(d.Value) ? d.Value : null, double.IsFinite(d.StandardDeviation) ? d.StandardDeviation : null, d.Unit))]);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> Picture(
        int id, string? layer, GetMaterialFlowModel get, AccessScope user, CancellationToken ct)
    {
        var read = await get.ExecuteAsync(id, user, ct);
        if (read.Outcome != MfaOutcome.Ok) return read.Outcome == MfaOutcome.Forbidden ? TypedResults.Forbid() : Problems.NotFound(Text.Get("Mfa.NotFound", id));
        var doc = read.Value!.Document;
        var code = string.IsNullOrWhiteSpace(layer) ? doc.Layers[0].Code : layer;
        if (doc.Layer(code) is null) return Problems.Invalid("layer", "Mfa.unknown-layer", "物质层", "Layer", code);
        var english = Bilingual.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        var graph = SankeyGraph.Build(doc, MaterialFlowAnalysis.Analyse(doc, code), english);
        return TypedResults.File(SankeyPicture.Png(graph), "image/png", $"sankey-{id}-{code}.png");
    }

    private static int? Latest(ParkModels models, Scenario scenario, int? year) => models.Models
        .Where(m => m.Scenario == scenario && (year is null || m.Year == year)).OrderByDescending(m => m.Year).Select(m => (int?)m.Id).FirstOrDefault();

    private static ProblemHttpResult Refused(MfaOutcome outcome, int parkId) =>
        outcome == MfaOutcome.Forbidden
            ? TypedResults.Problem(Problems.Problem(StatusCodes.Status403Forbidden, Text.Get("Mfa.Forbidden")))
            : Problems.NotFound(Text.Get("Park.NotFound", parkId));
}
