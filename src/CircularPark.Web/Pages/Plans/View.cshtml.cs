using System.Globalization;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Plans;

/// <summary>A plan version as a document, its versions, the changes from another version, and the actions its state allows.</summary>
[Authorize]
public sealed class ViewModel(AppDbContext db, GetPlan get, SubmitPlan submit, RevisePlan revise, IndicatorCatalog catalog) : PageModel
{
    public PlanView? Plan { get; private set; }
    public bool CanChange { get; private set; }
    public IReadOnlyList<PlanChange>? Changes { get; private set; }
    public int? CompareFrom { get; private set; }
    public string? Message { get; private set; }

    /// <summary>提交前检查, for whoever may submit the version shown (the park, or an official of its region) while it is a draft (ADR 0087).</summary>
    public SubmissionCheck? Check { get; private set; }
    private IndicatorSetup? _setup;

    public string IndicatorName(string code) => _setup is not null && _setup.Library.TryGet(code, out var i)
        ? $"{(Bilingual.IsEnglish(CultureInfo.CurrentUICulture) ? i.Definition.NameEn : i.Definition.NameZh)}（{i.Definition.Unit}）" : code;

    public async Task<IActionResult> OnGetAsync(int planId, int? version, int? compare, CancellationToken ct)
    {
        if (await LoadAsync(planId, version, ct) is { } denied) return denied;
        if (compare is { } from)
        {
            (_, Changes) = await get.CompareAsync(planId, from, Plan!.Number, AccessScope.From(User), ct);
            CompareFrom = from;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(int planId, int number, CancellationToken ct) =>
        await After(planId, await submit.ExecuteAsync(planId, number, AccessScope.From(User), ct), ct);

    public async Task<IActionResult> OnPostReviseAsync(int planId, CancellationToken ct) =>
        await After(planId, await revise.ExecuteAsync(planId, AccessScope.From(User), ct), ct);

    private async Task<IActionResult> After(int planId, Outcome<PlanRef> result, CancellationToken ct)
    {
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (result.IsOk) return Redirect($"/plans/{planId}?version={result.Value.Number}");
        Message = result.Failure!.Explain(Localization.Bilingual.IsEnglish(CultureInfo.CurrentUICulture));
        return await LoadAsync(planId, null, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int planId, int? version, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        var (access, view) = await get.ExecuteAsync(planId, version, user, ct);
        if (access == AccessOutcome.NotFound) return NotFound();
        if (access == AccessOutcome.Forbidden) return Forbid();
        Plan = view;
        CanChange = (await ParkAccess.CheckAsync(db, view!.ParkId, user, change: true, ct)).Outcome == AccessOutcome.Allowed;
        Check = CanChange && view.Status == PlanStatus.Draft ? SubmissionCheck.Of(planId, view.Content, inEditor: false) : null;
        _setup = await catalog.LoadAsync(view.CoefficientSetId, ct);
        return null;
    }
}
