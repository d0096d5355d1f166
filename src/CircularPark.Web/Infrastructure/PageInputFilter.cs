using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using CircularPark.Inputs;
using CircularPark.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// The pages' side of ADR 0056: a form post is checked like an API body before its handler runs — bound models and
/// handler arguments by <see cref="InputCheck"/> — and refused with 400 and a page naming each field and rule, nothing
/// saved; a post that names no handler (on a page that has only named ones) is a 400 too, not the page rendered
/// without the data its GET would have loaded.
/// </summary>
internal sealed class PageInputFilter(IModelMetadataProvider metadata) : IAsyncPageFilter
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Bound = new();

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            await next();
            return;
        }
        var errors = context.HandlerMethod is null
            ? new Dictionary<string, Bilingual> { ["handler"] = Text.Get("Input.NoHandler") }
            : Errors(context);
        if (errors.Count == 0) await next();
        else context.Result = Refused(errors, Back(context.HttpContext.Request));
    }

    private static Dictionary<string, Bilingual> Errors(PageHandlerExecutingContext context)
    {
        var errors = new Dictionary<string, Bilingual>(StringComparer.Ordinal);
        foreach (var (name, value) in context.HandlerArguments) Check(errors, name, value);
        foreach (var property in Bound.GetOrAdd(context.HandlerInstance.GetType(), BoundProperties))
            Check(errors, property.Name, property.GetValue(context.HandlerInstance));
        return errors;
    }

    private static void Check(Dictionary<string, Bilingual> errors, string field, object? value)
    {
        switch (value)
        {
            case string text when TextRules.Problem(field, text, TextKind.MultiLine, TextRules.MultiLineMax) is { } problem:
                errors.TryAdd(field, problem);
                break;
            case null or string or ValueType or IFormFile or IFormFileCollection or IDictionary:
                break;
            case IEnumerable list:
                var i = 0;
                foreach (var element in list) Check(errors, $"{field}[{(i++).ToString(CultureInfo.InvariantCulture)}]", element);
                break;
            default:
                foreach (var (key, message) in InputCheck.Errors(value, field, jsonNames: false, nullsRequired: false)) errors.TryAdd(key, message);
                break;
        }
    }

    private static PropertyInfo[] BoundProperties(Type page)
    {
        var all = page.IsDefined(typeof(BindPropertiesAttribute), inherit: true);
        return [.. page.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => all || p.IsDefined(typeof(BindPropertyAttribute), inherit: true))];
    }

    /// <summary>The form's page (from Referer, when it is on this site), else the start page.</summary>
    private static string Back(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer) && referer.Authority == request.Host.Value
            ? referer.PathAndQuery : "/";

    private ViewResult Refused(Dictionary<string, Bilingual> errors, string back) => new()
    {
        ViewName = "/Pages/Shared/InputRefused.cshtml",
        StatusCode = StatusCodes.Status400BadRequest,
        ViewData = new ViewDataDictionary<RefusedInput>(metadata, new ModelStateDictionary()) { Model = new RefusedInput(errors, back) },
    };
}

/// <summary>What the refusal page lists: each field refused and why, and the way back to the form.</summary>
public sealed record RefusedInput(IReadOnlyDictionary<string, Bilingual> Errors, string Back);
