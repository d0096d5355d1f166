using System.Globalization;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Selection;

/// <summary>Expert profiles (专家库): province users read every expert and change the field, organisation and region of those in their scope.</summary>
[Authorize]
public sealed class ExpertsModel(ExpertProfiles experts) : PageModel
{
    public IReadOnlyList<ExpertProfile> Experts { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string userName, ExpertProfileInput input, CancellationToken ct)
    {
        var result = await experts.UpdateAsync(userName, input, AccessScope.From(User), ct);
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        var culture = CultureInfo.CurrentUICulture;
        if (result.IsOk) Done = Localization.Text.Get("Sel.Done").In(culture);
        else Message = PageOutcomes.Explain(result.Failure!);
        return await LoadAsync(ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await experts.ListAsync(AccessScope.From(User), ct) is not { } list) return Forbid();
        Experts = list;
        return null;
    }
}
