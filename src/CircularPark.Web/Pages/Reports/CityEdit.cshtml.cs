using System.Globalization;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Reports;

/// <summary>A city's yearly report for the province: its parks' lines (from their reports and indicators) and the city's text, prefilled from them.</summary>
[Authorize]
public sealed class CityEditModel(AppDbContext db, GetCityReportSummary summary, SaveCityReportDraft save, MoveReport move) : PageModel
{
    public CityReportSummary? Summary { get; private set; }
    public int? ReportId { get; private set; }
    public ReportStatus? Status { get; private set; }
    public bool CanChange { get; private set; }
    public bool Locked => !CanChange || Status is not (null or ReportStatus.Draft or ReportStatus.Returned);
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public bool Saved { get; private set; }
    [BindProperty] public ReportForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string cityCode, int requirementId, int period, bool saved, CancellationToken ct)
    {
        Saved = saved;
        return await LoadAsync(cityCode, requirementId, period, keepPosted: false, ct) ?? Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string cityCode, int requirementId, int period, CancellationToken ct) => SaveAsync(cityCode, requirementId, period, false, ct);

    public Task<IActionResult> OnPostSubmitAsync(string cityCode, int requirementId, int period, CancellationToken ct) => SaveAsync(cityCode, requirementId, period, true, ct);

    private async Task<IActionResult> SaveAsync(string cityCode, int requirementId, int period, bool submit, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        Errors = ReportForm.Unparsed(ModelState, CultureInfo.CurrentUICulture);
        if (Errors.Count > 0) return await LoadAsync(cityCode, requirementId, period, keepPosted: true, ct) ?? Page();
        Form.Projects = [];
        var result = await save.ExecuteAsync(cityCode, requirementId, period, Form.ToContent(), user, ct);
        if (result.IsOk && submit) result = await move.ExecuteAsync(result.Value.ReportId, "submit", null, user, ct);
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (result.IsOk)
            return submit ? Redirect($"/reports/{result.Value.ReportId}") : Redirect($"/regions/{cityCode}/reports/{requirementId}/{period}?saved=true");
        Errors = ReportForm.Messages(result.Failure!, CultureInfo.CurrentUICulture);
        return await LoadAsync(cityCode, requirementId, period, keepPosted: true, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string cityCode, int requirementId, int period, bool keepPosted, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        Summary = await summary.ExecuteAsync(cityCode, requirementId, period, user, ct);
        if (Summary is null) return NotFound();
        var tree = (await CircularPark.Regions.RegionDirectoryAccess.RegionDirectoryAsync(db, ct)).Tree;
        var city = ScopeTarget.Region(tree.PathOf(Summary.CityId) ?? "");
        if (!user.Allows(Permissions.RegionReports, city)) return NotFound();
        CanChange = user.Allows(Permissions.ReportCityWrite, city);
        var report = await db.YearlyReports.AsNoTracking().Include(r => r.Versions).ThenInclude(v => v.Projects).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.RegionId == Summary.CityId && r.RequirementId == requirementId && r.Period == period, ct);
        (ReportId, Status) = (report?.Id, report?.Status);
        var latest = report?.Versions.OrderBy(v => v.Number).LastOrDefault();
        if (!keepPosted) Form = ReportForm.From(latest is null ? Summary.Prefill : ReportContent.From(latest));
        return null;
    }
}
