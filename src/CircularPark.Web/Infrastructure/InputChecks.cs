using CircularPark.Imports;
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
        type == typeof(IFormFile) || type == typeof(IFormFileCollection) || (InputCheck.Applies(type) && !services.IsService(type));

    private static IResult? Refusal(object? argument) => argument switch
    {
        null => null,
        IFormFile file => FileRefusal(file),
        IFormFileCollection files => files.Select(FileRefusal).FirstOrDefault(r => r is not null),
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
