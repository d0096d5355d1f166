using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Api;

/// <summary>
/// Selection and review: campaign set-up, application, city recommendation, expert panels and reviews, the panel's
/// opinion, provincial approval, and the published notice. Every step checks role, scope and state.
/// </summary>
internal static class ReviewsApi
{
    public static void MapReviewsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/selection").WithTags("Selection").RequireAuthorization().WithProblems();
        group.MapPost("/campaigns", CreateCampaign).WithName(nameof(CreateCampaign)).Requires(Permissions.CampaignOwn);
        group.MapGet("/campaigns/{code}/parks/{parkId:int}", GetParkSelection).WithName(nameof(GetParkSelection)).Requires(Permissions.PlanRead);
        group.MapPost("/campaigns/{code}/parks/{parkId:int}/apply", Apply).WithName(nameof(Apply)).Requires(Permissions.SelectionStep);
        group.MapPost("/campaigns/{code}/parks/{parkId:int}/recommend", Recommend).WithName(nameof(Recommend)).Requires(Permissions.SelectionStep);
        group.MapPost("/campaigns/{code}/parks/{parkId:int}/return", ReturnApplication).WithName(nameof(ReturnApplication)).Requires(Permissions.SelectionStep);
        group.MapPost("/campaigns/{code}/parks/{parkId:int}/panel", AssignPanel).WithName(nameof(AssignPanel)).Requires(Permissions.SelectionStep);
        group.MapPost("/campaigns/{code}/parks/{parkId:int}/review", SubmitExpertReview).WithName(nameof(SubmitExpertReview)).Requires(Permissions.ExpertReview);
        group.MapPost("/campaigns/{code}/parks/{parkId:int}/opinion", CompilePanelOpinion).WithName(nameof(CompilePanelOpinion)).Requires(Permissions.ExpertReview);
        group.MapPost("/campaigns/{code}/parks/{parkId:int}/revision", ResubmitForReview).WithName(nameof(ResubmitForReview)).Requires(Permissions.SelectionStep);
        group.MapPost("/campaigns/{code}/parks/{parkId:int}/decision", Decide).WithName(nameof(Decide)).Requires(Permissions.SelectionStep);
        group.MapPost("/campaigns/{code}/publish", Publish).WithName(nameof(Publish)).Requires(Permissions.CampaignOwn);
        group.MapGet("/campaigns/{code}/notice.docx", ExportNotice).WithName(nameof(ExportNotice)).AllowAnonymous().Requires(Permissions.Public);
        group.MapGet("/opinions/{id:int}", GetOpinion).WithName(nameof(GetOpinion)).AllowAnonymous().Requires(Permissions.Public);
        group.MapGet("/checklist", Checklist).WithName(nameof(Checklist)).AllowAnonymous().Requires(Permissions.Public);
    }

    public sealed record ReasonInput(string? Reason);

    public sealed record PanelInput(IReadOnlyList<PanelMember> Experts);

    public sealed record ReviewInput(IReadOnlyList<ChecklistScore> Scores, string? Comment);

    public sealed record DecisionInput(ApprovalDecision Decision, string? Reason);

    public sealed record PublishInput(string NoticeNumber, DateOnly IssuedOn, IReadOnlyList<int>? Order);

    public sealed record ChecklistItem(string Code, string LabelZh, string LabelEn, int MaxScore);

    public static async Task<Results<Created<StepDone>, ProblemHttpResult>> CreateCampaign(CampaignSetup input, SetUpCampaign setUp, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Created(await setUp.ExecuteAsync(input, AccessScope.From(http.User), ct), done => $"/api/campaigns/{done.Code}");

    public static async Task<Results<Ok<Reviews.ParticipationView>, ForbidHttpResult, ProblemHttpResult>> GetParkSelection(string code, int parkId, GetParticipation get,
        HttpContext http, CancellationToken ct)
    {
        var (access, view) = await get.ExecuteAsync(code, parkId, AccessScope.From(http.User), ct);
        return OutcomeResults.Read(access, view, Text.Get("Selection.NotInCampaign"));
    }

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> Apply(string code, int parkId, ReasonInput input, ApplyForCampaign apply, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await apply.ExecuteAsync(code, parkId, input.Reason, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> Recommend(string code, int parkId, ReasonInput input, RecommendPark recommend, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await recommend.ExecuteAsync(code, parkId, input.Reason, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> ReturnApplication(string code, int parkId, ReasonInput input, ReturnPark giveBack, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await giveBack.ExecuteAsync(code, parkId, input.Reason, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> AssignPanel(string code, int parkId, PanelInput input, AssignExperts assign, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await assign.ExecuteAsync(code, parkId, input.Experts ?? [], AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> SubmitExpertReview(string code, int parkId, ReviewInput input, SubmitReview submit, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await submit.ExecuteAsync(code, parkId, input.Scores ?? [], input.Comment, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> CompilePanelOpinion(string code, int parkId, OpinionInput input, CompileOpinion compile, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await compile.ExecuteAsync(code, parkId, input with { Items = input.Items ?? [] }, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> ResubmitForReview(string code, int parkId, ResubmitRevision resubmit, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await resubmit.ExecuteAsync(code, parkId, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> Decide(string code, int parkId, DecisionInput input, DecidePark decide, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await decide.ExecuteAsync(code, parkId, input.Decision, input.Reason, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<StepDone>, ProblemHttpResult>> Publish(string code, PublishInput input, PublishList publish, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await publish.ExecuteAsync(code, input.NoticeNumber, input.IssuedOn, input.Order, AccessScope.From(http.User), ct));

    /// <summary>The published notice: open to anyone once published; before that there is nothing to read.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportNotice(string code, AppDbContext db, BuildNotice notice, CancellationToken ct)
    {
        if (!await db.Campaigns.AnyAsync(c => c.Code == code, ct)) return Problems.CampaignNotFound(code);
        return await notice.ExecuteAsync(code, ct) is { } docx
            ? TypedResults.File(docx, Problems.DocxType, $"{code}-notice.docx")
            : Problems.NotFound(Text.Get("Selection.NotPublished", code));
    }

    /// <summary>An opinion by id: public ones to anyone; others to users whose scope covers the park and to experts with an open review of it.</summary>
    public static async Task<Results<Ok<OpinionView>, UnauthorizedHttpResult, ForbidHttpResult, ProblemHttpResult>> GetOpinion(int id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var opinion = await db.ReviewOpinions.AsNoTracking().Include(o => o.Items).Include(o => o.Participation!.Park).SingleOrDefaultAsync(o => o.Id == id, ct);
        if (opinion is null) return Problems.NotFound(Text.Get("Selection.OpinionNotFound"));
        if (!opinion.IsOpenToAll)
        {
            var user = AccessScope.From(http.User);
            if (!user.IsAuthenticated) return TypedResults.Unauthorized();
            var (access, _) = await ParkAccess.CheckAsync(db, opinion.Participation!.ParkId, user, change: false, ct);
            // Besides those who may see the park, the panel: PlanRead admits experts while their review assignment is open.
            if (access != AccessOutcome.Allowed && !user.Allows(Permissions.PlanRead, new ScopeTarget
                {
                    ParkId = opinion.Participation.ParkId,
                    OpenAssignment = await db.ReviewAssignments.AnyAsync(a => a.ParticipationId == opinion.ParticipationId
                        && a.ExpertUserName == user.Name && a.ClosedAtUtc == null, ct),
                })) return TypedResults.Forbid();
        }
        return TypedResults.Ok(OpinionView.From(opinion));
    }

    /// <summary>The default checklist (domain.md §8); each campaign's own is at /campaigns/{code}/checklist.</summary>
    public static Ok<List<ChecklistItem>> Checklist() => TypedResults.Ok(ReviewChecklist.Default()
        .Select(c => new ChecklistItem(c.Code, c.LabelZh, c.LabelEn, ReviewChecklist.MaxScore)).ToList());

}
