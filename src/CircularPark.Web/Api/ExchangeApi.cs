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
        var group = app.MapGroup("/api/exchange").WithTags("Exchange").RequireAuthorization();
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

    public static Task<Results<Created<Saved>, Ok<Saved>, ProblemHttpResult, ForbidHttpResult, ValidationProblem>> AddOffer(
        ListingDraft draft, SaveListing save, HttpContext http, CancellationToken ct) => Save(null, ListingSide.Offer, draft, save, http, ct);

    public static Task<Results<Created<Saved>, Ok<Saved>, ProblemHttpResult, ForbidHttpResult, ValidationProblem>> ChangeOffer(
        int id, ListingDraft draft, SaveListing save, HttpContext http, CancellationToken ct) => Save(id, ListingSide.Offer, draft, save, http, ct);

    public static async Task<Results<Created<Saved>, Ok<Saved>, ProblemHttpResult, ForbidHttpResult, ValidationProblem>> WithdrawOffer(
        int id, WithdrawListing withdraw, HttpContext http, CancellationToken ct) =>
        SaveResults.Map(await withdraw.ExecuteAsync(id, ListingSide.Offer, AccessScope.From(http.User), ct), Text.Get("Listing.NotFound", id), Text.Get("Listing.Conflict", id));

    public static Task<Results<Created<Saved>, Ok<Saved>, ProblemHttpResult, ForbidHttpResult, ValidationProblem>> AddNeed(
        ListingDraft draft, SaveListing save, HttpContext http, CancellationToken ct) => Save(null, ListingSide.Need, draft, save, http, ct);

    public static Task<Results<Created<Saved>, Ok<Saved>, ProblemHttpResult, ForbidHttpResult, ValidationProblem>> ChangeNeed(
        int id, ListingDraft draft, SaveListing save, HttpContext http, CancellationToken ct) => Save(id, ListingSide.Need, draft, save, http, ct);

    public static async Task<Results<Created<Saved>, Ok<Saved>, ProblemHttpResult, ForbidHttpResult, ValidationProblem>> WithdrawNeed(
        int id, WithdrawListing withdraw, HttpContext http, CancellationToken ct) =>
        SaveResults.Map(await withdraw.ExecuteAsync(id, ListingSide.Need, AccessScope.From(http.User), ct), Text.Get("Listing.NotFound", id), Text.Get("Listing.Conflict", id));

    public static async Task<Results<Created<MatchingRunView>, ProblemHttpResult, ForbidHttpResult, ValidationProblem>> MatchOffersAndNeeds(
        MatchingRequest request, RunMatching match, GetMatchingRun get, HttpContext http, CancellationToken ct)
    {
        var user = AccessScope.From(http.User);
        var result = await match.ExecuteAsync(request, user, ct);
        return result.Outcome switch
        {
            UpdateOutcome.Updated => TypedResults.Created($"/api/exchange/runs/{result.Id}", (await get.ExecuteAsync(result.Id!.Value, user, ct)).Value),
            UpdateOutcome.NotFound => Problems.NotFound(Text.Get("Park.NotFound", request.ParkId)),
            UpdateOutcome.Forbidden => TypedResults.Forbid(),
            _ => Problems.Invalid(result.Errors!),
        };
    }

    public static async Task<Results<Ok<MatchingRunView>, ProblemHttpResult, ForbidHttpResult>> GetRun(int id, GetMatchingRun get, HttpContext http, CancellationToken ct) =>
        await get.ExecuteAsync(id, AccessScope.From(http.User), ct) switch
        {
            { Outcome: UpdateOutcome.NotFound } => Problems.NotFound(Text.Get("Run.NotFound", id)),
            { Outcome: UpdateOutcome.Forbidden } => TypedResults.Forbid(),
            var found => TypedResults.Ok(found.Value!),
        };

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult, ForbidHttpResult>> ExportRun(int id, GetMatchingRun get, HttpContext http, CancellationToken ct) =>
        await get.ExecuteAsync(id, AccessScope.From(http.User), ct) switch
        {
            { Outcome: UpdateOutcome.NotFound } => Problems.NotFound(Text.Get("Run.NotFound", id)),
            { Outcome: UpdateOutcome.Forbidden } => TypedResults.Forbid(),
            var found => TypedResults.File(MatchingRunExport.Xlsx(found.Value!, CultureInfo.CurrentUICulture), Problems.XlsxType,
                $"exchange-run-{id.ToString(CultureInfo.InvariantCulture)}.xlsx"),
        };

    /// <summary>The allocations to agree, by number, each with the tonnes agreed (null: as proposed).</summary>
    public sealed record AgreeRequest(IReadOnlyList<AgreeItem> Items);

    public static async Task<Results<Ok<IReadOnlyList<int>>, ProblemHttpResult, ForbidHttpResult, ValidationProblem>> AgreeAllocations(
        int id, AgreeRequest request, AgreeExchanges agree, HttpContext http, CancellationToken ct) =>
        await agree.ExecuteAsync(id, request.Items ?? [], AccessScope.From(http.User), ct) switch
        {
            { Outcome: UpdateOutcome.NotFound } => Problems.NotFound(Text.Get("Run.NotFound", id)),
            { Outcome: UpdateOutcome.Forbidden } => TypedResults.Forbid(),
            { Outcome: UpdateOutcome.Invalid } invalid => Problems.Invalid(invalid.Errors!),
            { Outcome: UpdateOutcome.Conflict } => Problems.Conflict(Text.Get("Exchange.Conflict")),
            var done => TypedResults.Ok(done.Value!),
        };

    public static async Task<Ok<IReadOnlyList<ExchangeView>>> ListAgreedExchanges(int? park, ListExchanges list, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await list.ExecuteAsync(park, AccessScope.From(http.User), ct));

    public static async Task<Results<Created<Saved>, Ok<Saved>, ProblemHttpResult, ForbidHttpResult, ValidationProblem>> AddDelivery(
        int id, DeliveryDraft draft, RecordDelivery record, HttpContext http, CancellationToken ct) =>
        SaveResults.Map(await record.ExecuteAsync(id, draft, AccessScope.From(http.User), ct), Text.Get("Exchange.NotFound", id), Text.Get("Listing.Conflict", id));

    /// <summary>The receiver confirms a delivery the supplier recorded; confirmed tonnes complete the exchange and count in the statistics.</summary>
    public static async Task<Results<Created<Saved>, Ok<Saved>, ProblemHttpResult, ForbidHttpResult, ValidationProblem>> ConfirmExchangeDelivery(
        int id, ConfirmDelivery confirm, HttpContext http, CancellationToken ct) =>
        SaveResults.Map(await confirm.ExecuteAsync(id, AccessScope.From(http.User), ct), Text.Get("Exchange.DeliveryNotFound", id), Text.Get("Exchange.Conflict"));

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

    private static async Task<Results<Created<Saved>, Ok<Saved>, ProblemHttpResult, ForbidHttpResult, ValidationProblem>> Save(
        int? id, ListingSide side, ListingDraft draft, SaveListing save, HttpContext http, CancellationToken ct) =>
        SaveResults.Map(await save.ExecuteAsync(id, side, draft, AccessScope.From(http.User), ct), Text.Get("Listing.NotFound", id ?? 0),
            Text.Get("Listing.Conflict", id ?? 0), id is null ? created => $"/api/exchange/{(side == ListingSide.Offer ? "offers" : "needs")}/{created}" : null);
}
