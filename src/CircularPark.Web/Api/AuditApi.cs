using CircularPark.Auditing;
using CircularPark.Identity;
using CircularPark.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CircularPark.Web.Api;

/// <summary>
/// The audit log (ADR 0071), for administrators and, within their province, province users (<see cref="Permissions.AuditRead"/>):
/// filter by user, entity, key and Beijing dates, newest first, paged; the entity names it knows.
/// </summary>
internal static class AuditApi
{
    public static void MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization().WithProblems();
        group.MapGet("/", GetAuditLog).WithName(nameof(GetAuditLog)).Requires(Permissions.AuditRead);
        group.MapGet("/entities", GetAuditEntities).WithName(nameof(GetAuditEntities)).Requires(Permissions.AuditRead);
    }

    /// <summary>
    /// <c>user</c> is part of the actor's e-mail (any case); <c>entity</c> an entity name of <c>/api/audit/entities</c>; <c>key</c>
    /// the entity's key exactly; <c>from</c> and <c>to</c> Beijing dates (yyyy-MM-dd, both days included); <c>pageSize</c> 1–200.
    /// </summary>
    public static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> GetAuditLog(
        [FromQuery] string? user, [FromQuery] string? entity, [FromQuery] string? key, [FromQuery] string? from, [FromQuery] string? to,
        [FromQuery] int? page, [FromQuery] int? pageSize, ReadAuditLog log, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await log.ExecuteAsync(
            new AuditFilter(user, entity, key, from, to, page ?? 1, pageSize ?? ReadAuditLog.DefaultPageSize), AccessScope.From(http.User), ct));

    public static Results<Ok<IReadOnlyList<string>>, ProblemHttpResult> GetAuditEntities(ReadAuditLog log, HttpContext http) =>
        ReadAuditLog.MayRead(AccessScope.From(http.User)) ? TypedResults.Ok(log.Entities()) : OutcomeResults.Problem(Failure.Forbidden);
}
