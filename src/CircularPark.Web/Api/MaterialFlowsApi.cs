using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Localization;
using CircularPark.MaterialFlows;
using CircularPark.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CircularPark.Web.Api;

/// <summary>
/// Material-flow models of a park (per year and scenario): read with <c>CanSeePark</c>, change with <c>CanChangePark</c>.
/// Edits carry the version last read (409 when stale); a broken rule is a 400 naming every field and stores nothing.
/// Reconciliation, comparison, pictures and indicators are computed on request, never stored.
/// </summary>
internal static class MaterialFlowsApi
{
    public static void MapMaterialFlowsApi(this IEndpointRouteBuilder app)
    {
        var park = app.MapGroup("/api/parks/{parkId:int}/material-flows").WithTags("Material flows").RequireAuthorization().WithProblems();
        park.MapGet("/", ListMaterialFlowModels).WithName(nameof(ListMaterialFlowModels)).Requires(Permissions.ParkRead);
        park.MapPost("/", CreateMaterialFlowModelFor).WithName(nameof(CreateMaterialFlowModelFor)).Requires(Permissions.ParkChange);
        park.MapPost("/import", ImportMaterialFlowFile).WithName(nameof(ImportMaterialFlowFile)).DisableAntiforgery().Requires(Permissions.ParkChange);
        park.MapGet("/compare", MaterialFlowReportsApi.CompareParkMaterialFlows).WithName(nameof(MaterialFlowReportsApi.CompareParkMaterialFlows)).Requires(Permissions.ParkRead);
        park.MapGet("/sankey.png", MaterialFlowReportsApi.ParkSankeyPicture).WithName(nameof(MaterialFlowReportsApi.ParkSankeyPicture)).Requires(Permissions.ParkRead);
        park.MapGet("/chapter.docx", MaterialFlowReportsApi.MaterialFlowChapterDocx).WithName(nameof(MaterialFlowReportsApi.MaterialFlowChapterDocx)).Requires(Permissions.ParkRead);
        park.MapGet("/data-items", MaterialFlowReportsApi.MaterialFlowDataItems).WithName(nameof(MaterialFlowReportsApi.MaterialFlowDataItems)).Requires(Permissions.ParkRead);

        var model = app.MapGroup("/api/material-flows").WithTags("Material flows").RequireAuthorization().WithProblems();
        model.MapGet("/template.xlsx", MaterialFlowTemplate).WithName(nameof(MaterialFlowTemplate)).Requires(Permissions.Self);
        model.MapGet("/{id:int}", GetMaterialFlowModelById).WithName(nameof(GetMaterialFlowModelById)).Requires(Permissions.ParkRead);
        model.MapPut("/{id:int}", ReplaceMaterialFlowModel).WithName(nameof(ReplaceMaterialFlowModel)).Requires(Permissions.ParkChange);
        model.MapDelete("/{id:int}", DeleteMaterialFlowModelById).WithName(nameof(DeleteMaterialFlowModelById)).Requires(Permissions.ParkChange);
        model.MapGet("/{id:int}/export", ExportMaterialFlowModel).WithName(nameof(ExportMaterialFlowModel)).Requires(Permissions.ParkRead);
        model.MapPost("/{id:int}/reconcile", ReconcileLayer).WithName(nameof(ReconcileLayer)).Requires(Permissions.ParkChange);
        model.MapGet("/{id:int}/sankey.png", MaterialFlowReportsApi.ModelSankeyPicture).WithName(nameof(MaterialFlowReportsApi.ModelSankeyPicture)).Requires(Permissions.ParkRead);
        model.MapPost("/{id:int}/processes", MaterialFlowItemsApi.AddProcess).WithName(nameof(MaterialFlowItemsApi.AddProcess)).Requires(Permissions.ParkChange);
        model.MapPut("/{id:int}/processes/{code}", MaterialFlowItemsApi.UpdateProcess).WithName(nameof(MaterialFlowItemsApi.UpdateProcess)).Requires(Permissions.ParkChange);
        model.MapDelete("/{id:int}/processes/{code}", MaterialFlowItemsApi.RemoveProcess).WithName(nameof(MaterialFlowItemsApi.RemoveProcess)).Requires(Permissions.ParkChange);
        model.MapPost("/{id:int}/flows", MaterialFlowItemsApi.AddFlow).WithName(nameof(MaterialFlowItemsApi.AddFlow)).Requires(Permissions.ParkChange);
        model.MapPut("/{id:int}/flows/{layer}/{code}", MaterialFlowItemsApi.UpdateFlow).WithName(nameof(MaterialFlowItemsApi.UpdateFlow)).Requires(Permissions.ParkChange);
        model.MapDelete("/{id:int}/flows/{layer}/{code}", MaterialFlowItemsApi.RemoveFlow).WithName(nameof(MaterialFlowItemsApi.RemoveFlow)).Requires(Permissions.ParkChange);
    }

    public static async Task<Results<Ok<ParkModels>, ProblemHttpResult, ForbidHttpResult>> ListMaterialFlowModels(
        int parkId, GetMaterialFlowModels list, HttpContext http, CancellationToken ct)
    {
        var result = await list.ExecuteAsync(parkId, AccessScope.From(http.User), ct);
        return result.Outcome switch
        {
            MfaOutcome.Ok => TypedResults.Ok(result.Value),
            MfaOutcome.Forbidden => TypedResults.Forbid(),
            _ => Problems.NotFound(Text.Get("Park.NotFound", parkId)),
        };
    }

    public static async Task<Results<Created<ModelView>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> CreateMaterialFlowModelFor(
        int parkId, NewModel request, CreateMaterialFlowModel create, HttpContext http, CancellationToken ct)
    {
        var result = await create.ExecuteAsync(parkId, request, AccessScope.From(http.User), ct);
        return result.Outcome switch
        {
            MfaOutcome.Ok => TypedResults.Created($"/api/material-flows/{result.Value!.Id}", result.Value),
            MfaOutcome.Invalid => Invalid(result.Problems!),
            MfaOutcome.Forbidden => TypedResults.Forbid(),
            MfaOutcome.Conflict => Problems.Conflict(Text.Get("Mfa.Exists")),
            _ => Problems.NotFound(Text.Get("Park.NotFound", parkId)),
        };
    }

    public static async Task<Results<Ok<ModelView>, ProblemHttpResult, ForbidHttpResult>> GetMaterialFlowModelById(
        int id, GetMaterialFlowModel get, HttpContext http, CancellationToken ct)
    {
        var result = await get.ExecuteAsync(id, AccessScope.From(http.User), ct);
        return result.Outcome switch
        {
            MfaOutcome.Ok => TypedResults.Ok(result.Value),
            MfaOutcome.Forbidden => TypedResults.Forbid(),
            _ => Problems.NotFound(Text.Get("Mfa.NotFound", id)),
        };
    }

    /// <summary>Replaces the whole model (header, layers, processes, flows, parameters) with the document sent; its version must be current.</summary>
    public static Task<Results<Ok<ModelView>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> ReplaceMaterialFlowModel(
        int id, MaterialFlowDocument document, SaveMaterialFlowModel save, HttpContext http, CancellationToken ct) =>
        Save(save, id, document.Version, _ => document, http, ct);

    public static async Task<Results<NoContent, ProblemHttpResult, ForbidHttpResult>> DeleteMaterialFlowModelById(
        int id, long version, DeleteMaterialFlowModel delete, HttpContext http, CancellationToken ct) =>
        await delete.ExecuteAsync(id, version, AccessScope.From(http.User), ct) switch
        {
            MfaOutcome.Ok => TypedResults.NoContent(),
            MfaOutcome.Forbidden => TypedResults.Forbid(),
            MfaOutcome.Conflict => Problems.Conflict(Text.Get("Mfa.Conflict", id)),
            _ => Problems.NotFound(Text.Get("Mfa.NotFound", id)),
        };

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> ExportMaterialFlowModel(
        int id, string? format, GetMaterialFlowModel get, HttpContext http, CancellationToken ct)
    {
        var kind = (format ?? "json").ToLowerInvariant();
        if (kind is not ("json" or "xlsx")) return Problems.Invalid("format", "Mfa.format", format);
        var result = await get.ExecuteAsync(id, AccessScope.From(http.User), ct);
        if (result.Outcome != MfaOutcome.Ok) return result.Outcome == MfaOutcome.Forbidden ? TypedResults.Forbid() : Problems.NotFound(Text.Get("Mfa.NotFound", id));
        var doc = result.Value!.Document;
        var name = $"material-flow-{result.Value.ParkId}-{doc.Year}-{doc.Scenario}.{kind}";
        return kind == "json"
            ? TypedResults.File(MaterialFlowJson.Serialize(doc), "application/json", name)
            : TypedResults.File(MaterialFlowWorkbook.Build(doc), Problems.XlsxType, name);
    }

    /// <summary>An empty template: the five sheets with their headers and one total-mass layer.</summary>
    public static FileContentHttpResult MaterialFlowTemplate(TimeProvider clock) => TypedResults.File(MaterialFlowWorkbook.Build(new MaterialFlowDocument
    {
        Year = clock.Today().Year, Scenario = Scenario.Before,
        Layers = [new("mass", "总物质", Engines.MaterialFlow.LayerKind.TotalMass, "t/a")],
        Processes = [new("ENV", "外部环境（系统边界）", ProcessType.Boundary)],
    }), Problems.XlsxType, "material-flow-template.xlsx");

    public static async Task<Results<Ok<ImportReport>, UnprocessableEntity<ImportReport>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> ImportMaterialFlowFile(
        int parkId, IFormFile? file, [FromQuery] bool? dryRun, ImportMaterialFlowModel import, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        if (await ImportsApi.ParkRefusalAsync(db, parkId, AccessScope.From(http.User), ct) is { } refusal) return refusal;
        if (file is null || file.Length == 0) return Problems.Invalid("file", "Rule.empty-file");
        if (file.Length > ImportsApi.MaxFileBytes) return Problems.Invalid("file", "Rule.file-size", ImportsApi.MaxFileBytes / 1024 / 1024);
        await using var stream = file.OpenReadStream();
        var result = await import.ExecuteAsync(stream, file.FileName, parkId, dryRun ?? true, AccessScope.From(http.User), ct);
        if (result.Outcome == MfaOutcome.Forbidden) return TypedResults.Forbid();
        if (result.Outcome == MfaOutcome.NotFound) return Problems.NotFound(Text.Get("Park.NotFound", parkId));
        var report = result.Value!;
        return report.HasProblems && !report.DryRun ? TypedResults.UnprocessableEntity(report) : TypedResults.Ok(report);
    }

    public static async Task<Results<Ok<LayerAnalysis>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> ReconcileLayer(
        int id, string? layer, ReconcileMaterialFlowLayer reconcile, HttpContext http, CancellationToken ct)
    {
        var result = await reconcile.ExecuteAsync(id, layer, AccessScope.From(http.User), ct);
        return result.Outcome switch
        {
            MfaOutcome.Ok => TypedResults.Ok(result.Value),
            MfaOutcome.Invalid => Invalid(result.Problems!),
            MfaOutcome.Forbidden => TypedResults.Forbid(),
            _ => Problems.NotFound(Text.Get("Mfa.NotFound", id)),
        };
    }

    internal static ValidationProblem Invalid(IReadOnlyList<ModelProblem> problems, string? itemPrefix = null) =>
        Problems.Invalid(problems.GroupBy(p => itemPrefix is not null && p.Key.StartsWith(itemPrefix, StringComparison.Ordinal) ? p.Key[itemPrefix.Length..] : p.Key)
            .ToDictionary(g => g.Key, g => g.First().Message));

    internal static async Task<Results<Ok<ModelView>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> Save(
        SaveMaterialFlowModel save, int id, long version, Func<MaterialFlowDocument, MaterialFlowDocument> change, HttpContext http, CancellationToken ct,
        Func<MaterialFlowDocument, string?>? itemPrefix = null)
    {
        string? prefix = null;
        var result = await save.ExecuteAsync(id, version, doc =>
        {
            var changed = change(doc);
            prefix = itemPrefix?.Invoke(changed);
            return changed;
        }, AccessScope.From(http.User), ct);
        return result.Outcome switch
        {
            MfaOutcome.Ok => TypedResults.Ok(result.Value),
            MfaOutcome.Invalid => Invalid(result.Problems!, prefix),
            MfaOutcome.Forbidden => TypedResults.Forbid(),
            MfaOutcome.Conflict => Problems.Conflict(Text.Get("Mfa.Conflict", id)),
            _ => Problems.NotFound(Text.Get("Mfa.NotFound", id)),
        };
    }
}
