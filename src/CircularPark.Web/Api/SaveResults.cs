using CircularPark.Enterprises;
using CircularPark.Localization;
using CircularPark.Parks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CircularPark.Web.Api;

/// <summary>The id and version a change stored (send the version back with the next change).</summary>
public sealed record Saved(int Id, long Version);

/// <summary>Maps a use case's <see cref="SaveResult"/> to the HTTP answer: 201 or 200, 404, 403, 400 by field, 409.</summary>
internal static class SaveResults
{
    public static Results<Created<Saved>, Ok<Saved>, ProblemHttpResult, ForbidHttpResult, ValidationProblem> Map(
        SaveResult result, Bilingual notFound, Bilingual conflict, Func<int, string>? createdAt = null) => result.Outcome switch
        {
            UpdateOutcome.Updated when createdAt is not null => TypedResults.Created(createdAt(result.Id!.Value), new Saved(result.Id!.Value, result.Version!.Value)),
            UpdateOutcome.Updated => TypedResults.Ok(new Saved(result.Id!.Value, result.Version!.Value)),
            UpdateOutcome.NotFound => Problems.NotFound(notFound),
            UpdateOutcome.Forbidden => TypedResults.Forbid(),
            UpdateOutcome.Invalid => Problems.Invalid(result.Errors!),
            _ => Problems.Conflict(result.Errors?.Values.FirstOrDefault() ?? conflict),
        };
}
