using CircularPark.Outcomes;
using System.Globalization;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.ExchangePlatform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Exchange;

/// <summary>A matching run's report; the parties (or the officials who ran it) agree allocations from it.</summary>
[Authorize]
public sealed class RunModel(GetMatchingRun get, AgreeExchanges agree, GetTradingOptions options) : PageModel
{
    public MatchingRunView? Run { get; private set; }
    public TradingOptions Options { get; private set; } = new([], []);
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAgreeAsync(int id, List<int> numbers, Dictionary<int, double> tonnes, CancellationToken ct)
    {
        var result = await agree.ExecuteAsync(id, [.. numbers.Select(n => new AgreeItem(n, tonnes.TryGetValue(n, out var t) ? t : null))], AccessScope.From(User), ct);
        if (result.IsOk) return Redirect("/exchange/agreed");
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        Errors = [.. (result.Failure!.Errors ?? new Dictionary<string, Bilingual>()).Values.Select(e => e.In(CultureInfo.CurrentUICulture))];
        return Page();
    }

    /// <summary>The user may agree an allocation when they may trade for its supplier or its receiver.</summary>
    public bool MayAgree(AllocationView a) => a.ExchangeId is null && (Options.CanTradeFor(a.SupplierId) || Options.CanTradeFor(a.ReceiverId));

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        var found = await get.ExecuteAsync(id, user, ct);
        if (found.Kind == OutcomeKind.NotFound) return NotFound();
        if (found.Kind == OutcomeKind.Forbidden) return Forbid();
        (Run, Options) = (found.Value, await options.ExecuteAsync(user, ct));
        return null;
    }
}
