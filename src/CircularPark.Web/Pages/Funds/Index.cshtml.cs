using CircularPark.Funds;
using CircularPark.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Funds;

/// <summary>The programmes the user deals with, with budget, committed and remaining; links to the library and to set up a programme.</summary>
[Authorize]
public sealed class IndexModel(ListFundProgrammes list) : PageModel
{
    public IReadOnlyList<FundProgrammeSummary> Programmes { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public int? ParkId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = AccessScope.From(User);
        Programmes = await list.ExecuteAsync(user, ct);
        CanCreate = user.Allows(Permissions.FundsManage, ScopeTarget.Region(user.RegionPath ?? ""));
        ParkId = user.ParkId is { } park && user.Allows(Permissions.FundsApply, ScopeTarget.Park(park, null)) ? park : null;
    }
}
