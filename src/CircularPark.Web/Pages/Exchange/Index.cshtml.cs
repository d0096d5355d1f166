using CircularPark.Outcomes;
using System.Globalization;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.ExchangePlatform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CircularPark.Time;

namespace CircularPark.Web.Pages.Exchange;

/// <summary>The exchange platform: offers and needs in the user's scope, a form to enter one, matching, recent runs.</summary>
[Authorize]
public sealed class IndexModel(SearchListings search, SaveListing save, WithdrawListing withdraw, RunMatching match, GetMatchingRun runs,
    GetTradingOptions options, TimeProvider clock) : PageModel
{
    [BindProperty] public ListingDraft Input { get; set; } = new();
    [BindProperty] public ListingSide Side { get; set; } = ListingSide.Offer;
    public IReadOnlyList<ListingView> Listings { get; private set; } = [];
    public TradingOptions Options { get; private set; } = new([], []);
    public IReadOnlyList<MatchingRun> Runs { get; private set; } = [];
    public IReadOnlyDictionary<string, Bilingual> Errors { get; private set; } = new Dictionary<string, Bilingual>();

    public string? Error(string field) => Errors.TryGetValue(field, out var e) ? e.In(CultureInfo.CurrentUICulture) : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = clock.Today();
        (Input.AvailableFrom, Input.AvailableTo) = (today, today.AddYears(1));
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostListingAsync(CancellationToken ct)
    {
        Input.Quality = [.. Input.Quality.Where(q => !string.IsNullOrWhiteSpace(q.Attribute))];
        var result = await save.ExecuteAsync(null, Side, Input, AccessScope.From(User), ct);
        if (result.IsOk) return Redirect("/exchange#listings");
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        Errors = result.Failure!.Errors ?? new Dictionary<string, Bilingual>();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, ListingSide side, CancellationToken ct) =>
        (await withdraw.ExecuteAsync(id, side, AccessScope.From(User), ct)).Kind == OutcomeKind.Forbidden ? Forbid() : Redirect("/exchange#listings");

    public async Task<IActionResult> OnPostMatchAsync(string scope, double? rate, double? co2, CancellationToken ct)
    {
        var request = scope.StartsWith("park:", StringComparison.Ordinal)
            ? new MatchingRequest(ParkId: int.Parse(scope[5..], CultureInfo.InvariantCulture), RateYuanPerTonneKm: rate, Co2KgPerTonneKm: co2)
            : new MatchingRequest(Region: scope, RateYuanPerTonneKm: rate, Co2KgPerTonneKm: co2);
        var result = await match.ExecuteAsync(request, AccessScope.From(User), ct);
        if (result.IsOk) return Redirect($"/exchange/runs/{result.Value.Id}");
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        Errors = result.Failure!.Errors ?? new Dictionary<string, Bilingual>();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = AccessScope.From(User);
        Listings = await search.ExecuteAsync(new ListingFilter(), user, ct);
        Options = await options.ExecuteAsync(user, ct);
        Runs = await runs.RecentAsync(user, 10, ct);
        for (var i = Input.Quality.Count; i < 3; i++) Input.Quality.Add(new QualityDraft());
    }
}
