using CircularPark.Identity;
using CircularPark.Plans;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CircularPark.Web.Api;

/// <summary>
/// A park's plan record in a campaign (ADR 0079): the submission deadline, the consultancy that wrote the plan and its
/// grade (the park), the city's review (the city) and the province's approval or forwarding to the nation (the province).
/// </summary>
internal static class PlanPreparationApi
{
    public static void MapPlanPreparationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/campaigns/{code}/parks/{parkId:int}/plan-record").WithTags("Plan record").RequireAuthorization().WithProblems();
        group.MapGet("", GetPlanRecord).WithName(nameof(GetPlanRecord)).Requires(Permissions.ParkRead);
        group.MapPut("/consultancy", RecordConsultancy).WithName(nameof(RecordConsultancy)).Requires(Permissions.SelectionApply);
        group.MapPut("/city-review", RecordCityPlanReview).WithName(nameof(RecordCityPlanReview)).Requires(Permissions.SelectionScreen);
        group.MapPut("/province-decision", RecordProvincePlanDecision).WithName(nameof(RecordProvincePlanDecision)).Requires(Permissions.SelectionDecide);
    }

    public static async Task<Results<Ok<PlanPreparationView>, ProblemHttpResult>> GetPlanRecord(string code, int parkId, RecordPlanPreparation record,
        HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await record.GetAsync(code, parkId, AccessScope.From(http.User), ct));

    /// <summary>The consultancy's name and grade (甲级/乙级/丙级/其他): a grade below the campaign's minimum is refused (400).</summary>
    public static async Task<Results<Ok<PlanPreparationView>, ProblemHttpResult>> RecordConsultancy(string code, int parkId, ConsultancyInput input,
        RecordPlanPreparation record, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await record.RecordConsultancyAsync(code, parkId, input, AccessScope.From(http.User), ct));

    /// <summary>The city's review: its date and opinion.</summary>
    public static async Task<Results<Ok<PlanPreparationView>, ProblemHttpResult>> RecordCityPlanReview(string code, int parkId, CityPlanReviewInput input,
        RecordPlanPreparation record, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await record.RecordCityReviewAsync(code, parkId, input, AccessScope.From(http.User), ct));

    /// <summary>The province's approval (批复) or forwarding to the nation (转报), with its date and document number; after the city's review (409 before).</summary>
    public static async Task<Results<Ok<PlanPreparationView>, ProblemHttpResult>> RecordProvincePlanDecision(string code, int parkId, ProvincePlanDecisionInput input,
        RecordPlanPreparation record, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await record.RecordProvinceDecisionAsync(code, parkId, input, AccessScope.From(http.User), ct));
}
