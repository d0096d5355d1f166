using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Plans;

/// <summary>A park's implementation plans, and a new one for a campaign the park takes part in.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, CreatePlan create) : PageModel
{
    public int ParkId { get; private set; }
    public string ParkName { get; private set; } = "";
    public bool CanChange { get; private set; }
    public IReadOnlyList<PlanListItem> Plans { get; private set; } = [];
    public IReadOnlyList<string> Campaigns { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int parkId, CancellationToken ct) => await LoadAsync(parkId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int parkId, string campaign, int? baselineYear, CancellationToken ct)
    {
        var result = await create.ExecuteAsync(parkId, campaign, baselineYear, AccessScope.From(User), ct);
        if (result.IsOk) return Redirect($"/plans/{result.Value.PlanId}/edit");
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        Error = result.Failure!.Explain(Localization.Bilingual.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture));
        return await LoadAsync(parkId, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int parkId, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        // One look-up answers both questions: may the user see the park, and may they change it.
        var rights = await ParkRights.LoadAsync(db, parkId, user, ct);
        if (rights is null) return NotFound();
        if (!rights.CanSee) return Forbid();
        (ParkId, ParkName, CanChange) = (parkId, rights.ParkName, rights.CanChange);
        Plans = await PlanList.ForParkAsync(db, parkId, ct);
        var planned = Plans.Select(p => p.Campaign).ToHashSet();
        Campaigns = (await db.Participations.AsNoTracking().Where(p => p.ParkId == parkId).Select(p => p.Campaign!.Code).ToListAsync(ct))
            .Where(c => !planned.Contains(c)).ToList();
        return null;
    }
}
