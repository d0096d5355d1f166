using CircularPark.Localization;
using CircularPark.Web.Api;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// The safety net under the one save (<see cref="Data.SaveOutcome.TrySaveChangesAsync"/>, ADR 0044): a save on any path that
/// still meets a version-token clash or a unique-index clash (a double click, two users taking the same step at once) is
/// answered 409 "someone else changed this; reload and try again" in both languages, never a 500. Nothing was written: the
/// save's transaction was rolled back. Other exceptions go on to the next handler.
/// </summary>
internal sealed class DatabaseConflictHandler(IProblemDetailsService problems, ILogger<DatabaseConflictHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DbUpdateException failure || !(failure is DbUpdateConcurrencyException || Data.Database.IsWriteConflict(failure))) return false;
        if (log.IsEnabled(LogLevel.Information)) log.LogInformation("Save clashed with another change on {Path}: answered 409", http.Request.Path.Value);
        http.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http, Exception = exception, ProblemDetails = Problems.Problem(StatusCodes.Status409Conflict, Text.Get("Database.Conflict")),
        });
    }
}
