using CircularPark.Enterprises;
using CircularPark.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Enterprises;

[Authorize]
public sealed class IndexModel(GetParkEnterprises get) : PageModel
{
    public ParkEnterprises? Park { get; private set; }

    public async Task<IActionResult> OnGetAsync(int parkId, CancellationToken ct)
    {
        Park = await get.ExecuteAsync(parkId, AccessScope.From(User), ct);
        if (Park is null) return NotFound();
        return Park.Access.CanSee ? Page() : Forbid();
    }
}
