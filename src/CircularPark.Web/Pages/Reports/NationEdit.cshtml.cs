using System.Globalization;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Regions;
using CircularPark.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Reports;

/// <summary>
/// A reporting unit's report to the nation (ADR 0080): the text and, for the park list, one row per park with its
/// expected results, prefilled from the unit's eligibility decisions and its parks' plans. The unit's officials write and
/// submit; the ministry and others who cover the unit read.
/// </summary>
[Authorize]
public sealed class NationEditModel(AppDbContext db, GetNationReport get, SaveNationReportDraft save, MoveReport move) : PageModel
{
    public NationReportView? View { get; private set; }
    public bool CanChange { get; private set; }
    public bool Locked => !CanChange || View?.Status is not (null or ReportStatus.Draft or ReportStatus.Returned);
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public bool Saved { get; private set; }
    [BindProperty] public ReportForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string unitCode, int requirementId, int period, bool saved, CancellationToken ct)
    {
        Saved = saved;
        return await LoadAsync(unitCode, requirementId, period, keepPosted: false, ct) ?? Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string unitCode, int requirementId, int period, CancellationToken ct) => SaveAsync(unitCode, requirementId, period, false, ct);

    public Task<IActionResult> OnPostSubmitAsync(string unitCode, int requirementId, int period, CancellationToken ct) => SaveAsync(unitCode, requirementId, period, true, ct);

    /// <summary>Adds an empty park row (a park the platform does not hold yet) and shows the form again, nothing saved.</summary>
    public async Task<IActionResult> OnPostAddParkAsync(string unitCode, int requirementId, int period, CancellationToken ct)
    {
        ModelState.Clear();
        Form.Parks.Add(new ReportForm.ParkLineRow());
        return await LoadAsync(unitCode, requirementId, period, keepPosted: true, ct) ?? Page();
    }

    private async Task<IActionResult> SaveAsync(string unitCode, int requirementId, int period, bool submit, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        Errors = ReportForm.Unparsed(ModelState, CultureInfo.CurrentUICulture);
        if (Errors.Count > 0) return await LoadAsync(unitCode, requirementId, period, keepPosted: true, ct) ?? Page();
        Form.Projects = [];
        var result = await save.ExecuteAsync(unitCode, requirementId, period, Form.ToContent(), user, ct);
        if (result.IsOk && submit) result = await move.ExecuteAsync(result.Value.ReportId, "submit", null, user, ct);
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (result.IsOk)
            return submit ? Redirect($"/reports/{result.Value.ReportId}") : Redirect($"/regions/{unitCode}/nation-reports/{requirementId}/{period}?saved=true");
        Errors = ReportForm.Messages(result.Failure!, CultureInfo.CurrentUICulture);
        return await LoadAsync(unitCode, requirementId, period, keepPosted: true, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string unitCode, int requirementId, int period, bool keepPosted, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        var view = await get.ExecuteAsync(unitCode, requirementId, period, user, ct);
        if (!view.IsOk) return NotFound();
        View = view.Value;
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        CanChange = user.Allows(Permissions.ReportNationWrite, ScopeTarget.Region(tree.PathOf(View.UnitId) ?? ""));
        if (!keepPosted) Form = ReportForm.From(View.Content);
        return null;
    }
}
