using CircularPark.Assessments;
using CircularPark.Exports;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CircularPark.Web.Api;

/// <summary>
/// Assessment schemes and yearly assessments (issue 17): a province or city defines a scheme per year, computes, reviews,
/// adjusts one score with a reason, publishes; anyone reads published rankings, their history and exports.
/// </summary>
internal static class AssessmentApi
{
    public static void MapAssessmentApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessment").WithTags("Assessment").WithProblems();
        group.MapGet("/schemes", ListAssessmentSchemes).WithName(nameof(ListAssessmentSchemes)).Requires(Permissions.Public);
        group.MapGet("/metrics", ListAssessmentMetrics).WithName(nameof(ListAssessmentMetrics)).Requires(Permissions.Public);
        group.MapPost("/regions/{regionCode}/schemes", CreateScheme).WithName(nameof(CreateScheme)).RequireAuthorization().Requires(Permissions.AssessmentScheme);
        group.MapPut("/regions/{regionCode}/schemes/{id:int}", UpdateScheme).WithName(nameof(UpdateScheme)).RequireAuthorization().Requires(Permissions.AssessmentScheme);
        group.MapGet("/regions/{regionCode}/history", GetAssessmentHistory).WithName(nameof(GetAssessmentHistory)).Requires(Permissions.Public);
        // A published assessment is open to all; before publication only to officials whose region holds it (AssessmentRead, checked by the use case).
        group.MapGet("/schemes/{id:int}", GetSchemeAssessment).WithName(nameof(GetSchemeAssessment)).Requires(Permissions.Public);
        group.MapGet("/schemes/{id:int}/export", ExportAssessment).WithName(nameof(ExportAssessment)).Requires(Permissions.Public);
        group.MapPost("/schemes/{id:int}/compute", ComputeSchemeAssessment).WithName(nameof(ComputeSchemeAssessment)).RequireAuthorization().Requires(Permissions.AssessmentRun);
        group.MapPost("/schemes/{id:int}/review", ReviewSchemeAssessment).WithName(nameof(ReviewSchemeAssessment)).RequireAuthorization().Requires(Permissions.AssessmentRun);
        group.MapPost("/schemes/{id:int}/publish", PublishSchemeAssessment).WithName(nameof(PublishSchemeAssessment)).RequireAuthorization().Requires(Permissions.AssessmentRun);
        group.MapPost("/schemes/{id:int}/parks/{parkId:int}/adjustments", AdjustParkScore).WithName(nameof(AdjustParkScore)).RequireAuthorization().Requires(Permissions.AssessmentRun);
    }

    public sealed record StateAnswer(AssessmentState State);

    public static async Task<Ok<IReadOnlyList<SchemeSummary>>> ListAssessmentSchemes(ListSchemes list, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await list.ExecuteAsync(AccessScope.From(http.User), ct));

    public static async Task<Ok<IReadOnlyList<MetricInfo>>> ListAssessmentMetrics(IndicatorCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(AssessmentMetrics.All((await catalog.LoadAsync(null, ct))!));

    public static async Task<Results<Created<SchemeSaved>, ProblemHttpResult>> CreateScheme(string regionCode, SchemeInput input, SaveScheme save, HttpContext http,
        CancellationToken ct) =>
        OutcomeResults.Created(await save.ExecuteAsync(regionCode, null, input, AccessScope.From(http.User), ct), s => $"/api/assessment/schemes/{s.Id}");

    public static async Task<Results<Ok<SchemeSaved>, ProblemHttpResult>> UpdateScheme(string regionCode, int id, SchemeInput input, SaveScheme save, HttpContext http,
        CancellationToken ct) =>
        OutcomeResults.Ok(await save.ExecuteAsync(regionCode, id, input, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<RankingHistoryView>, ProblemHttpResult>> GetAssessmentHistory(string regionCode, GetRankingHistory history, CancellationToken ct) =>
        OutcomeResults.Ok(await history.ExecuteAsync(regionCode, ct));

    /// <summary>A year's assessment: public once published, before that for the officials over its region.</summary>
    public static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> GetSchemeAssessment(int id, GetAssessment get, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await get.ExecuteAsync(id, AccessScope.From(http.User), ct));

    /// <summary>The ranking as the city sends it to its parks: <c>format=docx</c> (通报) or <c>xlsx</c> (ranking and detail sheets).</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAssessment(int id, string? format, GetAssessment get, HttpContext http, CancellationToken ct)
    {
        var outcome = await get.ExecuteAsync(id, AccessScope.From(http.User), ct);
        if (outcome.Failure is { } failure) return OutcomeResults.Problem(failure);
        var view = outcome.Value;
        if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
            return TypedResults.File(AssessmentExport.Xlsx(view), Problems.XlsxType, $"{AssessmentExport.Title(view)}.xlsx");
        if (format is null || string.Equals(format, "docx", StringComparison.OrdinalIgnoreCase))
            return TypedResults.File(AssessmentExport.Docx(view), Problems.DocxType, $"{AssessmentExport.Title(view)}.docx");
        return OutcomeResults.Problem(Failure.Invalid("format", "Assessment.Format", format));
    }

    public static async Task<Results<Ok<StateAnswer>, ProblemHttpResult>> ComputeSchemeAssessment(int id, ComputeAssessment compute, HttpContext http, CancellationToken ct) =>
        State(await compute.ExecuteAsync(id, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<StateAnswer>, ProblemHttpResult>> ReviewSchemeAssessment(int id, ReviewAssessment review, HttpContext http, CancellationToken ct) =>
        State(await review.ExecuteAsync(id, AccessScope.From(http.User), ct));

    /// <summary>Publishes the reviewed results; the body may name the notice's number and date (<see cref="PublishInput"/>).</summary>
    public static async Task<Results<Ok<StateAnswer>, ProblemHttpResult>> PublishSchemeAssessment(int id, PublishInput? input, PublishAssessment publish, HttpContext http,
        CancellationToken ct) =>
        State(await publish.ExecuteAsync(id, input ?? new PublishInput(), AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<StateAnswer>, ProblemHttpResult>> AdjustParkScore(int id, int parkId, AdjustmentInput input, AdjustScore adjust, HttpContext http,
        CancellationToken ct) =>
        State(await adjust.ExecuteAsync(id, parkId, input, AccessScope.From(http.User), ct));

    private static Results<Ok<StateAnswer>, ProblemHttpResult> State(Outcome<AssessmentState> outcome) =>
        outcome.IsOk ? TypedResults.Ok(new StateAnswer(outcome.Value)) : OutcomeResults.Problem(outcome.Failure!);
}
