using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using static System.FormattableString;
using CircularPark.Outcomes;
using CircularPark.Data;
using CircularPark.Exports;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Statistics;
using CircularPark.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Api;

/// <summary>The indicator library (public), user-defined indicators and data items (province users), and computed indicators (within one's scope).</summary>
internal static class IndicatorsApi
{
    public static void MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Indicators").WithProblems();
        group.MapGet("/indicators", ListIndicators).WithName(nameof(ListIndicators)).Requires(Permissions.Public);
        group.MapPost("/indicators", AddIndicator).WithName(nameof(AddIndicator)).RequireAuthorization().Requires(Permissions.CatalogueEdit);
        group.MapPost("/indicators/check", CheckIndicator).WithName(nameof(CheckIndicator)).Requires(Permissions.Public);
        group.MapPost("/data-items", AddDataItem).WithName(nameof(AddDataItem)).RequireAuthorization().Requires(Permissions.CatalogueEdit);
        group.MapGet("/coefficient-sets", ListCoefficientSets).WithName(nameof(ListCoefficientSets)).Requires(Permissions.Public);
        group.MapGet("/parks/{parkId:int}/indicators", GetParkIndicators).WithName(nameof(GetParkIndicators)).RequireAuthorization().Requires(Permissions.ParkRead);
        // Campaign-wide lists are open to any signed-in user and hold only the parks the user may see (ParkScope).
        group.MapGet("/campaigns/{code}/indicators", GetCampaignIndicators).WithName(nameof(GetCampaignIndicators)).Produces<CampaignIndicatorsView>().RequireAuthorization().Requires(Permissions.Self);
        group.MapGet("/campaigns/{code}/statistics/check", CheckCampaignStatistics).WithName(nameof(CheckCampaignStatistics)).RequireAuthorization().Requires(Permissions.Self);
    }

    public sealed record IndicatorDto(string Code, string NameZh, string NameEn, string Group, string Unit, string Direction, string Formula,
        string Source, string AchievementMethod, bool BuiltIn, bool IsRatio);

    public static async Task<Ok<List<IndicatorDto>>> ListIndicators(IndicatorCatalog catalog, CancellationToken ct)
    {
        var setup = (await catalog.LoadAsync(null, ct))!;
        return TypedResults.Ok(setup.Library.Indicators.Select(i => new IndicatorDto(i.Code, i.Definition.NameZh, i.Definition.NameEn,
            i.Definition.Group.ToString(), i.Definition.Unit, i.Definition.Direction.ToString(), i.Definition.Formula, i.Definition.Source,
            i.Definition.AchievementMethod.ToString(), i.Definition.IsBuiltIn, i.IsRatio)).ToList());
    }

    public static async Task<Results<Created<IReadOnlyList<RuleFinding>>, ProblemHttpResult>> AddIndicator(IndicatorInput input, DefineIndicator define, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Created(await define.AddIndicatorAsync(input, AccessScope.From(http.User), ct), _ => $"/api/indicators#{input.Code}");

    /// <summary>Checks a formula without saving it, for the editor; 200 with the diagnostics either way.</summary>
    public static async Task<Ok<List<RuleFinding>>> CheckIndicator(IndicatorInput input, IndicatorCatalog catalog, CancellationToken ct)
    {
        var setup = (await catalog.LoadAsync(null, ct))!;
        var candidate = new Engines.Indicators.Library.IndicatorDefinition(input.Code, input.NameZh, input.NameEn,
            Engines.Indicators.Library.IndicatorGroup.Custom, input.Unit, input.Direction, input.Formula, input.Source ?? "");
        var check = Engines.Indicators.Library.IndicatorCompiler.Check(candidate, setup.Catalogue, setup.Library.Indicators.Select(i => i.Definition));
        return TypedResults.Ok(check.Diagnostics.Select(RuleFinding.From).ToList());
    }

    public static async Task<Results<Created<IReadOnlyList<RuleFinding>>, ProblemHttpResult>> AddDataItem(DataItemInput input, DefineIndicator define, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Created(await define.AddDataItemAsync(input, AccessScope.From(http.User), ct), _ => $"/api/data-items#{input.Code}");

    public sealed record CoefficientSetDto(string Id, string Name, string Source, int Year, string Region);

    public static async Task<Ok<List<CoefficientSetDto>>> ListCoefficientSets(AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.CoefficientSets.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new CoefficientSetDto(s.Id, s.Name, s.Source, s.Year, s.Region)).ToListAsync(ct));

    /// <summary>A park's indicators of a year: the access check on every request, the computation cached per park, year and baseline (ADR 0088).</summary>
    public static async Task<Results<Ok<ParkIndicators>, ForbidHttpResult, ProblemHttpResult>> GetParkIndicators(int parkId, int year, int? baseline,
        ComputeIndicators compute, CachedReads reads, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var (access, _) = await ParkAccess.CheckAsync(db, parkId, AccessScope.From(http.User), change: false, ct);
        if (access != AccessOutcome.Allowed) return access == AccessOutcome.Forbidden ? TypedResults.Forbid() : Problems.NotFound(Text.Get("Park.NotFound", parkId));
        var results = await reads.GetAsync("park-indicators", Invariant($"{parkId}|{year}|{baseline}"), daily: true,
            () => compute.ExecuteAsync(new IndicatorRequest([parkId], [year], baseline), CancellationToken.None), ct);
        return results.Parks.Count == 0 ? Problems.NotFound(Text.Get("Statistics.NotFound", year)) : TypedResults.Ok(results.Parks[0]);
    }

    /// <summary>The batch check: every rule over the stored statistics of the campaign's parks the user may see.</summary>
    public static async Task<Results<Ok<IReadOnlyList<StatisticsCheck>>, ProblemHttpResult>> CheckCampaignStatistics(string code, int year, CheckStatistics check,
        AppDbContext db, HttpContext http, CancellationToken ct)
    {
        if (!await db.Campaigns.AnyAsync(c => c.Code == code, ct)) return Problems.CampaignNotFound(code);
        return TypedResults.Ok(await check.ExecuteAsync(await VisibleParksAsync(db, code, AccessScope.From(http.User), ct), year, ct));
    }

    /// <summary>The parks of a campaign whose data <paramref name="user"/> may see.</summary>
    private static async Task<List<int>> VisibleParksAsync(AppDbContext db, string code, AccessScope user, CancellationToken ct) =>
        [.. await ParkAccess.VisibleParkIdsAsync(db, user, await db.Participations.Where(p => p.Campaign!.Code == code).Select(p => p.ParkId).ToListAsync(ct), ct)];

    /// <summary>A campaign's indicators: the codes computed, each park's values and the roll-ups by city, province and nation.</summary>
    public sealed record CampaignIndicatorsView(IEnumerable<string> Indicators, IReadOnlyList<ParkIndicators> Parks, IReadOnlyList<IndicatorRollUp> RollUps);

    /// <summary>
    /// The indicators of every park of a campaign the user may see (<see cref="CampaignIndicatorsView"/>), with city, province
    /// and national roll-ups; xlsx with format=xlsx. Cached per campaign, year, baseline and the caller's scope (which decides
    /// the parks; ADR 0088) as the file or the JSON body itself: a province's body is ~2 MB, and writing it again on every
    /// read cost more than computing it once. The JSON is answered compressed when the client accepts it (ADR 0093).
    /// </summary>
    public static async Task<Results<FileContentHttpResult, EncodedJson, ProblemHttpResult>> GetCampaignIndicators(string code, int year, int? baseline,
        string? format, CachedReads reads, AppDbContext db, IOptions<JsonOptions> json, HttpContext http, CancellationToken ct)
    {
        if (!await reads.GetLightAsync("campaign-exists", code, daily: false, () => db.Campaigns.AnyAsync(c => c.Code == code, CancellationToken.None), ct))
            return Problems.CampaignNotFound(code);
        var user = AccessScope.From(http.User);
        async Task<IndicatorResults> ComputeAsync(IServiceProvider services) =>
            await services.GetRequiredService<ComputeIndicators>().ExecuteAsync(
                new IndicatorRequest(await VisibleParksAsync(services.GetRequiredService<AppDbContext>(), code, user, CancellationToken.None), [year], baseline), CancellationToken.None);
        var key = Invariant($"{code}|{year}|{baseline}|{CachedReads.ScopeKey(user)}");
        if (format == "xlsx")
            return TypedResults.File(await reads.GetReportAsync("campaign-indicators-xlsx", key, daily: true, async services => IndicatorExport.Indicators(await ComputeAsync(services)), ct),
                Problems.XlsxType, $"{code}-indicators-{year}.xlsx");
        var body = await reads.GetReportAsync("campaign-indicators-json", key, daily: true, async services =>
        {
            var results = await ComputeAsync(services);
            return new EncodedBody(JsonSerializer.SerializeToUtf8Bytes(new CampaignIndicatorsView(results.Indicators.Select(i => i.Code), results.Parks, results.RollUps),
                json.Value.SerializerOptions));
        }, ct);
        return new EncodedJson(body);
    }
}
