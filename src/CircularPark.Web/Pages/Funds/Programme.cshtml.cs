using CircularPark.Funds;
using CircularPark.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Funds;

/// <summary>A programme: its rules, budget and what is committed, and the applications of the parks the user may see in order of priority.</summary>
[Authorize]
public sealed class ProgrammeModel(GetFundProgramme get, ListFundProgrammes list) : PageModel
{
    public FundProgrammeView? View { get; private set; }
    public string? Message { get; private set; }

    /// <summary>A park user may apply while the window is open and the programme is not a credit line.</summary>
    public bool CanApply { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        var view = await get.ExecuteAsync(id, user, ct);
        if (!view.IsOk) return PageOutcomes.Show(this, view.Failure!, m => Message = m) ?? Page();
        View = view.Value;
        CanApply = user.ParkId is not null && user.Holds(Permissions.FundsApply) && View.Programme.Source != FundSource.BankLoan && (await list.ExecuteAsync(user, ct)).Any(p => p.Id == id);
        return Page();
    }
}
