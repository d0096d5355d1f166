using CircularPark.Outcomes;
using System.Globalization;
using CircularPark.Chains;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Chains;

/// <summary>The knowledge base of utilisation routes: everyone reads it; province users add, change and withdraw routes.</summary>
public sealed class RoutesModel(AppDbContext db, SaveRoute save, WithdrawRoute withdraw) : PageModel
{
    [BindProperty] public RouteDraft Input { get; set; } = new();
    [BindProperty] public int? EditId { get; set; }
    public IReadOnlyList<UtilisationRoute> Routes { get; private set; } = [];
    public IReadOnlyDictionary<string, Bilingual> Errors { get; private set; } = new Dictionary<string, Bilingual>();
    public bool CanEdit => AccessScope.From(User).Allows(Permissions.RoutesEdit, ScopeTarget.None);

    public string? Error(string field) => Errors.TryGetValue(field, out var e) ? e.In(CultureInfo.CurrentUICulture) : null;

    public async Task OnGetAsync(int? edit, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (edit is { } id && CanEdit && Routes.FirstOrDefault(r => r.Id == id) is { } route)
        {
            EditId = id;
            Input = new RouteDraft
            {
                MaterialCategory = route.MaterialCategory, CategoryZh = route.CategoryZh, CategoryEn = route.CategoryEn, UseZh = route.UseZh, UseEn = route.UseEn,
                ReceivingIndustries = route.ReceivingIndustries, Replaces = route.Replaces, Source = route.Source, Version = route.Version,
            };
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var result = await save.ExecuteAsync(EditId, Input, AccessScope.From(User), ct);
        switch (result.Kind)
        {
            case OutcomeKind.Ok: return Redirect("/routes");
            case OutcomeKind.Forbidden: return Forbid();
            case OutcomeKind.NotFound: return NotFound();
            case OutcomeKind.Conflict: Errors = new Dictionary<string, Bilingual> { ["useZh"] = result.Failure!.Message!.Value }; break;
            default: Errors = result.Failure!.Errors!; break;
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct) =>
        (await withdraw.ExecuteAsync(id, AccessScope.From(User), ct)).Kind switch
        {
            OutcomeKind.Forbidden => Forbid(),
            OutcomeKind.NotFound => NotFound(),
            _ => Redirect("/routes"),
        };

    private async Task LoadAsync(CancellationToken ct) =>
        Routes = await db.UtilisationRoutes.AsNoTracking().Where(r => !r.Withdrawn).OrderBy(r => r.MaterialCategory).ThenBy(r => r.Id).ToListAsync(ct);
}
