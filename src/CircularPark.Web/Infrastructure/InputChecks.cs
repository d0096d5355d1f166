using CircularPark.Imports;
using CircularPark.Localization;
using CircularPark.Inputs;
using CircularPark.Outcomes;
using CircularPark.Web.Api;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// The API's one check of what a request carries, after binding and before any handler runs (ADR 0056): every input
/// record (JSON body or query record) through <see cref="InputCheck"/> — text rules, nulls, finite numbers — answered
/// 400 with field-keyed messages in both languages; every uploaded file through <see cref="TableReader.CheckLimits"/>,
/// answered 413 (too large) or 422 (too many rows, columns, cells) naming the limit, so a hostile workbook never reaches
/// a use case. Program.cs puts every API group under one root group that carries this filter.
/// </summary>
internal static class InputChecks
{
    public static RouteGroupBuilder WithInputChecks(this RouteGroupBuilder group) => group.AddEndpointFilterFactory(Create);

    private static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var services = context.ApplicationServices.GetRequiredService<IServiceProviderIsService>();
        var parameters = context.MethodInfo.GetParameters();
        var checks = Enumerable.Range(0, parameters.Length).Where(i => IsChecked(parameters[i].ParameterType, services)).ToArray();
        if (checks.Length == 0) return next;
        return async invocation =>
        {
            foreach (var i in checks)
            {
                if (Refusal(invocation.Arguments[i]) is { } refusal) return refusal;
            }
            return await next(invocation);
        };
    }

    private static bool IsChecked(Type type, IServiceProviderIsService services) =>
        type == typeof(IFormFile) || type == typeof(IFormFileCollection) || (InputCheck.Applies(type) && !services.IsService(type))
        || (RecordsOf(type) is { } element && InputCheck.Applies(element));

    /// <summary>The element type of a body that is a list of records (e.g. <c>IReadOnlyList&lt;RegionFigureInput&gt;</c>), else null.</summary>
    private static Type? RecordsOf(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && type.GetGenericArguments() is [var element] ? element
        : null;

    /// <summary>Each record of a list body checked as a body of its own, its keys prefixed by its index ("[2].source").</summary>
    private static Dictionary<string, Bilingual> ListErrors(System.Collections.IEnumerable records)
    {
        var errors = new Dictionary<string, Bilingual>(StringComparer.Ordinal);
        var i = 0;
        foreach (var record in records)
        {
            var key = $"[{i++}]";
            if (record is null) errors[key] = Text.Get("Input.NullElement", key);
            else foreach (var (field, message) in InputCheck.Errors(record, key)) errors[field] = message;
        }
        return errors;
    }

    private static IResult? Refusal(object? argument) => argument switch
    {
        null => null,
        IFormFile file => FileRefusal(file),
        IFormFileCollection files => files.Select(FileRefusal).FirstOrDefault(r => r is not null),
        System.Collections.IEnumerable records when argument is not string && RecordsOf(argument.GetType()) is { } element && InputCheck.Applies(element) =>
            ListErrors(records) is { Count: > 0 } errors ? OutcomeResults.Problem(Failure.Invalid(errors)) : null,
        _ => InputCheck.Errors(argument) is { Count: > 0 } errors ? OutcomeResults.Problem(Failure.Invalid(errors)) : null,
    };

    private static IResult? FileRefusal(IFormFile file)
    {
        try
        {
            if (file.Length > SheetLimits.Default.MaxFileBytes)
                throw InputLimitException.Of("file-size", InputLimitException.TooLarge, SheetLimits.Megabytes(SheetLimits.Default.MaxFileBytes));
            using var stream = file.OpenReadStream();
            TableReader.CheckLimits(stream, file.FileName);
            return null;
        }
        catch (InputLimitException e)
        {
            var problem = Problems.Problem(e.Status, e.Reason);
            problem.Extensions["rule"] = e.Rule;
            return TypedResults.Problem(problem);
        }
    }
}
