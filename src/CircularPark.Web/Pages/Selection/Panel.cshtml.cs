using System.Globalization;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Selection;

/// <summary>The province picks a park's panel: every expert with field, organisation and region, those with a conflict of interest marked with the reason, one chair.</summary>
[Authorize]
public sealed class PanelModel(ExpertProfiles experts, AssignExperts assign) : PageModel
{
    public IReadOnlyList<ExpertProfile> Experts { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int parkId, CancellationToken ct) => await LoadAsync(code, parkId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string code, int parkId, List<string> members, string? chair, CancellationToken ct)
    {
        var panel = members.Select(m => new PanelMember(m, string.Equals(m, chair, StringComparison.Ordinal))).ToList();
        var result = await assign.ExecuteAsync(code, parkId, panel, AccessScope.From(User), ct);
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (result.IsOk) return Redirect($"/selection/{code}/parks/{parkId}");
        var culture = CultureInfo.CurrentUICulture;
        Message = PageOutcomes.Explain(result.Failure!);
        return await LoadAsync(code, parkId, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string code, int parkId, CancellationToken ct)
    {
        var (access, list) = await experts.CandidatesAsync(code, parkId, AccessScope.From(User), ct);
        if (access == AccessOutcome.NotFound) return NotFound();
        if (access == AccessOutcome.Forbidden) return Forbid();
        Experts = list!;
        return null;
    }
}
