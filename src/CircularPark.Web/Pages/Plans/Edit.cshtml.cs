using System.Globalization;
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

/// <summary>
/// Edits a draft version one section at a time (ADR 0087: one form, the sections shown one by one in the browser, every field
/// posted by one save); every rule is checked on save and nothing is stored when one fails, and the page then opens on the
/// section of the first error. 提交前检查 shows what the saved version still lacks for submission.
/// </summary>
[Authorize]
public sealed class EditModel(GetPlan get, SavePlanDraft save, IndicatorCatalog catalog) : PageModel
{
    public sealed record IndicatorOption(string Code, string Name);

    [BindProperty] public PlanForm Form { get; set; } = new();
    public int PlanId { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<IndicatorOption> Indicators { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<PlanSections.Section> Sections => PlanSections.For(Form);
    public SubmissionCheck Check { get; private set; } = null!;

    /// <summary>After a failed save: the section holding the first error, shown instead of the one in the address.</summary>
    public string? InitialSection { get; private set; }

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken ct)
    {
        if (await LoadAsync(planId, ct) is { } result) return result;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId, CancellationToken ct)
    {
        var posted = Form;
        if (await LoadAsync(planId, ct) is { } result) return result;
        var culture = CultureInfo.CurrentUICulture;
        var errors = ModelState.Where(m => m.Value?.Errors.Count > 0)
            .ToDictionary(m => m.Key.Replace("Form.", "", StringComparison.Ordinal), m => Text.Get("Plan.NotNumber", m.Value!.AttemptedValue).In(culture));
        var unparsed = new Dictionary<string, string>();
        var content = posted.ToContent(unparsed);
        foreach (var (field, text) in unparsed) errors[field] = Text.Get("Plan.YearlyFormat", text).In(culture);
        if (errors.Count == 0)
        {
            var saved = await save.ExecuteAsync(planId, Number, content, posted.Version, AccessScope.From(User), ct);
            switch (saved.Kind)
            {
                case OutcomeKind.Ok: return Redirect($"/plans/{planId}");
                case OutcomeKind.Forbidden: return Forbid();
                case OutcomeKind.Invalid:
                    foreach (var (field, message) in saved.Failure!.Errors!) errors[field] = message.In(culture);
                    break;
                default:
                    errors["plan"] = saved.Failure!.Explain(Bilingual.IsEnglish(culture));
                    break;
            }
        }
        Errors = errors;
        InitialSection = PlanSections.First(errors.Keys)?.Id;
        Form = posted.WithBlankRows();
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int planId, CancellationToken ct)
    {
        var (access, view) = await get.ExecuteAsync(planId, null, AccessScope.From(User), ct);
        if (access == AccessOutcome.NotFound) return NotFound();
        if (access == AccessOutcome.Forbidden) return Forbid();
        if (view!.Status == PlanStatus.Submitted) return Redirect($"/plans/{planId}");
        (PlanId, Number, Title) = (planId, view.Number, view.Title);
        Form = PlanForm.From(view.Content, view.Version);
        Check = SubmissionCheck.Of(planId, view.Content, inEditor: true);
        var setup = (await catalog.LoadAsync(view.CoefficientSetId, ct))!;
        var english = Bilingual.IsEnglish(CultureInfo.CurrentUICulture);
        Indicators = setup.Library.Indicators.Select(i => new IndicatorOption(i.Code, $"{(english ? i.Definition.NameEn : i.Definition.NameZh)}（{i.Definition.Unit}）")).ToList();
        return null;
    }
}
