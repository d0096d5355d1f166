using CircularPark.Acceptance;
using CircularPark.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Acceptance;

/// <summary>Public: the demonstration parks (示范园区), national first.</summary>
public sealed class DemonstrationModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<DemonstrationView> Parks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Parks = await Demonstrations.ListAsync(db, ct);
}
