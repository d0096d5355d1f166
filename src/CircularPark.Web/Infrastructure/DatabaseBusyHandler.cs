using CircularPark.Localization;
using CircularPark.Web.Api;
using Microsoft.AspNetCore.Diagnostics;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// The embedded SQLite database has one writer: when writers collide past its busy timeout the request is answered 503
/// with Retry-After and a message in both languages ("try again"), not a 500. Nothing was written: the failed statement's
/// transaction was rolled back. Other exceptions go on to the default handler.
/// </summary>
internal sealed class DatabaseBusyHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (!Data.Database.IsBusy(exception)) return false;
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http, Exception = exception, ProblemDetails = Problems.Problem(StatusCodes.Status503ServiceUnavailable, Text.Get("Database.Busy")),
        });
    }
}
