using CircularPark.Web.Infrastructure;
using System.Globalization;
using CircularPark.Exports;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CircularPark.Web.Api;

/// <summary>Parks: search, detail, export (public); change (needs a role whose scope covers the park).</summary>
internal static class ParksApi
{
    public static void MapParksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/parks").WithTags("Parks").WithProblems();
        group.MapGet("/", ListParks).WithName(nameof(ListParks)).Requires(Permissions.Public).CacheOutput(PublicCache.Policy);
        group.MapGet("/export", ExportParks).WithName(nameof(ExportParks)).Requires(Permissions.Public);
        group.MapGet("/{id:int}", GetPark).WithName(nameof(GetPark)).Requires(Permissions.Public);
        group.MapPut("/{id:int}", UpdateParkFacts).WithName(nameof(UpdateParkFacts)).RequireAuthorization().Requires(Permissions.ParkChange);
        group.MapPost("/{id:int}/aliases", AddParkAlias).WithName(nameof(AddParkAlias)).Requires(Permissions.ParkChange);
        group.MapDelete("/{id:int}/aliases/{aliasId:int}", RemoveParkAlias).WithName(nameof(RemoveParkAlias)).Requires(Permissions.ParkChange);
    }

    /// <summary>Records another name of the park (曾用名, 简称, 其他写法); imports and searches match it as the name.</summary>
    public static async Task<Results<Created<AliasView>, ProblemHttpResult>> AddParkAlias(int id, AliasInput input, ChangeParkAliases aliases, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Created(await aliases.AddAsync(id, input, AccessScope.From(http.User), ct), a => $"/api/parks/{id}/aliases/{a.Id}");

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveParkAlias(int id, int aliasId, ChangeParkAliases aliases, HttpContext http, CancellationToken ct) =>
        OutcomeResults.NoContent(await aliases.RemoveAsync(id, aliasId, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<ParkPage>, ValidationProblem>> ListParks(
        [AsParameters] ParkQuery query, SearchParks search, HttpContext http, CancellationToken ct)
    {
        if (!query.TryGetFilter(out var filter, out var errors)) return Problems.Invalid(errors);
        if (await search.RegionProblemAsync(filter, ct) is { } region) return Problems.Invalid(new Dictionary<string, Bilingual> { ["region"] = region });
        return TypedResults.Ok(await search.ExecuteAsync(filter, AccessScope.From(http.User), ct));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportParks(
        [AsParameters] ParkQuery query, string? format, SearchParks search, HttpContext http, CancellationToken ct)
    {
        if (!query.TryGetFilter(out var filter, out var errors)) return Problems.Invalid(errors);
        var kind = (format ?? "xlsx").ToLowerInvariant();
        if (kind is not ("xlsx" or "csv")) return Problems.Invalid("format", "Rule.format", format ?? "");
        if (await search.RegionProblemAsync(filter, ct) is { } region) return Problems.Invalid(new Dictionary<string, Bilingual> { ["region"] = region });
        var page = await search.ExecuteAsync(filter with { Page = 1, PageSize = int.MaxValue }, AccessScope.From(http.User), ct);
        var culture = CultureInfo.CurrentUICulture;
        return kind == "csv"
            ? TypedResults.File(ParkListExport.Csv(page.Items, culture), "text/csv; charset=utf-8", "parks.csv")
            : TypedResults.File(ParkListExport.Xlsx(page.Items, culture), Problems.XlsxType, "parks.xlsx");
    }

    public static async Task<Results<Ok<ParkDetail>, ProblemHttpResult>> GetPark(int id, GetParkDetail detail, HttpContext http, CancellationToken ct) =>
        await detail.ExecuteAsync(id, AccessScope.From(http.User), ct) is { } park ? TypedResults.Ok(park) : Problems.NotFound(Text.Get("Park.NotFound", id));

    public static async Task<Results<Ok<ParkVersion>, ProblemHttpResult>> UpdateParkFacts(
        int id, ParkChanges changes, UpdatePark update, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(OutcomeResults.Map(await update.ExecuteAsync(id, changes, AccessScope.From(http.User), ct), saved => new ParkVersion(saved.Id, saved.Version)));
}

public sealed record ParkVersion(int Id, long Version);

/// <summary>The park filters as query-string values; levels, kinds and states accept the enum name or the label in either language.</summary>
public sealed record ParkQuery(string? Q, string? Region, string? Level, string? Kind, string? Campaign, string? State, int? Year, int? Page, int? PageSize)
{
    public bool TryGetFilter(out ParkFilter filter, out Dictionary<string, Bilingual> errors)
    {
        errors = [];
        var level = Parse<ParkLevel>(Level, "level", "Rule.level", "级别", "Level", errors);
        var kind = Parse<ParkKind>(Kind, "kind", "Rule.kind", "类别", "Kind", errors);
        var state = Parse<Campaigns.ParticipationState>(State, "state", "Rule.state", "状态", "State", errors);
        if (Page is < 1) errors["page"] = Text.Get("Rule.range", "page", "page", Page, 1, int.MaxValue);
        if (PageSize is < 1 or > SearchParks.MaxPageSize)
            errors["pageSize"] = Text.Get("Rule.range", "pageSize", "pageSize", PageSize, 1, SearchParks.MaxPageSize);
        filter = new ParkFilter(Q, Region, level, kind, string.IsNullOrWhiteSpace(Campaign) ? null : Campaign, state, PlannedYear: Year, Page: Page ?? 1, PageSize: PageSize ?? 50);
        return errors.Count == 0;
    }

    private static T? Parse<T>(string? text, string field, string rule, string zh, string en, Dictionary<string, Bilingual> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Text.TryParseLabel<T>(text, out var value)) return value;
        errors[field] = Text.Get(rule, zh, en, text);
        return null;
    }
}
