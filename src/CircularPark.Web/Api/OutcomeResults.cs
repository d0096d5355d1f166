using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CircularPark.Web.Api;

/// <summary>
/// The one mapping of a use case's <see cref="Outcome"/> to HTTP (ADR 0044): ok → the handler's answer; not found → 404,
/// forbidden → 403, invalid → 400 with field-keyed errors, too large → 413, conflict → 409 (with the state), busy → 503
/// with Retry-After; every failure a ProblemDetails with the message in the request's language and both languages in
/// extensions.
/// </summary>
internal static class OutcomeResults
{
    /// <summary>The failure as ProblemDetails.</summary>
    public static ProblemHttpResult Problem(Failure failure)
    {
        var status = failure.Kind switch
        {
            OutcomeKind.NotFound => StatusCodes.Status404NotFound,
            OutcomeKind.Forbidden => StatusCodes.Status403Forbidden,
            OutcomeKind.Invalid => StatusCodes.Status400BadRequest,
            OutcomeKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
            OutcomeKind.Busy => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status409Conflict,
        };
        var message = failure.Message ?? new Localization.Bilingual(failure.Explain(english: false), failure.Explain(english: true));
        var problem = Problems.Problem(status, message);
        if (failure.Errors is { Count: > 0 } errors)
        {
            var english = Localization.Bilingual.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
            problem.Extensions["errors"] = errors.ToDictionary(e => e.Key, e => new[] { e.Value.In(english) });
            problem.Extensions["errorsZh"] = errors.ToDictionary(e => e.Key, e => e.Value.Zh);
            problem.Extensions["errorsEn"] = errors.ToDictionary(e => e.Key, e => e.Value.En);
        }
        if (failure.State is { } state) problem.Extensions["state"] = state;
        return TypedResults.Problem(problem);
    }

    /// <summary>The value turned into the answer's shape, or the same failure.</summary>
    public static Outcome<TOut> Map<TIn, TOut>(Outcome<TIn> outcome, Func<TIn, TOut> map) => outcome.IsOk ? map(outcome.Value) : outcome.Failure!;

    /// <summary>200 with the value, or the failure.</summary>
    public static Results<Ok<T>, ProblemHttpResult> Ok<T>(Outcome<T> outcome) =>
        outcome.IsOk ? TypedResults.Ok(outcome.Value) : Problem(outcome.Failure!);

    /// <summary>204, or the failure.</summary>
    public static Results<NoContent, ProblemHttpResult> NoContent(Outcome outcome) =>
        outcome.IsOk ? TypedResults.NoContent() : Problem(outcome.Failure!);

    /// <summary>201 at the location of the value, or the failure.</summary>
    public static Results<Created<T>, ProblemHttpResult> Created<T>(Outcome<T> outcome, Func<T, string> location) =>
        outcome.IsOk ? TypedResults.Created(location(outcome.Value), outcome.Value) : Problem(outcome.Failure!);

    /// <summary>
    /// A read judged by <see cref="AccessOutcome"/>: 200 with the value; 403 when it exists outside the user's scope; 404
    /// (ProblemDetails with <paramref name="notFound"/>) when there is none (ADR 0043's 403/404 rule).
    /// </summary>
    public static Results<Ok<T>, ForbidHttpResult, ProblemHttpResult> Read<T>(AccessOutcome access, T? value, Localization.Bilingual notFound) => access switch
    {
        AccessOutcome.Allowed => TypedResults.Ok(value!),
        AccessOutcome.Forbidden => TypedResults.Forbid(),
        _ => Problems.NotFound(notFound),
    };

    /// <summary>
    /// Names the permission an endpoint enforces (from the one table; the scope-matrix tests read it) and enforces its roles
    /// before anything is read: anonymous 401, another role 403. The scope rule (which park, region, campaign, enterprise or
    /// assignment) is the use case's, with <see cref="AccessScope.Allows"/>.
    /// </summary>
    public static TBuilder Requires<TBuilder>(this TBuilder builder, Permission permission) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(permission);
        return permission.Scope == ScopeRule.Anyone ? builder : builder.RequireAuthorization(policy => policy.RequireRole(permission.Roles));
    }

    private static readonly int[] FailureStatuses = [400, 401, 403, 404, 409, 413, 503];

    /// <summary>Every failure an API group's endpoints may answer (ProblemDetails), in the OpenAPI document.</summary>
    public static RouteGroupBuilder WithProblems(this RouteGroupBuilder group)
    {
        foreach (var status in FailureStatuses) group.ProducesProblem(status);
        return group;
    }
}
