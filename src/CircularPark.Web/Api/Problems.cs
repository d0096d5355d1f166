using System.Globalization;
using CircularPark.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CircularPark.Web.Api;

/// <summary>ProblemDetails (RFC 9457) for expected failures, with the message in the request's language and both languages in extensions.</summary>
internal static class Problems
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static ProblemHttpResult CampaignNotFound(string code) => NotFound(Text.Get("Rule.campaign", code));

    public static ProblemHttpResult NotFound(Bilingual message) => TypedResults.Problem(Problem(StatusCodes.Status404NotFound, message));

    public static ProblemHttpResult Conflict(Bilingual message) => TypedResults.Problem(Problem(StatusCodes.Status409Conflict, message));

    /// <summary>
    /// A 409 for a workflow step refused in the park's state: the message (both languages) names the state and what must
    /// happen first; the state itself is in the <c>state</c> extension.
    /// </summary>
    public static ProblemHttpResult Conflict(Bilingual message, Campaigns.ParticipationState? state)
    {
        var problem = Problem(StatusCodes.Status409Conflict, message);
        if (state is { } s) problem.Extensions["state"] = s.ToString();
        return TypedResults.Problem(problem);
    }

    /// <summary>A 400 naming the field and the rule broken.</summary>
    public static ValidationProblem Invalid(string field, string rule, params object?[] args) =>
        Invalid(new Dictionary<string, Bilingual> { [field] = Text.Get(rule, args) });

    public static ValidationProblem Invalid(IReadOnlyDictionary<string, Bilingual> errors)
    {
        var english = Bilingual.IsEnglish(CultureInfo.CurrentUICulture);
        return TypedResults.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => new[] { english ? e.Value.En : e.Value.Zh }),
            extensions: new Dictionary<string, object?>
            {
                ["errorsZh"] = errors.ToDictionary(e => e.Key, e => e.Value.Zh),
                ["errorsEn"] = errors.ToDictionary(e => e.Key, e => e.Value.En),
            });
    }

    public static ProblemDetails Problem(int status, Bilingual message) => new()
    {
        Status = status,
        Title = message.In(CultureInfo.CurrentUICulture),
        Detail = message.In(CultureInfo.CurrentUICulture),
        Extensions = { ["messageZh"] = message.Zh, ["messageEn"] = message.En },
    };
}
