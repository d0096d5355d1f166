using CircularPark.Identity;
using CircularPark.Regions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CircularPark.Web.Api;

/// <summary>
/// Regions: anyone may search the divisions (pickers, filters, other systems); administrators add, rename, merge and abolish
/// them with effective dates (ADR 0052). Codes in the path are GB/T 2260 codes.
/// </summary>
internal static class RegionsApi
{
    public static void MapRegionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/regions").WithTags("Regions").WithProblems();
        group.MapGet("/", FindRegions).WithName(nameof(FindRegions)).Requires(Permissions.Public);
        group.MapGet("/{code}", GetRegionPeriods).WithName(nameof(GetRegionPeriods)).Requires(Permissions.Public);
        group.MapPost("/", AddRegion).WithName(nameof(AddRegion)).RequireAuthorization().Requires(Permissions.RegionsManage);
        group.MapPost("/{code}/rename", RenameRegion).WithName(nameof(RenameRegion)).RequireAuthorization().Requires(Permissions.RegionsManage);
        group.MapPost("/{code}/merge", MergeRegion).WithName(nameof(MergeRegion)).RequireAuthorization().Requires(Permissions.RegionsManage);
        group.MapPost("/{code}/abolish", AbolishRegion).WithName(nameof(AbolishRegion)).RequireAuthorization().Requires(Permissions.RegionsManage);
    }

    /// <summary>Search: <c>q</c> a name as people write it or a code, <c>level</c> province|city|county (several with commas), <c>asOf</c> a date, <c>within</c> a code.</summary>
    public static async Task<Results<Ok<IReadOnlyList<RegionView>>, ProblemHttpResult>> FindRegions(
        string? q, string? level, DateOnly? asOf, string? within, int? take, RegionDirectoryCache regions, Data.AppDbContext db, CancellationToken ct)
    {
        var parsed = new List<RegionLevel>();
        foreach (var name in (level ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<RegionLevel>(name, ignoreCase: true, out var l) || !Enum.IsDefined(l) || char.IsAsciiDigit(name[0]))
                return OutcomeResults.Problem(Outcomes.Failure.Invalid("level", "Regions.LevelFilter", name));
            parsed.Add(l);
        }
        var directory = await regions.GetAsync(db, ct);
        return TypedResults.Ok(SearchRegions.Run(directory, new RegionSearch(q, parsed, asOf, within, take ?? 20)));
    }

    /// <summary>Every period of a code (names and dates), oldest first.</summary>
    public static async Task<Results<Ok<List<RegionView>>, ProblemHttpResult>> GetRegionPeriods(
        string code, RegionDirectoryCache regions, Data.AppDbContext db, CancellationToken ct)
    {
        var directory = await regions.GetAsync(db, ct);
        var periods = directory.Periods(code).Select(r => RegionView.Of(directory, r)).ToList();
        return periods.Count == 0 ? OutcomeResults.Problem(Outcomes.Failure.NotFound("Regions.Unknown", code)) : TypedResults.Ok(periods);
    }

    public static async Task<Results<Created<RegionChangeResult>, ProblemHttpResult>> AddRegion(
        RegionAddition input, ChangeRegions change, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Created(await change.AddAsync(input, AccessScope.From(http.User), ct), r => $"/api/regions/{r.Code}");

    /// <summary>Body: the new names and the date from which they apply.</summary>
    public static async Task<Results<Ok<RegionChangeResult>, ProblemHttpResult>> RenameRegion(
        string code, RegionRenameRequest input, ChangeRegions change, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await change.RenameAsync(new RegionRenaming(code, input.NameZh, input.NameEn, input.EffectiveOn, input.Note), AccessScope.From(http.User), ct));

    /// <summary>Body: the region it joins and the date; its parks belong to that region from then.</summary>
    public static async Task<Results<Ok<RegionChangeResult>, ProblemHttpResult>> MergeRegion(
        string code, RegionMergeRequest input, ChangeRegions change, HttpContext http, CancellationToken ct) =>
        input.Into is not { Length: > 0 }
            ? OutcomeResults.Problem(Outcomes.Failure.Invalid("into", "Regions.SuccessorRequired"))
            : OutcomeResults.Ok(await change.EndAsync(new RegionEnding(code, input.EffectiveOn, input.Into, input.Note), AccessScope.From(http.User), ct));

    /// <summary>Body: the date and, when parks still belong to it, the successor.</summary>
    public static async Task<Results<Ok<RegionChangeResult>, ProblemHttpResult>> AbolishRegion(
        string code, RegionAbolishRequest input, ChangeRegions change, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await change.EndAsync(new RegionEnding(code, input.EffectiveOn, input.Successor, input.Note), AccessScope.From(http.User), ct));
}

public sealed record RegionRenameRequest(string NameZh, string? NameEn, DateOnly EffectiveOn, string? Note);

public sealed record RegionMergeRequest(string? Into, DateOnly EffectiveOn, string? Note);

public sealed record RegionAbolishRequest(DateOnly EffectiveOn, string? Successor, string? Note);
