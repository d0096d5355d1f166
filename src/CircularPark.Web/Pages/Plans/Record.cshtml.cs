using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Plans;

/// <summary>
/// A park's plan record in a campaign (ADR 0079): the submission deadline, the consultancy and its grade (the park), the
/// city's review (the city), the province's approval or forwarding (the province). Forms show by role; the use case decides.
/// </summary>
[Authorize]
public sealed class RecordModel(RecordPlanPreparation record) : PageModel
{
    public PlanPreparationView? View { get; private set; }
    public string? Message { get; private set; }
    public string? Done { get; private set; }

    /// <summary>Whether the form for <paramref name="permission"/>'s part is shown (the use case still checks the scope).</summary>
    public bool Can(Permission permission) => AccessScope.From(User).Holds(permission);

    public async Task<IActionResult> OnGetAsync(string code, int parkId, CancellationToken ct) => Show(await record.GetAsync(code, parkId, AccessScope.From(User), ct));

    public async Task<IActionResult> OnPostConsultancyAsync(string code, int parkId, string? name, ConsultancyGrade? grade, CancellationToken ct) =>
        await After(code, parkId, await record.RecordConsultancyAsync(code, parkId, new ConsultancyInput(name, grade), AccessScope.From(User), ct), ct);

    public async Task<IActionResult> OnPostCityAsync(string code, int parkId, DateOnly? reviewedOn, string? opinion, CancellationToken ct) =>
        await After(code, parkId, await record.RecordCityReviewAsync(code, parkId, new CityPlanReviewInput(reviewedOn, opinion), AccessScope.From(User), ct), ct);

    public async Task<IActionResult> OnPostProvinceAsync(string code, int parkId, ProvincePlanDecision? decision, DateOnly? decidedOn, string? documentNumber,
        CancellationToken ct) =>
        await After(code, parkId, await record.RecordProvinceDecisionAsync(code, parkId, new ProvincePlanDecisionInput(decision, decidedOn, documentNumber),
            AccessScope.From(User), ct), ct);

    private async Task<IActionResult> After(string code, int parkId, Outcome<PlanPreparationView> outcome, CancellationToken ct)
    {
        if (outcome.Kind == OutcomeKind.Forbidden) return Forbid();
        if (outcome.IsOk)
        {
            Done = Localization.Text.Get("Sel.Done").In(System.Globalization.CultureInfo.CurrentUICulture);
            View = outcome.Value;
            return Page();
        }
        Message = PageOutcomes.Explain(outcome.Failure!);
        return Show(await record.GetAsync(code, parkId, AccessScope.From(User), ct));
    }

    private IActionResult Show(Outcome<PlanPreparationView> outcome)
    {
        if (outcome.Kind == OutcomeKind.NotFound) return NotFound();
        if (!outcome.IsOk) return Forbid();
        View = outcome.Value;
        return Page();
    }
}
