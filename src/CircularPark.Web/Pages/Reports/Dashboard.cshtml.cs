using System.Globalization;
using System.Text.Json;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Reports;
using CircularPark.Web.Pages.Indicators;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Reports;

/// <summary>
/// A park's dashboard: indicator trends against the plan's targets, and each key project's planned against actual progress
/// and investment. The access check runs on every request; the figures are cached per park and language at the shared data
/// version (ADR 0088).
/// </summary>
[Authorize]
public sealed class DashboardModel(AppDbContext db, ComputeIndicators compute, TrackProjects track, CachedReads reads) : PageModel
{
    private sealed record Figures(ParkTracking Tracking, IndicatorTrends Trends, string ProjectsJson);

    public int ParkId { get; private set; }
    public ParkTracking? Tracking { get; private set; }
    public IndicatorTrends Trends { get; private set; } = new([], [], null, null, "{}");
    public string ProjectsJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(int parkId, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        var (access, _) = await ParkAccess.CheckAsync(db, parkId, user, change: false, ct);
        if (access == AccessOutcome.NotFound) return NotFound();
        if (access == AccessOutcome.Forbidden) return Forbid();
        var figures = await reads.GetAsync("dashboard", $"{parkId.ToString(CultureInfo.InvariantCulture)}|{CultureInfo.CurrentUICulture.Name}", daily: true, async () =>
        {
            var tracking = (await track.ExecuteAsync(parkId, user, CancellationToken.None)).Tracking!;
            return new Figures(tracking, await IndicatorTrends.LoadAsync(db, compute, parkId, CancellationToken.None), ChartsOf(tracking));
        }, ct);
        (ParkId, Tracking, Trends, ProjectsJson) = (parkId, figures.Tracking, figures.Trends, figures.ProjectsJson);
        return Page();
    }

    /// <summary>The data of the project charts (wwwroot/js), in the request's language.</summary>
    private static string ChartsOf(ParkTracking tracking)
    {
        var english = Bilingual.IsEnglish(CultureInfo.CurrentUICulture);
        return JsonSerializer.Serialize(new
        {
            names = english
                ? new { planned = "Planned %", actual = "Actual %", plannedInvestment = "Planned investment (10k CNY)", actualInvestment = "Invested (10k CNY)" }
                : new { planned = "计划进度（%）", actual = "实际进度（%）", plannedInvestment = "计划投资（万元）", actualInvestment = "完成投资（万元）" },
            projects = tracking.Projects.Select(p => new
            {
                title = $"{p.Key} {p.Name}", delayed = p.Delayed,
                years = p.Years.Select(y => y.Year),
                planned = p.Years.Select(y => y.PlannedPercent), actual = p.Years.Select(y => y.ActualPercent),
                plannedInvestment = p.Years.Select(y => y.PlannedInvestment), actualInvestment = p.Years.Select(y => y.InvestmentTotal),
            }),
        }, JsonSerializerOptions.Web);
    }
}
