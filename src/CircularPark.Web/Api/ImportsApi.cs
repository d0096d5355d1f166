using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Imports;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CircularPark.Web.Api;

/// <summary>
/// Imports of park lists from xlsx or CSV. A dry run (the default) reports every problem by row, column and rule and
/// stores nothing; a commit stores everything or, if any row has a problem, nothing (422 with the report).
/// </summary>
internal static class ImportsApi
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>
    /// Before an upload to a park is read: 403 when the user may not change the park, 404 when there is none, null to go
    /// on. The place is answered before the file, so how a file is judged tells an outsider nothing.
    /// </summary>
    public static async Task<ProblemHttpResult?> ParkRefusalAsync(AppDbContext db, int parkId, AccessScope user, CancellationToken ct) =>
        (await ParkAccess.CheckAsync(db, parkId, user, change: true, ct)).Outcome switch
        {
            AccessOutcome.Allowed => null,
            AccessOutcome.Forbidden => OutcomeResults.Problem(Failure.Forbidden),
            _ => Problems.NotFound(Text.Get("Park.NotFound", parkId)),
        };

    public static void MapImportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/imports").WithTags("Imports").RequireAuthorization().WithProblems();
        group.MapPost("/parks", ImportParkList).WithName(nameof(ImportParkList)).DisableAntiforgery().Requires(Permissions.ParkImport);
        group.MapPost("/statistics", ImportStatisticsFile).WithName(nameof(ImportStatisticsFile)).DisableAntiforgery().Requires(Permissions.ParkChange);
    }

    public static async Task<Results<Ok<ImportReport>, UnprocessableEntity<ImportReport>, ValidationProblem, ForbidHttpResult>> ImportParkList(
        IFormFile? file, [FromQuery] string? campaign, [FromQuery] bool? dryRun, [FromForm] string? choices, ImportParks import, HttpContext http, CancellationToken ct)
    {
        var user = AccessScope.From(http.User);
        if (!user.Holds(Permissions.ParkImport)) return TypedResults.Forbid();
        if (file is null || file.Length == 0) return Problems.Invalid("file", "Rule.empty-file");
        if (file.Length > MaxFileBytes) return Problems.Invalid("file", "Rule.file-size", MaxFileBytes / 1024 / 1024);
        // What the user chose for rows whose park could not be told from the name: "row=new" or "row=parkId", separated by ";".
        if (ParkChoice.Parse(choices, out var bad) is not { } chosen) return Problems.Invalid("choices", "Rule.choices", bad);
        await using var stream = file.OpenReadStream();
        var report = await import.ExecuteAsync(stream, file.FileName, string.IsNullOrWhiteSpace(campaign) ? null : campaign, dryRun ?? true, user, chosen, ct);
        return report.HasProblems && !report.DryRun ? TypedResults.UnprocessableEntity(report) : TypedResults.Ok(report);
    }

    /// <summary>Statistics in long form (园区名称, 年份, 数据项, 数值, 单位, 说明); scope is checked per park.</summary>
    public static async Task<Results<Ok<ImportReport>, UnprocessableEntity<ImportReport>, ValidationProblem>> ImportStatisticsFile(
        IFormFile? file, [FromQuery] bool? dryRun, CircularPark.Statistics.ImportStatistics import, HttpContext http, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return Problems.Invalid("file", "Rule.empty-file");
        if (file.Length > MaxFileBytes) return Problems.Invalid("file", "Rule.file-size", MaxFileBytes / 1024 / 1024);
        await using var stream = file.OpenReadStream();
        var report = await import.ExecuteAsync(stream, file.FileName, dryRun ?? true, AccessScope.From(http.User), ct);
        return report.HasProblems && !report.DryRun ? TypedResults.UnprocessableEntity(report) : TypedResults.Ok(report);
    }
}
