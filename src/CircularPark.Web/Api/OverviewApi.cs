using CircularPark.Exports;
using CircularPark.Identity;
using CircularPark.Overview;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CircularPark.Web.Api;

/// <summary>The monitoring overview of a region for its officials: JSON, or the same figures as xlsx or docx (ADR 0083).</summary>
internal static class OverviewApi
{
    public static void MapOverviewApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/regions/{regionCode}/overview").WithTags("Overview").RequireAuthorization();
        group.MapGet("/", GetRegionOverview).WithName(nameof(GetRegionOverview)).Requires(Permissions.RegionOverview);
    }

    /// <summary>
    /// The region's rows (units of the nation "000000", a province's cities, a city's parks) for the report period
    /// <paramref name="year"/> (default: the latest already due); format=xlsx or docx for the files officials file.
    /// </summary>
    public static async Task<Results<Ok<RegionOverview>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetRegionOverview(string regionCode, int? year, string? format,
        GetRegionOverview overview, HttpContext http, CancellationToken ct)
    {
        if (format is not (null or "json" or "xlsx" or "docx")) return Problems.Invalid("format", "Rule.one-of", "格式", "format", format, "json, xlsx, docx");
        var outcome = await overview.ExecuteAsync(regionCode, year, AccessScope.From(http.User), ct);
        if (!outcome.IsOk) return OutcomeResults.Problem(outcome.Failure!);
        var result = outcome.Value;
        return format switch
        {
            "xlsx" => TypedResults.File(OverviewExport.Xlsx(result), Problems.XlsxType, OverviewExport.FileName(result, "xlsx")),
            "docx" => TypedResults.File(OverviewExport.Docx(result), Problems.DocxType, OverviewExport.FileName(result, "docx")),
            _ => TypedResults.Ok(result),
        };
    }
}
