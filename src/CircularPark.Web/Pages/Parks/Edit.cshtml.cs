using System.Globalization;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Parks;

[Authorize]
public sealed class EditModel(GetParkDetail detail, UpdatePark update, AppDbContext db) : PageModel
{
    [BindProperty] public ParkChanges Input { get; set; } = new("", null, ParkLevel.Other, ParkKind.Other, null, null, null, null, null, 0);
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? ConflictMessage { get; private set; }
    private IReadOnlyDictionary<string, Bilingual> _errors = new Dictionary<string, Bilingual>();

    public string? Error(string field) => _errors.TryGetValue(field, out var e) ? e.In(CultureInfo.CurrentUICulture) : null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var park = await detail.ExecuteAsync(id, AccessScope.From(User), ct);
        if (park is null) return NotFound();
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        if (!AccessScope.From(User).CanChangePark(tree, id, park.CurrentRegionId)) return Forbid();
        (Id, Name) = (id, park.Name);
        Input = new ParkChanges(park.Name, park.ShortName, park.Level, park.Kind, park.AreaKm2, park.LeadingIndustries,
            park.EnterpriseCount, park.YearFounded, park.ManagementBody, park.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        (Id, Name) = (id, Input.Name);
        var result = await update.ExecuteAsync(id, Input, AccessScope.From(User), ct);
        switch (result.Outcome)
        {
            case UpdateOutcome.Updated: return Redirect($"/parks/{id}");
            case UpdateOutcome.NotFound: return NotFound();
            case UpdateOutcome.Forbidden: return Forbid();
            case UpdateOutcome.Invalid: _errors = result.Errors!; return Page();
            default:
                ConflictMessage = Text.Get("Park.Conflict", id).In(CultureInfo.CurrentUICulture);
                return Page();
        }
    }
}
