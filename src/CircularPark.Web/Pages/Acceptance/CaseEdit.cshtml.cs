using System.Globalization;
using CircularPark.Acceptance;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Acceptance;

/// <summary>Writes a library entry (new, or a draft again): park users about their park, province users about a park of their region.</summary>
[Authorize]
public sealed class CaseEditModel(SaveExperienceCase save, GetExperienceCase get, AppDbContext db) : PageModel
{
    public IReadOnlyList<(int Id, string Name)> Parks { get; private set; } = [];
    public CaseInput Input { get; private set; } = new(0, CaseKind.Experience, "", "", "");
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, int? park, CancellationToken ct)
    {
        if (id is { } i)
        {
            if (await get.ExecuteAsync(i, AccessScope.From(User), ct) is not { PublishedAtUtc: null } entry) return NotFound();
            Input = new CaseInput(entry.ParkId, entry.Kind, entry.Title, entry.Summary, entry.Body);
        }
        else Input = Input with { ParkId = park ?? AccessScope.From(User).ParkId ?? 0 };
        await LoadParksAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CaseInput input, CancellationToken ct)
    {
        var result = await save.ExecuteAsync(id, input, AccessScope.From(User), ct);
        if (result.IsOk) return Redirect($"/cases/{result.Value.Id}");
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        var culture = CultureInfo.CurrentUICulture;
        Message = PageOutcomes.Explain(result.Failure!);
        Input = input;
        await LoadParksAsync(ct);
        return Page();
    }

    private async Task LoadParksAsync(CancellationToken ct)
    {
        var visible = await ParkAccess.VisibleParkIdsAsync(db, AccessScope.From(User), null, ct);
        Parks = (await db.Parks.AsNoTracking().Where(p => visible.Contains(p.Id)).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct))
            .Select(p => (p.Id, p.Name)).ToList();
    }
}
