using CircularPark.Time;
using System.Globalization;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Plans;
using CircularPark.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Reports;

/// <summary>
/// A park's yearly report as a form: one row per key project of its approved plan, the year's statistics and computed
/// indicators (read-only), results, experience, difficulties; save as draft, or save and submit.
/// </summary>
[Authorize]
public sealed class EditModel(AppDbContext db, SaveReportDraft save, MoveReport move, ComputeIndicators compute) : PageModel
{
    public sealed record IndicatorLine(string NameZh, string NameEn, string Unit, double? Value);

    public int ParkId { get; private set; }
    public string ParkName { get; private set; } = "";
    public ReportRequirement? Requirement { get; private set; }
    public DateOnly Due { get; private set; }
    public int Period { get; private set; }
    public int? ReportId { get; private set; }
    public ReportStatus? Status { get; private set; }
    public bool CanChange { get; private set; }
    public bool Locked => !CanChange || Status is not (null or ReportStatus.Draft or ReportStatus.Returned);
    public bool HasStatistics { get; private set; }
    public IReadOnlyList<IndicatorLine> Indicators { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public bool Saved { get; private set; }
    [BindProperty] public ReportForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int parkId, int requirementId, int period, bool saved, CancellationToken ct)
    {
        Saved = saved;
        return await LoadAsync(parkId, requirementId, period, keepPosted: false, ct) ?? Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int parkId, int requirementId, int period, CancellationToken ct) => SaveAsync(parkId, requirementId, period, submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(int parkId, int requirementId, int period, CancellationToken ct) => SaveAsync(parkId, requirementId, period, submit: true, ct);

    private async Task<IActionResult> SaveAsync(int parkId, int requirementId, int period, bool submit, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        Errors = ReportForm.Unparsed(ModelState, CultureInfo.CurrentUICulture);
        if (Errors.Count > 0) return await LoadAsync(parkId, requirementId, period, keepPosted: true, ct) ?? Page();
        var result = await save.ExecuteAsync(parkId, requirementId, period, Form.ToContent(), user, ct);
        if (result.IsOk && submit) result = await move.ExecuteAsync(result.Value.ReportId, "submit", null, user, ct);
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (result.IsOk)
            return submit ? Redirect($"/reports/{result.Value.ReportId}") : Redirect($"/parks/{parkId}/reports/{requirementId}/{period}?saved=true");
        Errors = ReportForm.Messages(result.Failure!, CultureInfo.CurrentUICulture);
        return await LoadAsync(parkId, requirementId, period, keepPosted: true, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int parkId, int requirementId, int period, bool keepPosted, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        var place = await ParkAccess.FindAsync(db, parkId, ct);
        if (place is null) return NotFound();
        if (!place.Allows(user, Permissions.ParkRead)) return Forbid();
        Requirement = await db.ReportRequirements.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requirementId && r.From == ReportParty.Park, ct);
        if (Requirement?.DueDates(db.Clock.Today()).FirstOrDefault(d => d.Period == period) is not { Period: not null } due) return NotFound();
        (ParkId, ParkName, Period, Due) = (parkId, place.Name, period, due.Due);
        CanChange = place.Allows(user, Permissions.ReportWrite);
        var report = await db.YearlyReports.AsNoTracking().Include(r => r.Versions).ThenInclude(v => v.Projects).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.ParkId == parkId && r.RequirementId == requirementId && r.Period == period, ct);
        (ReportId, Status) = (report?.Id, report?.Status);
        var posted = Form;
        var latest = report?.Versions.OrderBy(v => v.Number).LastOrDefault();
        Form = keepPosted ? posted : latest is null ? new ReportForm() : ReportForm.From(ReportContent.From(latest));
        await AddPlanProjectsAsync(Requirement.CampaignId, ct);
        await LoadIndicatorsAsync(ct);
        return null;
    }

    /// <summary>Every key project of the plan gets a row (in plan order), with its name and planned progress at the end of the period.</summary>
    private async Task AddPlanProjectsAsync(int campaignId, CancellationToken ct)
    {
        var version = await db.PlanVersions.AsNoTracking().Where(v => db.Plans.Any(p => p.Id == v.PlanId && p.ParkId == ParkId && p.CampaignId == campaignId))
            .OrderByDescending(v => v.Status == PlanStatus.Submitted).ThenByDescending(v => v.PlanId).ThenByDescending(v => v.Number)
            .Include(v => v.Projects).ThenInclude(p => p.YearlyInvestment).FirstOrDefaultAsync(ct);
        foreach (var project in version?.Projects.OrderBy(p => p.Key, StringComparer.Ordinal) ?? Enumerable.Empty<KeyProject>())
        {
            var row = Form.Projects.FirstOrDefault(r => r.Key == project.Key);
            if (row is null) Form.Projects.Add(row = new ReportForm.ProjectRow { Key = project.Key });
            (row.Name, row.Planned) = (project.Name, ProjectSchedule.PlannedPercent(project, Period));
        }
        Form.Projects = Form.Projects.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
    }

    private async Task LoadIndicatorsAsync(CancellationToken ct)
    {
        HasStatistics = await db.ParkStatistics.AnyAsync(s => s.ParkId == ParkId && s.Year == Period, ct);
        if (!HasStatistics) return;
        var results = await compute.ExecuteAsync(new IndicatorRequest([ParkId], [Period]), ct);
        var values = results.Parks.Count == 0 ? [] : results.Parks[0].Values;
        Indicators = results.Indicators.Select(i => new IndicatorLine(i.Definition.NameZh, i.Definition.NameEn, i.Definition.Unit,
            values.FirstOrDefault(v => v.Code == i.Code).Value)).Where(i => i.Value is not null).ToList();
    }
}
