using System.Globalization;
using CircularPark.Acceptance;
using CircularPark.Identity;
using CircularPark.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Acceptance;

/// <summary>One library entry: public once published; its writers see the draft, and the province publishes it here.</summary>
public sealed class CaseModel(GetExperienceCase get) : PageModel
{
    public CaseView? Case { get; private set; }
    public string? Message { get; private set; }

    public bool CanPublish => Case is { PublishedAtUtc: null } && AccessScope.From(User).Holds(Permissions.CasePublish);

    public bool CanEdit => Case is { PublishedAtUtc: null } && AccessScope.From(User).IsAuthenticated;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostPublishAsync(int id, [FromServices] PublishExperienceCase publish, CancellationToken ct)
    {
        var result = await publish.ExecuteAsync(id, AccessScope.From(User), ct);
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (!result.IsOk) Message = result.Failure!.Message?.In(CultureInfo.CurrentUICulture);
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(int id, CancellationToken ct)
    {
        Case = await get.ExecuteAsync(id, AccessScope.From(User), ct);
        return Case is null ? NotFound() : Page();
    }
}
