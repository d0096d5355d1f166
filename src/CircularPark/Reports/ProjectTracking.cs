using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Parks;
using CircularPark.Plans;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reports;

/// <summary>The planned schedule of a key project, from its plan: the rule the acceptance check and project tracking share.</summary>
public static class ProjectSchedule
{
    /// <summary>Planned investment (万元) up to and including <paramref name="year"/>.</summary>
    public static double PlannedInvestment(KeyProject project, int year) => project.YearlyInvestment.Where(y => y.Year <= year).Sum(y => y.Value);

    /// <summary>Planned progress (%) at the end of <paramref name="year"/>: 100 from the end year, before that the share of the total investment planned so far.</summary>
    public static double PlannedPercent(KeyProject project, int year) => year >= project.EndYear || project.TotalInvestment <= 0 ? 100
        : Math.Round(Math.Min(100, 100 * PlannedInvestment(project, year) / project.TotalInvestment), 4);
}

/// <summary>One year of a key project: planned (%, cumulative 万元) against what the yearly report of that year says.</summary>
public sealed record ProjectYear(int Year, double PlannedPercent, double PlannedInvestment, double? ActualPercent, double? InvestmentThisYear,
    double? InvestmentTotal, string? Status, string? DelayReason);

/// <summary>
/// A key project tracked over the years. <see cref="Delayed"/>: in the latest year reported it was behind its planned
/// progress or its report gave a delay reason; <see cref="Gap"/> is actual − planned percent in that year.
/// </summary>
public sealed record ProjectTrack(string Key, string Name, int StartYear, int EndYear, double TotalInvestment, IReadOnlyList<ProjectYear> Years,
    int? LatestYear, double? Gap, bool Delayed);

public sealed record ParkTracking(int ParkId, string Park, int? PlanId, string? PlanTitle, IReadOnlyList<ProjectTrack> Projects);

/// <summary>
/// Planned versus actual schedule and investment of every key project of the park's current plan (the latest submitted
/// version of its newest plan), from the latest submitted version of each yearly report of that campaign.
/// </summary>
public sealed class TrackProjects(AppDbContext db)
{
    public async Task<(AccessOutcome Outcome, ParkTracking? Tracking)> ExecuteAsync(int parkId, AccessScope user, CancellationToken ct = default)
    {
        var (access, place) = await ParkAccess.CheckAsync(db, parkId, user, change: false, ct);
        if (access != AccessOutcome.Allowed) return (access, null);
        var plan = await db.Plans.AsNoTracking().Where(p => p.ParkId == parkId).OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);
        if (plan is null) return (AccessOutcome.Allowed, new ParkTracking(parkId, place!.Name, null, null, []));
        var version = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == plan.Id)
            .OrderByDescending(v => v.Status == PlanStatus.Submitted).ThenByDescending(v => v.Number)
            .Include(v => v.Projects).ThenInclude(p => p.YearlyInvestment).FirstAsync(ct);
        var reported = (await db.YearlyReports.AsNoTracking()
                .Where(r => r.ParkId == parkId && r.CampaignId == plan.CampaignId && r.FirstSubmittedAtUtc != null)
                .Select(r => new { r.Period, Projects = r.Versions.Where(v => v.Submitted).OrderByDescending(v => v.Number).First().Projects.ToList() })
                .ToListAsync(ct))
            .GroupBy(r => r.Period).ToDictionary(g => g.Key, g => g.First().Projects);
        var projects = version.Projects.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Track(p, reported)).ToList();
        return (AccessOutcome.Allowed, new ParkTracking(parkId, place!.Name, plan.Id, plan.Title, projects));
    }

    public static ProjectTrack Track(KeyProject project, IReadOnlyDictionary<int, List<ProjectProgress>> reportedByYear)
    {
        var reports = reportedByYear.Where(r => r.Value.Any(p => p.ProjectKey == project.Key)).Select(r => r.Key).ToList();
        var first = Math.Min(project.StartYear, reports.DefaultIfEmpty(project.StartYear).Min());
        var last = Math.Max(project.EndYear, reports.DefaultIfEmpty(project.EndYear).Max());
        var years = Enumerable.Range(first, last - first + 1).Select(year =>
        {
            var actual = reportedByYear.GetValueOrDefault(year)?.FirstOrDefault(p => p.ProjectKey == project.Key);
            return new ProjectYear(year, ProjectSchedule.PlannedPercent(project, year), ProjectSchedule.PlannedInvestment(project, year),
                actual?.PercentComplete, actual?.InvestmentThisYear, actual?.InvestmentTotal, actual?.Status, string.IsNullOrWhiteSpace(actual?.DelayReason) ? null : actual.DelayReason);
        }).ToList();
        var latest = years.LastOrDefault(y => y.ActualPercent is not null);
        var gap = latest is null ? (double?)null : Math.Round(latest.ActualPercent!.Value - latest.PlannedPercent, 4);
        return new ProjectTrack(project.Key, project.Name, project.StartYear, project.EndYear, project.TotalInvestment, years, latest?.Year, gap,
            latest is not null && (gap < -1e-9 || latest.DelayReason is not null));
    }
}
