using CircularPark.Chains;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Api;

/// <summary>The knowledge base of utilisation routes: read by anyone (reference data from the sources), edited by province users.</summary>
internal static class RoutesApi
{
    public static void MapRoutesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/routes").WithTags("Routes").WithProblems();
        group.MapGet("/", ListRoutes).WithName(nameof(ListRoutes)).Requires(Permissions.Public);
        group.MapPost("/", AddRoute).WithName(nameof(AddRoute)).RequireAuthorization().Requires(Permissions.RoutesEdit);
        group.MapPut("/{id:int}", ChangeRoute).WithName(nameof(ChangeRoute)).RequireAuthorization().Requires(Permissions.RoutesEdit);
        group.MapDelete("/{id:int}", WithdrawRouteById).WithName(nameof(WithdrawRouteById)).RequireAuthorization().Requires(Permissions.RoutesEdit);
    }

    public static async Task<Ok<List<UtilisationRoute>>> ListRoutes(bool? withdrawn, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.UtilisationRoutes.AsNoTracking().Where(r => withdrawn == true || !r.Withdrawn)
            .OrderBy(r => r.MaterialCategory).ThenBy(r => r.Id).ToListAsync(ct));

    public static async Task<Results<Created<Saved>, ProblemHttpResult>> AddRoute(
        RouteDraft draft, SaveRoute save, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Created(await save.ExecuteAsync(null, draft, AccessScope.From(http.User), ct), saved => $"/api/routes/{saved.Id}");

    public static async Task<Results<Ok<Saved>, ProblemHttpResult>> ChangeRoute(
        int id, RouteDraft draft, SaveRoute save, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await save.ExecuteAsync(id, draft, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<Saved>, ProblemHttpResult>> WithdrawRouteById(
        int id, WithdrawRoute withdraw, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await withdraw.ExecuteAsync(id, AccessScope.From(http.User), ct));
}
