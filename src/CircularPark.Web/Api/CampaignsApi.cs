using CircularPark.Web.Infrastructure;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Exports;
using CircularPark.Identity;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Api;

/// <summary>Campaigns, their park lists, summaries and published lists. Public: no sign-in needed to read.</summary>
internal static class CampaignsApi
{
    public static void MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/campaigns").WithTags("Campaigns").WithProblems();
        group.MapGet("/", ListCampaigns).WithName(nameof(ListCampaigns)).Requires(Permissions.Public);
        group.MapGet("/{code}", GetCampaign).WithName(nameof(GetCampaign)).Requires(Permissions.Public).CacheOutput(PublicCache.Policy);
        group.MapPut("/{code}", UpdateCampaign).WithName(nameof(UpdateCampaign)).Requires(Permissions.CampaignOwn);
        group.MapGet("/{code}/parks", ListCampaignParks).WithName(nameof(ListCampaignParks)).Requires(Permissions.Public).CacheOutput(PublicCache.Policy);
        group.MapGet("/{code}/summary", GetSummary).WithName(nameof(GetSummary)).Requires(Permissions.Public).CacheOutput(PublicCache.Policy);
        group.MapGet("/{code}/summary/export", ExportSummary).WithName(nameof(ExportSummary)).Requires(Permissions.Public);
        group.MapGet("/{code}/published-list.docx", ExportPublishedList).WithName(nameof(ExportPublishedList)).Requires(Permissions.Public);
        group.MapGet("/{code}/opinions", ListPublicOpinions).WithName(nameof(ListPublicOpinions)).Requires(Permissions.Public);
        group.MapGet("/{code}/eligibility/{unitCode}", GetEligibilityList).WithName(nameof(GetEligibilityList)).Requires(Permissions.RegionReports);
        group.MapPut("/{code}/eligibility/{unitCode}/principles", SetPrinciples).WithName(nameof(SetPrinciples)).Requires(Permissions.EligibilityDecide);
        group.MapPut("/{code}/eligibility/parks/{parkId:int}", DecideParkEligibility).WithName(nameof(DecideParkEligibility)).Requires(Permissions.EligibilityDecide);
    }

    public static async Task<Ok<List<CampaignDto>>> ListCampaigns(GetCampaignOverview overview, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok((await overview.ListAsync(AccessScope.From(http.User), ct)).Select(CampaignDto.From).ToList());

    public static async Task<Results<Ok<CampaignDto>, ProblemHttpResult>> GetCampaign(
        string code, GetCampaignOverview overview, HttpContext http, CancellationToken ct) =>
        await overview.GetAsync(code, AccessScope.From(http.User), ct) is { } found ? TypedResults.Ok(CampaignDto.From(found)) : Problems.CampaignNotFound(code);

    /// <summary>The owner changes the campaign's facts; <c>version</c> must be the one read (409 otherwise), and nothing recorded may be contradicted (409).</summary>
    public static async Task<Results<Ok<CampaignVersion>, ProblemHttpResult>> UpdateCampaign(
        string code, CampaignChanges changes, EditCampaign edit, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(OutcomeResults.Map(await edit.ExecuteAsync(code, changes, AccessScope.From(http.User), ct), version => new CampaignVersion(code, version)));

    public static async Task<Results<Ok<List<CampaignParkDto>>, ProblemHttpResult>> ListCampaignParks(
        string code, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var lines = await CampaignParks.LoadAsync(db, code, ct, AccessScope.From(http.User));
        return lines is null ? Problems.CampaignNotFound(code) : TypedResults.Ok(lines);
    }

    public static async Task<Results<Ok<CampaignSummaryResult>, ProblemHttpResult>> GetSummary(
        string code, GetCampaignSummary summary, AppDbContext db, HttpContext http, CancellationToken ct) =>
        await summary.ExecuteAsync(code, await CampaignParks.ShownAsync(db, code, AccessScope.From(http.User), ct), ct) is { } result ? TypedResults.Ok(result) : Problems.CampaignNotFound(code);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> ExportSummary(
        string code, string? format, GetCampaignSummary summary, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var kind = (format ?? "xlsx").ToLowerInvariant();
        if (kind is not ("xlsx" or "csv")) return Problems.Invalid("format", "Rule.format", format ?? "");
        var result = await summary.ExecuteAsync(code, await CampaignParks.ShownAsync(db, code, AccessScope.From(http.User), ct), ct);
        if (result is null) return Problems.CampaignNotFound(code);
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Code == code, ct);
        return kind == "csv"
            ? TypedResults.File(SummaryExport.Csv(result), "text/csv; charset=utf-8", $"{code}-summary.csv")
            : TypedResults.File(SummaryExport.Xlsx(result, campaign.SummaryTitleZh ?? campaign.TitleZh), Problems.XlsxType, $"{code}-summary.xlsx");
    }

    public sealed record CampaignVersion(string Code, long Version);

    /// <summary>The list as published: the parks whose state is public (listed, approved and after), whoever asks.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportPublishedList(
        string code, AppDbContext db, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct);
        var lines = await CampaignParks.LoadAsync(db, code, ct, AccessScope.Anonymous);
        if (campaign is null || lines is null) return Problems.CampaignNotFound(code);
        var published = lines
            .Select((l, i) => new PublishedListDocx.Line(l.Sequence ?? i + 1, l.Name, l.CityShortZh)).ToList();
        return TypedResults.File(PublishedListDocx.Build(campaign, published), Problems.DocxType, $"{code}-list.docx");
    }

    public static async Task<Results<Ok<List<OpinionView>>, ProblemHttpResult>> ListPublicOpinions(
        string code, AppDbContext db, CancellationToken ct)
    {
        if (!await db.Campaigns.AnyAsync(c => c.Code == code, ct)) return Problems.CampaignNotFound(code);
        var opinions = await db.ReviewOpinions.AsNoTracking().Include(o => o.Items).Include(o => o.Participation!.Park)
            .Where(o => o.IsPublic && Participation.PublicStates.Contains(o.Participation!.State) && o.Participation!.Campaign!.Code == code)
            .OrderBy(o => o.Participation!.Sequence).ToListAsync(ct);
        return TypedResults.Ok(opinions.Select(OpinionView.From).ToList());
    }

    /// <summary>A reporting unit's eligibility for the campaign: its principles and each park of provincial level or above with the decision in force.</summary>
    public static async Task<Results<Ok<EligibilityView>, ProblemHttpResult>> GetEligibilityList(string code, string unitCode, DateOnly? asOf, GetEligibility get,
        HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await get.ExecuteAsync(code, unitCode, AccessScope.From(http.User), asOf, ct));

    /// <summary>Records the unit's principles and conditions, effective from the day given.</summary>
    public static async Task<Results<Ok<Outcomes.Saved>, ProblemHttpResult>> SetPrinciples(string code, string unitCode, PrinciplesInput input,
        SetEligibilityPrinciples set, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await set.ExecuteAsync(code, unitCode, input, AccessScope.From(http.User), ct));

    /// <summary>Records whether a park is eligible, with the reason and the day it took effect (kept as history).</summary>
    public static async Task<Results<Ok<Outcomes.Saved>, ProblemHttpResult>> DecideParkEligibility(string code, int parkId, EligibilityInput input,
        DecideEligibility decide, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await decide.ExecuteAsync(code, parkId, input, AccessScope.From(http.User), ct));
}
