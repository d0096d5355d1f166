using CircularPark.Chains;
using CircularPark.Engines.Symbiosis;
using CircularPark.Identity;
using CircularPark.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CircularPark.Web.Api;

/// <summary>A park's chain graph (enterprises, materials, links, laid out) and its chain-gap report, for users who may see the park's data.</summary>
internal static class ChainsApi
{
    public static void MapChainsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/parks/{parkId:int}/chain").WithTags("Chains").RequireAuthorization().WithProblems();
        group.MapGet("/graph", GetChainGraphOfPark).WithName(nameof(GetChainGraphOfPark)).Requires(Permissions.ParkRead);
        group.MapGet("/gaps", GetChainGapsOfPark).WithName(nameof(GetChainGapsOfPark)).Requires(Permissions.ParkRead);
    }

    public static async Task<Results<Ok<ChainGraphView>, ProblemHttpResult, ForbidHttpResult>> GetChainGraphOfPark(
        int parkId, GetChainGraph graph, HttpContext http, CancellationToken ct) =>
        await graph.ExecuteAsync(parkId, AccessScope.From(http.User), ct) switch
        {
            null => Problems.NotFound(Text.Get("Park.NotFound", parkId)),
            { Access.CanSee: false } => TypedResults.Forbid(),
            var view => TypedResults.Ok(view),
        };

    /// <summary>The chain-gap report; <c>order</c> is ByMass (default) or HazardFirst.</summary>
    public static async Task<Results<Ok<ChainGapsView>, ProblemHttpResult, ForbidHttpResult, ValidationProblem>> GetChainGapsOfPark(
        int parkId, string? order, GetChainGaps gaps, HttpContext http, CancellationToken ct)
    {
        var ranking = GapOrder.ByMass;
        if (!string.IsNullOrWhiteSpace(order) && !Text.TryParseLabel(order, out ranking))
            return Problems.Invalid("order", "Rule.gap-order", "排序", "order", order);
        return await gaps.ExecuteAsync(parkId, ranking, AccessScope.From(http.User), ct) switch
        {
            null => Problems.NotFound(Text.Get("Park.NotFound", parkId)),
            { Access.CanSee: false } => TypedResults.Forbid(),
            var view => TypedResults.Ok(view),
        };
    }
}
