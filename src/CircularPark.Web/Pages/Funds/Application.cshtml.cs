using CircularPark.Funds;
using CircularPark.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Funds;

/// <summary>
/// An application: its figures, tranches and history, and a form for each step the one table lets the signed-in user take
/// now (review or return, award or decline, pay, verify, settle, record a repayment); the use case checks everything again.
/// </summary>
[Authorize]
public sealed class ApplicationModel(GetFundApplication get, TakeFundStep take) : PageModel
{
    public FundApplicationView? View { get; private set; }
    public string? Message { get; private set; }
    public string? Done { get; private set; }

    public bool Can(FundStep step) => View?.Open.Contains(step) == true;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostStepAsync(int id, FundStep step, string? reason, decimal? amount, string? documentNumber, DateOnly? effectiveOn,
        int? tranche, decimal? verifiedInvestment, CancellationToken ct)
    {
        if (FundPages.Unreadable(this) is { } unreadable) Message = unreadable;
        else
        {
            var done = await take.ExecuteAsync(id, step, new FundStepInput(reason, amount, documentNumber, effectiveOn, tranche, verifiedInvestment), AccessScope.From(User), ct);
            if (done.IsOk) Done = FundPages.Done;
            else if (PageOutcomes.Show(this, done.Failure!, m => Message = m) is { } refused) return refused;
        }
        return await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var view = await get.ExecuteAsync(id, AccessScope.From(User), ct);
        if (!view.IsOk) return PageOutcomes.Show(this, view.Failure!, m => Message = m);
        View = view.Value;
        return null;
    }
}
