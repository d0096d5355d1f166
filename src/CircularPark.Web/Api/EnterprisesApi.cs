using CircularPark.Outcomes;
using System.Globalization;
using CircularPark.Data;
using CircularPark.Enterprises;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CircularPark.Web.Api;

/// <summary>
/// A park's enterprises with their streams, users, inputs and permits: read by users who may see the park's data,
/// changed (and imported from the 企业 / 物料流 workbook) by users who may change the park.
/// </summary>
internal static class EnterprisesApi
{
    public static void MapEnterprisesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/parks/{parkId:int}/enterprises").WithTags("Enterprises").RequireAuthorization().WithProblems();
        group.MapGet("/", ListEnterprises).WithName(nameof(ListEnterprises)).Requires(Permissions.ParkRead);
        group.MapGet("/{id:int}", GetEnterprise).WithName(nameof(GetEnterprise)).Requires(Permissions.ParkRead);
        group.MapPost("/", AddEnterprise).WithName(nameof(AddEnterprise)).Requires(Permissions.ParkChange);
        group.MapPut("/{id:int}", ReplaceEnterprise).WithName(nameof(ReplaceEnterprise)).Requires(Permissions.ParkChange);
        group.MapDelete("/{id:int}", RemoveEnterprise).WithName(nameof(RemoveEnterprise)).Requires(Permissions.ParkChange);
        group.MapPost("/import", ImportEnterpriseWorkbook).WithName(nameof(ImportEnterpriseWorkbook)).DisableAntiforgery().Requires(Permissions.ParkChange);
        group.MapGet("/export", ExportEnterpriseWorkbook).WithName(nameof(ExportEnterpriseWorkbook)).Requires(Permissions.ParkRead);
    }

    public static async Task<Results<Ok<IReadOnlyList<EnterpriseView>>, ProblemHttpResult, ForbidHttpResult>> ListEnterprises(
        int parkId, GetParkEnterprises get, HttpContext http, CancellationToken ct) =>
        await get.ExecuteAsync(parkId, AccessScope.From(http.User), ct) switch
        {
            null => Problems.NotFound(Text.Get("Park.NotFound", parkId)),
            { Access.CanSee: false } => TypedResults.Forbid(),
            var found => TypedResults.Ok(found.Enterprises),
        };

    public static async Task<Results<Ok<EnterpriseView>, ProblemHttpResult, ForbidHttpResult>> GetEnterprise(
        int parkId, int id, GetParkEnterprises get, HttpContext http, CancellationToken ct) =>
        await get.ExecuteAsync(parkId, AccessScope.From(http.User), ct) switch
        {
            null => Problems.NotFound(Text.Get("Park.NotFound", parkId)),
            { Access.CanSee: false } => TypedResults.Forbid(),
            var found => found.Enterprises.FirstOrDefault(e => e.Id == id) is { } e ? TypedResults.Ok(e) : Problems.NotFound(Text.Get("Enterprise.NotFound", id)),
        };

    public static async Task<Results<Created<Saved>, ProblemHttpResult>> AddEnterprise(
        int parkId, EnterpriseDraft draft, CreateEnterprise create, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Created(await create.ExecuteAsync(parkId, draft, AccessScope.From(http.User), ct), saved => $"/api/parks/{parkId}/enterprises/{saved.Id}");

    public static async Task<Results<Ok<Saved>, ProblemHttpResult>> ReplaceEnterprise(
        int parkId, int id, EnterpriseDraft draft, UpdateEnterprise update, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await update.ExecuteAsync(parkId, id, draft, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<Saved>, ProblemHttpResult>> RemoveEnterprise(
        int parkId, int id, DeleteEnterprise delete, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await delete.ExecuteAsync(parkId, id, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<ImportReport>, UnprocessableEntity<ImportReport>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> ImportEnterpriseWorkbook(
        int parkId, IFormFile? file, [FromQuery] bool? dryRun, ImportEnterprises import, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        if (await ImportsApi.ParkRefusalAsync(db, parkId, AccessScope.From(http.User), ct) is { } refusal) return refusal;
        if (file is null || file.Length == 0) return Problems.Invalid("file", "Rule.empty-file");
        if (file.Length > ImportsApi.MaxFileBytes) return Problems.Invalid("file", "Rule.file-size", ImportsApi.MaxFileBytes / 1024 / 1024);
        await using var stream = file.OpenReadStream();
        var result = await import.ExecuteAsync(parkId, stream, file.FileName, dryRun ?? true, AccessScope.From(http.User), ct);
        if (!result.IsOk) return OutcomeResults.Problem(result.Failure!);
        return result.Value.HasProblems && !result.Value.DryRun ? TypedResults.UnprocessableEntity(result.Value) : TypedResults.Ok(result.Value);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult, ForbidHttpResult>> ExportEnterpriseWorkbook(
        int parkId, GetParkEnterprises get, HttpContext http, CancellationToken ct) =>
        await get.ExecuteAsync(parkId, AccessScope.From(http.User), ct) switch
        {
            null => Problems.NotFound(Text.Get("Park.NotFound", parkId)),
            { Access.CanSee: false } => TypedResults.Forbid(),
            var found => TypedResults.File(EnterpriseWorkbook.Build(found.Enterprises, CultureInfo.CurrentUICulture), Problems.XlsxType,
                $"enterprises-{parkId.ToString(CultureInfo.InvariantCulture)}.xlsx"),
        };
}
