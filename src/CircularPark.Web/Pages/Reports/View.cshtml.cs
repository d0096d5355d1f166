using CircularPark.Time;
using System.Globalization;
using CircularPark.Data;
using CircularPark.Identity;
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
/// A report with every version and event, what changed between the version first submitted and the latest (e.g. the
/// accepted one), and the steps the user may take now (accept, return or reopen with a reason).
/// </summary>
[Authorize]
public sealed class ViewModel(AppDbContext db, MoveReport move) : PageModel
{
    public YearlyReport? Report { get; private set; }
    public string Author { get; private set; } = "";
    public string EditUrl { get; private set; } = "";
    public string RequirementZh { get; private set; } = "";
    public string RequirementEn { get; private set; } = "";
    public DateOnly Due { get; private set; }
    public ReportVersion? Shown { get; private set; }
    public IReadOnlyList<string> Steps { get; private set; } = [];
    public IReadOnlyList<PlanChange>? Changes { get; private set; }
    public (int From, int To) Compared { get; private set; }
    public string? Message { get; private set; }
    public IReadOnlyDictionary<string, string> ProjectNames { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(int reportId, int? version, int? compare, CancellationToken ct) =>
        await LoadAsync(reportId, version, compare, ct) ?? Page();

    public async Task<IActionResult> OnPostStepAsync(int reportId, string step, string? reason, CancellationToken ct)
    {
        var result = await move.ExecuteAsync(reportId, step, reason, AccessScope.From(User), ct);
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (result.IsOk) return Redirect($"/reports/{reportId}");
        Message = result.Failure!.Explain(Localization.Bilingual.IsEnglish(CultureInfo.CurrentUICulture));
        return await LoadAsync(reportId, null, null, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int reportId, int? version, int? compare, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        var report = await db.YearlyReports.AsNoTracking().Include(r => r.Versions).ThenInclude(v => v.Projects).Include(r => r.Events)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == reportId, ct);
        if (report is null || await ReportAccess.CheckAsync(db, report, user, change: false, ct) != AccessOutcome.Allowed) return NotFound();
        Report = report;
        var requirement = await db.ReportRequirements.AsNoTracking().SingleAsync(r => r.Id == report.RequirementId, ct);
        (RequirementZh, RequirementEn, Due) = (requirement.NameZh, requirement.NameEn, requirement.ReportPeriods(db.Clock.Today()).First(d => d.Period == report.Period).Due);
        if (report.ParkId is { } parkId)
        {
            Author = await db.Parks.Where(p => p.Id == parkId).Select(p => p.Name).SingleAsync(ct);
            EditUrl = $"/parks/{parkId}/reports/{report.RequirementId}/{report.Period}";
            ProjectNames = (await db.PlanVersions.AsNoTracking().Where(v => db.Plans.Any(p => p.Id == v.PlanId && p.ParkId == parkId && p.CampaignId == report.CampaignId))
                .SelectMany(v => v.Projects).Select(p => new { p.Key, p.Name }).ToListAsync(ct)).DistinctBy(p => p.Key).ToDictionary(p => p.Key, p => p.Name);
        }
        else
        {
            var region = await db.Regions.AsNoTracking().SingleAsync(r => r.Id == report.RegionId, ct);
            var forms = requirement.From == CircularPark.Campaigns.ReportParty.Province ? "nation-reports" : "reports";
            (Author, EditUrl) = (region.NameZh, $"/regions/{region.Code}/{forms}/{report.RequirementId}/{report.Period}");
        }
        var versions = report.Versions.OrderBy(v => v.Number).ToList();
        Shown = versions.FirstOrDefault(v => v.Number == version) ?? versions.LastOrDefault();
        Steps = ReportFlow.Allowed(ReportFlow.RouteOf(requirement.From, requirement.To), report.Status, user, await ReportAccess.TargetAsync(db, report, ct));
        var first = compare ?? versions.FirstOrDefault(v => v.Submitted)?.Number;
        if (first is { } from && versions.FirstOrDefault(v => v.Number == from) is { } before && Shown is not null && Shown.Number != from)
        {
            Changes = ReportDiff.Compare(ReportContent.From(before), ReportContent.From(Shown));
            Compared = (from, Shown.Number);
        }
        return null;
    }
}
