using CircularPark.Outcomes;
using CircularPark.Exports;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Statistics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CircularPark.Web.Api;

/// <summary>A park's yearly statistics: read and change within one's scope; every rule checked on save and on submit.</summary>
internal static class StatisticsApi
{
    public static void MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/parks/{parkId:int}/statistics/{year:int}").WithTags("Statistics").RequireAuthorization().WithProblems();
        group.MapGet("/", GetStatistics).WithName(nameof(GetStatistics)).Requires(Permissions.ParkRead);
        group.MapPut("/", SaveStatistics).WithName(nameof(SaveStatistics)).Requires(Permissions.ParkChange);
        group.MapPost("/submit", SubmitStatistics).WithName(nameof(SubmitStatistics)).Requires(Permissions.ParkChange);
        group.MapGet("/export", ExportStatistics).WithName(nameof(ExportStatistics)).Requires(Permissions.ParkRead);
        app.MapGet("/api/data-items", ListDataItems).WithTags("Statistics").WithName(nameof(ListDataItems)).Requires(Permissions.Public);
    }

    public sealed record StatisticsInput(IReadOnlyList<StatisticsEntry> Entries, long? Version);

    public sealed record SaveResult(long Version, IReadOnlyList<RuleFinding> Warnings);

    public static async Task<Results<Ok<ParkStatisticsView>, ForbidHttpResult, ProblemHttpResult>> GetStatistics(int parkId, int year, GetParkStatistics get,
        HttpContext http, CancellationToken ct)
    {
        var (outcome, view) = await get.ExecuteAsync(parkId, year, AccessScope.From(http.User), ct);
        return OutcomeResults.Read(outcome, view, Text.Get("Statistics.NotFound", year));
    }

    public static async Task<Results<Ok<SaveResult>, ProblemHttpResult>> SaveStatistics(int parkId, int year, StatisticsInput input, SaveParkStatistics save,
        HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(OutcomeResults.Map(await save.ExecuteAsync(parkId, year, input.Entries ?? [], input.Version, AccessScope.From(http.User), ct),
            saved => new SaveResult(saved.Version, saved.Problems)));

    public static async Task<Results<Ok<SaveResult>, ProblemHttpResult>> SubmitStatistics(int parkId, int year, SubmitParkStatistics submit,
        HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(OutcomeResults.Map(await submit.ExecuteAsync(parkId, year, AccessScope.From(http.User), ct),
            saved => new SaveResult(saved.Version, saved.Problems)));

    public static async Task<Results<FileContentHttpResult, ForbidHttpResult, ProblemHttpResult>> ExportStatistics(int parkId, int year, GetParkStatistics get, HttpContext http, CancellationToken ct)
    {
        var (outcome, view) = await get.ExecuteAsync(parkId, year, AccessScope.From(http.User), ct);
        return outcome switch
        {
            AccessOutcome.Allowed => TypedResults.File(IndicatorExport.Statistics(view!), Problems.XlsxType, $"statistics-{parkId}-{year}.xlsx"),
            AccessOutcome.Forbidden => TypedResults.Forbid(),
            _ => Problems.NotFound(Text.Get("Statistics.NotFound", year)),
        };
    }

    public sealed record DataItemDto(string Code, string NameZh, string NameEn, string Unit, string Kind, string? TotalCode, bool BuiltIn);

    public static async Task<Ok<List<DataItemDto>>> ListDataItems(IndicatorCatalog catalog, CancellationToken ct)
    {
        var setup = (await catalog.LoadAsync(null, ct))!;
        return TypedResults.Ok(setup.Catalogue.Items.Select(i => new DataItemDto(i.Code, i.NameZh, i.NameEn, i.Unit, i.Kind.ToString(), i.TotalCode, i.IsBuiltIn)).ToList());
    }

    private static Bilingual Park(int id) => Text.Get("Park.NotFound", id);
}
