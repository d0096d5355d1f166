using System.Text.Json;
using System.Text.RegularExpressions;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Web.Api;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// A request the framework cannot bind (malformed JSON, a number where text is expected, a missing body or parameter, a
/// value that is no number, a body too large or of another media type) is answered as ProblemDetails with a message in
/// both languages naming the field, instead of the framework's empty 400 or English text (ADR 0056). Minimal APIs throw
/// such requests as <see cref="BadHttpRequestException"/> (<c>RouteHandlerOptions.ThrowOnBadRequest</c>); this
/// middleware, around the endpoints, turns them into answers.
/// </summary>
internal static partial class RequestProblems
{
    public static void UseRequestProblems(this WebApplication app) => app.Use(async (http, next) =>
    {
        try
        {
            await next(http);
            // A body of another media type is refused by the framework without an exception.
            if (http.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType && !http.Response.HasStarted)
                await UnsupportedMediaType(http).ExecuteAsync(http);
        }
        catch (BadHttpRequestException e) when (!http.Response.HasStarted)
        {
            http.Response.Clear();
            await Answer(e, http).ExecuteAsync(http);
        }
    });

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Answer(BadHttpRequestException e, HttpContext http)
    {
        if (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return TypedResults.Problem(Problems.Problem(e.StatusCode, Text.Get("Input.BodyTooLarge", RequestLimits.MegabytesFor(http.Request))));
        if (e.StatusCode == StatusCodes.Status415UnsupportedMediaType) return UnsupportedMediaType(http);
        return OutcomeResults.Problem(Failure.Invalid(Errors(e)));
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult UnsupportedMediaType(HttpContext http) =>
        TypedResults.Problem(Problems.Problem(StatusCodes.Status415UnsupportedMediaType, Text.Get("Input.MediaType", http.Request.ContentType ?? "")));

    private static Dictionary<string, Bilingual> Errors(BadHttpRequestException e)
    {
        if (e.InnerException is JsonException json)
        {
            if (MissingProperties().Match(json.Message) is { Success: true } missing)
                return Quoted().Matches(missing.Groups["names"].Value).ToDictionary(m => m.Groups[1].Value, m => Text.Get("Input.Required", m.Groups[1].Value));
            var field = Field(json.Path);
            return new() { [field] = Text.Get("Input.Json", field) };
        }
        if (e.Message.Contains("from body", StringComparison.Ordinal) || e.Message.StartsWith("Implicit body", StringComparison.Ordinal))
            return new() { ["body"] = Text.Get("Input.BodyRequired") };
        if (Parameter().Match(e.Message) is { Success: true } parameter)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value);
            return new()
            {
                [name] = parameter.Groups["value"].Success ? Text.Get("Input.Parameter", name, parameter.Groups["value"].Value) : Text.Get("Input.Required", name),
            };
        }
        return new() { ["request"] = Text.Get("Input.BadRequest") };
    }

    /// <summary>"$.content.projects[0].name" → "content.projects[0].name"; the whole body is "body".</summary>
    private static string Field(string? path)
    {
        var field = (path ?? "$").TrimStart('$').TrimStart('.');
        return field.Length == 0 ? "body" : field;
    }

    [GeneratedRegex("missing required properties,? including(?: the following)?: (?<names>.*)", RegexOptions.CultureInvariant)]
    private static partial Regex MissingProperties();

    [GeneratedRegex("'([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    /// <summary>'Failed to bind parameter "int year" from "abc".' or 'Required parameter "int year" was not provided from query string.'</summary>
    [GeneratedRegex("parameter \"(?:[^\"]*\\s)?(?<name>[^\"\\s]+)\"(?: from \"(?<value>[^\"]*)\")?", RegexOptions.CultureInvariant)]
    private static partial Regex Parameter();
}
