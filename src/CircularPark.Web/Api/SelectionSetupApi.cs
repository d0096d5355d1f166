using System.Globalization;
using CircularPark.Data;
using CircularPark.Exports;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Api;

/// <summary>
/// What a selection is set up with: each campaign's review checklist, the cities' promotion plans (推进计划), the expert
/// profiles and the experts a park's panel may be drawn from (with their conflicts of interest).
/// </summary>
internal static class SelectionSetupApi
{
    public static void MapSelectionSetupApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/selection").WithTags("Selection set-up").RequireAuthorization().WithProblems();
        group.MapGet("/campaigns/{code}/checklist", GetCampaignChecklist).WithName(nameof(GetCampaignChecklist)).AllowAnonymous().Requires(Permissions.Public);
        group.MapPut("/campaigns/{code}/checklist", ReplaceCampaignChecklist).WithName(nameof(ReplaceCampaignChecklist)).Requires(Permissions.CampaignOwn);
        group.MapGet("/campaigns/{code}/promotion-plans", GetPromotionPlan).WithName(nameof(GetPromotionPlan)).Requires(Permissions.SelectionPromotion);
        group.MapPost("/campaigns/{code}/promotion-plans/{city}", ListParksInPromotionPlan).WithName(nameof(ListParksInPromotionPlan)).Requires(Permissions.SelectionPromotion);
        group.MapGet("/campaigns/{code}/parks/{parkId:int}/candidates", ListPanelCandidates).WithName(nameof(ListPanelCandidates)).Requires(Permissions.ExpertsManage);
        group.MapGet("/experts", ListExpertProfiles).WithName(nameof(ListExpertProfiles)).Requires(Permissions.ExpertsManage);
        group.MapPut("/experts/{userName}", UpdateExpertProfile).WithName(nameof(UpdateExpertProfile)).Requires(Permissions.ExpertsManage);
    }

    public sealed record ChecklistInput(IReadOnlyList<CampaignChecklistItem> Items);

    public sealed record PromotionInput(IReadOnlyList<PlanListing> Parks);

    public static async Task<Results<Ok<List<ReviewsApi.ChecklistItem>>, ProblemHttpResult>> GetCampaignChecklist(string code, AppDbContext db, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Checklist).SingleOrDefaultAsync(c => c.Code == code, ct);
        return campaign is null ? Problems.CampaignNotFound(code) : TypedResults.Ok(ReviewChecklist.Of(campaign)
            .Select(c => new ReviewsApi.ChecklistItem(c.Code, c.LabelZh, c.LabelEn, ReviewChecklist.MaxScore)).ToList());
    }

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> ReplaceCampaignChecklist(string code, ChecklistInput input, ChangeChecklist change, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await change.ExecuteAsync(code, input.Items ?? [], AccessScope.From(http.User), ct));

    /// <summary>The promotion plans the user may see (city: its own; province: its cities'); xlsx with format=xlsx.</summary>
    public static async Task<Results<Ok<PromotionPlanView>, FileContentHttpResult, ForbidHttpResult, ProblemHttpResult>> GetPromotionPlan(string code, string? city, string? format,
        GetPromotionPlans get, HttpContext http, CancellationToken ct)
    {
        var (access, view) = await get.ExecuteAsync(code, city, AccessScope.From(http.User), ct);
        if (access == AccessOutcome.Forbidden) return TypedResults.Forbid();
        if (view is null) return Problems.NotFound(Text.Get("Rule.campaign", code));
        return format == "xlsx"
            ? TypedResults.File(PromotionPlanXlsx.Build(view, CultureInfo.CurrentUICulture), Problems.XlsxType, $"{code}-promotion-plan.xlsx")
            : TypedResults.Ok(view);
    }

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> ListParksInPromotionPlan(string code, string city, PromotionInput input, ListInPromotionPlan list, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await list.ExecuteAsync(code, city, input.Parks ?? [], AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<IReadOnlyList<ExpertProfile>>, ForbidHttpResult, ProblemHttpResult>> ListPanelCandidates(string code, int parkId, ExpertProfiles experts,
        HttpContext http, CancellationToken ct)
    {
        var (access, list) = await experts.CandidatesAsync(code, parkId, AccessScope.From(http.User), ct);
        return OutcomeResults.Read(access, list, Text.Get("Park.NotFound", parkId));
    }

    public static async Task<Results<Ok<IReadOnlyList<ExpertProfile>>, ForbidHttpResult>> ListExpertProfiles(ExpertProfiles experts, HttpContext http, CancellationToken ct) =>
        await experts.ListAsync(AccessScope.From(http.User), ct) is { } list ? TypedResults.Ok(list) : TypedResults.Forbid();

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> UpdateExpertProfile(string userName, ExpertProfileInput input, ExpertProfiles experts, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await experts.UpdateAsync(userName, input, AccessScope.From(http.User), ct));
}
