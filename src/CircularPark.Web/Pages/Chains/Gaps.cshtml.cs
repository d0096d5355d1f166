using CircularPark.Chains;
using CircularPark.Engines.Symbiosis;
using CircularPark.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Chains;

[Authorize]
public sealed class GapsModel(GetChainGaps gaps) : PageModel
{
    public ChainGapsView? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(int parkId, string? order, CancellationToken ct)
    {
        var ranking = order == nameof(GapOrder.HazardFirst) ? GapOrder.HazardFirst : GapOrder.ByMass;
        Report = await gaps.ExecuteAsync(parkId, ranking, AccessScope.From(User), ct);
        if (Report is null) return NotFound();
        return Report.Access.CanSee ? Page() : Forbid();
    }
}
