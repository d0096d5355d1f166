using CircularPark.Outcomes;
using System.Globalization;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Data;
using CircularPark.ExchangePlatform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CircularPark.Web.Api;

/// <summary>
/// The waste-exchange platform: offers and needs (entered for enterprises of parks the user may trade for), optimal
/// matching of a region or a park, the runs' reports, agreeing exchanges from a run, deliveries, and the delivered
/// tonnes of a park and year (for the park statistics).
/// </summary>
internal static class ExchangeApi
{
    public static void MapExchangeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/exchange").WithTags("Exchange").RequireAuthorization().WithProblems();
        group.MapGet("/offers", ListOffers).WithName(nameof(ListOffers)).Requires(Permissions.ParkRead);
        group.MapPost("/offers", AddOffer).WithName(nameof(AddOffer)).Requires(Permissions.ExchangeTrade);
        group.MapPut("/offers/{id:int}", ChangeOffer).WithName(nameof(ChangeOffer)).Requires(Permissions.ExchangeTrade);
        group.MapDelete("/offers/{id:int}", WithdrawOffer).WithName(nameof(WithdrawOffer)).Requires(Permissions.ExchangeTrade);
        group.MapGet("/needs", ListNeeds).WithName(nameof(ListNeeds)).Requires(Permissions.ParkRead);
        group.MapPost("/needs", AddNeed).WithName(nameof(AddNeed)).Requires(Permissions.ExchangeTrade);
        group.MapPut("/needs/{id:int}", ChangeNeed).WithName(nameof(ChangeNeed)).Requires(Permissions.ExchangeTrade);
        group.MapDelete("/needs/{id:int}", WithdrawNeed).WithName(nameof(WithdrawNeed)).Requires(Permissions.ExchangeTrade);
        group.MapPost("/match", MatchOffersAndNeeds).WithName(nameof(MatchOffersAndNeeds)).Requires(Permissions.ExchangeTrade);
        group.MapGet("/runs/{id:int}", GetRun).WithName(nameof(GetRun)).Requires(Permissions.ParkRead);
        group.MapGet("/runs/{id:int}/export", ExportRun).WithName(nameof(ExportRun)).Requires(Permissions.ParkRead);
        group.MapPost("/runs/{id:int}/agree", AgreeAllocations).WithName(nameof(AgreeAllocations)).Requires(Permissions.ExchangeTrade);
        group.MapGet("/exchanges", ListAgreedExchanges).WithName(nameof(ListAgreedExchanges)).Requires(Permissions.ParkRead);
        group.MapPost("/exchanges/{id:int}/deliveries", AddDelivery).WithName(nameof(AddDelivery)).Requires(Permissions.ExchangeTrade);
        group.MapPost("/deliveries/{id:int}/confirm", ConfirmExchangeDelivery).WithName(nameof(ConfirmExchangeDelivery)).Requires(Permissions.ExchangeTrade);
        group.MapGet("/delivered", GetDeliveredTonnes).WithName(nameof(GetDeliveredTonnes)).Requires(Permissions.ParkRead);
    }

    public static Task<Ok<IReadOnlyList<ListingView>>> ListOffers(int? park, string? region, bool? withdrawn, SearchListings search, HttpContext http, CancellationToken ct) =>
        List(ListingSide.Offer, park, region, withdrawn, search, http, ct);

    public static Task<Ok<IReadOnlyList<ListingView>>> ListNeeds(int? park, string? region, bool? withdrawn, SearchListings search, HttpContext http, CancellationToken ct) =>
        List(ListingSide.Need, park, region, withdrawn, search, http, ct);

    public static Task<Results<Created<Saved>, ProblemHttpResult>> AddOffer(
        ListingDraft draft, SaveListing save, HttpContext http, CancellationToken ct) => Add(ListingSide.Offer, draft, save, http, ct);

    public static async Task<Results<Ok<Saved>, ProblemHttpResult>> ChangeOffer(
        int id, ListingDraft draft, SaveListing save, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await save.ExecuteAsync(id, ListingSide.Offer, draft, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<Saved>, ProblemHttpResult>> WithdrawOffer(
        int id, WithdrawListing withdraw, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await withdraw.ExecuteAsync(id, ListingSide.Offer, AccessScope.From(http.User), ct));

    public static Task<Results<Created<Saved>, ProblemHttpResult>> AddNeed(
        ListingDraft draft, SaveListing save, HttpContext http, CancellationToken ct) => Add(ListingSide.Need, draft, save, http, ct);

    public static async Task<Results<Ok<Saved>, ProblemHttpResult>> ChangeNeed(
        int id, ListingDraft draft, SaveListing save, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await save.ExecuteAsync(id, ListingSide.Need, draft, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<Saved>, ProblemHttpResult>> WithdrawNeed(
        int id, WithdrawListing withdraw, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await withdraw.ExecuteAsync(id, ListingSide.Need, AccessScope.From(http.User), ct));

    public static async Task<Results<Created<MatchingRunView>, ProblemHttpResult>> MatchOffersAndNeeds(
        MatchingRequest request, RunMatching match, GetMatchingRun get, HttpContext http, CancellationToken ct)
    {
        var user = AccessScope.From(http.User);
        var result = await match.ExecuteAsync(request, user, ct);
        if (!result.IsOk) return OutcomeResults.Problem(result.Failure!);
        return TypedResults.Created($"/api/exchange/runs/{result.Value.Id}", (await get.ExecuteAsync(result.Value.Id, user, ct)).Value);
    }

    public static async Task<Results<Ok<MatchingRunView>, ProblemHttpResult>> GetRun(int id, GetMatchingRun get, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await get.ExecuteAsync(id, AccessScope.From(http.User), ct));

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportRun(int id, GetMatchingRun get, HttpContext http, CancellationToken ct)
    {
        var found = await get.ExecuteAsync(id, AccessScope.From(http.User), ct);
        if (!found.IsOk) return OutcomeResults.Problem(found.Failure!);
        return TypedResults.File(MatchingRunExport.Xlsx(found.Value, CultureInfo.CurrentUICulture), Problems.XlsxType,
            $"exchange-run-{id.ToString(CultureInfo.InvariantCulture)}.xlsx");
    }

    /// <summary>The allocations to agree, by number, each with the tonnes agreed (null: as proposed).</summary>
    public sealed record AgreeRequest(IReadOnlyList<AgreeItem> Items);

    public static async Task<Results<Ok<IReadOnlyList<int>>, ProblemHttpResult>> AgreeAllocations(
        int id, AgreeRequest request, AgreeExchanges agree, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await agree.ExecuteAsync(id, request.Items ?? [], AccessScope.From(http.User), ct));

    public static async Task<Ok<IReadOnlyList<ExchangeView>>> ListAgreedExchanges(int? park, ListExchanges list, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await list.ExecuteAsync(park, AccessScope.From(http.User), ct));

    public static async Task<Results<Ok<Saved>, ProblemHttpResult>> AddDelivery(
        int id, DeliveryDraft draft, RecordDelivery record, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await record.ExecuteAsync(id, draft, AccessScope.From(http.User), ct));

    /// <summary>The receiver confirms a delivery the supplier recorded; confirmed tonnes complete the exchange and count in the statistics.</summary>
    public static async Task<Results<Ok<Saved>, ProblemHttpResult>> ConfirmExchangeDelivery(
        int id, ConfirmDelivery confirm, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Ok(await confirm.ExecuteAsync(id, AccessScope.From(http.User), ct));

    /// <summary>Delivered tonnes of a park in a year by material and direction (sent / received), for the park statistics.</summary>
    public static async Task<Results<Ok<IReadOnlyList<DeliveredMaterial>>, ProblemHttpResult, ForbidHttpResult, ValidationProblem>> GetDeliveredTonnes(
        int park, int year, GetDeliveredExchanges delivered, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        if (year is < 2000 or > 2100) return Problems.Invalid("year", "Rule.year", "年度", "year", year, 2000, 2100);
        return await ParkRights.LoadAsync(db, park, AccessScope.From(http.User), ct) switch
        {
            null => Problems.NotFound(Text.Get("Park.NotFound", park)),
            { CanSee: false } => TypedResults.Forbid(),
            _ => TypedResults.Ok(await delivered.ExecuteAsync(park, year, ct)),
        };
    }

    private static async Task<Ok<IReadOnlyList<ListingView>>> List(ListingSide side, int? park, string? region, bool? withdrawn,
        SearchListings search, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await search.ExecuteAsync(new ListingFilter(side, park, region, withdrawn ?? false), AccessScope.From(http.User), ct));

    private static async Task<Results<Created<Saved>, ProblemHttpResult>> Add(ListingSide side, ListingDraft draft, SaveListing save, HttpContext http, CancellationToken ct) =>
        OutcomeResults.Created(await save.ExecuteAsync(null, side, draft, AccessScope.From(http.User), ct),
            saved => $"/api/exchange/{(side == ListingSide.Offer ? "offers" : "needs")}/{saved.Id}");
}
