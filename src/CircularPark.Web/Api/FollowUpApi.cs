using CircularPark.Identity;
using CircularPark.Inputs;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CircularPark.Web.Api;

/// <summary>
/// Follow-up of the expert opinions (专家意见整改落实, ADR 0078): a park's numbered items with their answers and decisions, the
/// park's answer, the city's confirmation or return, and a campaign's overview park by park.
/// </summary>
internal static class FollowUpApi
{
    public static void MapFollowUpApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/selection").WithTags("Opinion follow-up").RequireAuthorization().WithProblems();
        group.MapGet("/campaigns/{code}/parks/{parkId:int}/follow-up", GetParkFollowUp).WithName(nameof(GetParkFollowUp)).Requires(Permissions.FollowUpRead);
        group.MapGet("/campaigns/{code}/follow-up", GetFollowUpOverview).WithName(nameof(GetFollowUpOverview)).Requires(Permissions.FollowUpOverview);
        group.MapPost("/follow-up/items/{itemId:int}/answer", AnswerFollowUpItem).WithName(nameof(AnswerFollowUpItem)).Requires(Permissions.FollowUpAnswer);
        group.MapPost("/follow-up/items/{itemId:int}/decision", DecideFollowUpItem).WithName(nameof(DecideFollowUpItem)).Requires(Permissions.FollowUpConfirm);
    }

    /// <summary>What the park changed for the item, and the submitted plan version that carries it (omit it when the park has none on the platform).</summary>
    public sealed record AnswerInput([property: MultiLine(4000)] string? Answer, int? PlanVersion);

    /// <summary>"confirm" or "return"; a return needs its reason, a confirmation may carry a note.</summary>
    public sealed record FollowUpDecisionInput([property: SingleLine(20)] string? Decision, [property: MultiLine(4000)] string? Reason);

    public static async Task<Results<Ok<FollowUpView>, ProblemHttpResult>> GetParkFollowUp(string code, int parkId, GetFollowUp get, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await get.ExecuteAsync(code, parkId, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<IReadOnlyList<FollowUpParkRow>>, ProblemHttpResult>> GetFollowUpOverview(string code, Reviews.GetFollowUpOverview get, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await get.ExecuteAsync(code, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<FollowUpDone>, ProblemHttpResult>> AnswerFollowUpItem(int itemId, AnswerInput input, AnswerOpinionItem answer, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await answer.ExecuteAsync(itemId, input.Answer, input.PlanVersion, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<FollowUpDone>, ProblemHttpResult>> DecideFollowUpItem(int itemId, FollowUpDecisionInput input, DecideOpinionItem decide, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await decide.ExecuteAsync(itemId, input.Decision, input.Reason, AccessScope.From(http.User), ct));
}
