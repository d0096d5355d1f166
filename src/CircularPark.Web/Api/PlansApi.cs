using CircularPark.Data;
using CircularPark.Exports;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Localization;
using CircularPark.MaterialFlows;
using CircularPark.Parks;
using CircularPark.Plans;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Api;

/// <summary>Implementation plans: versioned documents; drafts change, submitted versions never do; revisions are new versions.</summary>
internal static class PlansApi
{
    public static void MapPlansApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/parks/{parkId:int}/plans", ListParkPlans).WithTags("Plans").WithName(nameof(ListParkPlans)).RequireAuthorization().Requires(Permissions.PlanRead);
        app.MapPost("/api/parks/{parkId:int}/plans", StartPlan).WithTags("Plans").WithName(nameof(StartPlan)).RequireAuthorization().Requires(Permissions.ParkChange);
        var group = app.MapGroup("/api/plans/{planId:int}").WithTags("Plans").RequireAuthorization().WithProblems();
        group.MapGet("/", GetPlanVersion).WithName(nameof(GetPlanVersion)).Requires(Permissions.PlanRead);
        group.MapPut("/versions/{number:int}", SavePlanVersion).WithName(nameof(SavePlanVersion)).Requires(Permissions.ParkChange);
        group.MapPost("/versions/{number:int}/submit", SubmitPlanVersion).WithName(nameof(SubmitPlanVersion)).Requires(Permissions.ParkChange);
        group.MapPost("/revisions", StartRevision).WithName(nameof(StartRevision)).Requires(Permissions.ParkChange);
        group.MapGet("/compare", ComparePlanVersions).WithName(nameof(ComparePlanVersions)).Requires(Permissions.PlanRead);
        group.MapGet("/export.docx", ExportPlan).WithName(nameof(ExportPlan)).Requires(Permissions.PlanRead);
        group.MapGet("/achievement", GetAchievement).WithName(nameof(GetAchievement)).Requires(Permissions.PlanRead);
        group.MapGet("/eligibility", GetEligibility).WithName(nameof(GetEligibility)).Requires(Permissions.PlanRead);
    }

    public sealed record StartPlanInput(string Campaign, int? BaselineYear);

    public sealed record SavePlanInput(PlanContent Content, long Version);


    public static async Task<Results<Ok<List<PlanListItem>>, ForbidHttpResult, ProblemHttpResult>> ListParkPlans(int parkId, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var (access, _) = await ParkAccess.CheckAsync(db, parkId, AccessScope.From(http.User), change: false, ct);
        if (access != AccessOutcome.Allowed) return access == AccessOutcome.Forbidden ? TypedResults.Forbid() : Problems.NotFound(Text.Get("Park.NotFound", parkId));
        return TypedResults.Ok(await PlanList.ForParkAsync(db, parkId, ct));
    }

    public static async Task<Results<Created<PlanRef>, ProblemHttpResult>> StartPlan(int parkId, StartPlanInput input, CreatePlan create, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Created(await create.ExecuteAsync(parkId, input.Campaign, input.BaselineYear, AccessScope.From(http.User), ct), r => $"/api/plans/{r.PlanId}?version={r.Number}");

    public static async Task<Results<Ok<PlanView>, ForbidHttpResult, ProblemHttpResult>> GetPlanVersion(int planId, int? version, GetPlan get, HttpContext http, CancellationToken ct)
    {
        var (access, view) = await get.ExecuteAsync(planId, version, AccessScope.From(http.User), ct);
        return OutcomeResults.Read(access, view, Text.Get("Plan.NotFound"));
    }

    public static async Task<Results<Ok<PlanRef>, ProblemHttpResult>> SavePlanVersion(int planId, int number, SavePlanInput input, SavePlanDraft save, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await save.ExecuteAsync(planId, number, input.Content, input.Version, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<PlanRef>, ProblemHttpResult>> SubmitPlanVersion(int planId, int number, SubmitPlan submit, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await submit.ExecuteAsync(planId, number, AccessScope.From(http.User), ct));

    public static async Task<Results<Created<PlanRef>, ProblemHttpResult>> StartRevision(int planId, RevisePlan revise, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Created(await revise.ExecuteAsync(planId, AccessScope.From(http.User), ct), r => $"/api/plans/{r.PlanId}?version={r.Number}");

    public static async Task<Results<Ok<IReadOnlyList<PlanChange>>, ForbidHttpResult, ProblemHttpResult>> ComparePlanVersions(int planId, int from, int to, GetPlan get,
        HttpContext http, CancellationToken ct)
    {
        var (access, changes) = await get.CompareAsync(planId, from, to, AccessScope.From(http.User), ct);
        return OutcomeResults.Read(access, changes, Text.Get("Plan.NotFound"));
    }

    /// <summary>The plan as Word; its material-flow chapter adds the park's before/after balances and Sankey pictures when the park has models.</summary>
    public static async Task<Results<FileContentHttpResult, ForbidHttpResult, ProblemHttpResult>> ExportPlan(int planId, int? version, GetPlan get, IndicatorCatalog catalog, GetMaterialFlowChapterModels flows,
        HttpContext http, CancellationToken ct)
    {
        var user = AccessScope.From(http.User);
        var (access, view) = await get.ExecuteAsync(planId, version, user, ct);
        if (access != AccessOutcome.Allowed) return access == AccessOutcome.Forbidden ? TypedResults.Forbid() : Problems.NotFound(Text.Get("Plan.NotFound"));
        var setup = (await catalog.LoadAsync(view!.CoefficientSetId, ct))!;
        var models = (await flows.ExecuteAsync(view.ParkId, view.Content.BaselineYear, view.Content.PeriodEndYear, user, ct)).Value;
        var bytes = PlanDocx.Build(view, code => setup.Library.TryGet(code, out var i) ? (i.Definition.NameZh, i.Definition.Unit) : (code, ""),
            models is null || models.IsEmpty ? null : docx => MaterialFlowChapter.Append(docx, models.Before, models.After, new ChapterNumbering(Heading: "")));
        return TypedResults.File(bytes, Problems.DocxType, $"plan-{planId}-v{view.Number}.docx");
    }

    /// <summary>The plan's targets measured in <paramref name="year"/>, judged by the threshold asked, else the campaign's (none: not judged, ADR 0079).</summary>
    public static async Task<Results<Ok<IReadOnlyList<TargetAchievement>>, ForbidHttpResult, ProblemHttpResult, ValidationProblem>> GetAchievement(int planId, int year,
        double? threshold, AssessPlanAchievement assess, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        if (threshold is <= 0 or > 1) return Problems.Invalid("threshold", "Rule.range", "threshold", "threshold", threshold, 0, 1);
        threshold ??= await db.Plans.Where(p => p.Id == planId).Select(p => db.Campaigns.Where(c => c.Id == p.CampaignId).Select(c => c.AcceptanceThreshold).FirstOrDefault())
            .FirstOrDefaultAsync(ct);
        var (access, targets) = await assess.ExecuteAsync(planId, year, threshold, AccessScope.From(http.User), ct);
        return access switch
        {
            AccessOutcome.Allowed => TypedResults.Ok(targets!),
            AccessOutcome.Forbidden => TypedResults.Forbid(),
            _ => Problems.NotFound(Text.Get("Plan.NotFound")),
        };
    }

    /// <summary>May the park apply for acceptance in <paramref name="year"/>? Lists the projects behind and the indicators below the threshold, with values.</summary>
    public static async Task<Results<Ok<EligibilityResult>, ForbidHttpResult, ProblemHttpResult>> GetEligibility(int planId, int year, CheckAcceptanceEligibility check,
        HttpContext http, CancellationToken ct)
    {
        var (access, result) = await check.ExecuteAsync(planId, year, AccessScope.From(http.User), ct);
        return OutcomeResults.Read(access, result, Text.Get("Plan.NotFound"));
    }
}
