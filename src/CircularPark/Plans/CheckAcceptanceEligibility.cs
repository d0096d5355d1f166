using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Plans;

/// <summary>A key project behind its planned construction progress in the year asked about (percent complete).</summary>
public sealed record ProjectBehind(string Key, string Name, double Planned, double? Actual);

/// <summary>
/// Whether a park may apply for acceptance (验收): every key project at its planned progress and every
/// resource/environment indicator of the plan at or above the campaign's threshold of its target, where the campaign sets
/// one (Jiangsu 2013: 90 %); a campaign without a threshold judges by the projects alone (<c>Threshold</c> null, ADR 0079).
/// </summary>
public sealed record EligibilityResult(bool Eligible, int Year, double? Threshold, IReadOnlyList<ProjectBehind> ProjectsBehind,
    IReadOnlyList<TargetAchievement> IndicatorsBelow, IReadOnlyList<TargetAchievement> Indicators);

/// <summary>
/// The acceptance eligibility check. Planned progress of a project in a year: 100 % from its end year, before that the
/// share of its total investment planned up to that year; actual progress: the latest submitted yearly report of the
/// park for that year or earlier.
/// </summary>
public sealed class CheckAcceptanceEligibility(AppDbContext db, AssessPlanAchievement achievement)
{
    public async Task<(AccessOutcome Outcome, EligibilityResult? Result)> ExecuteAsync(int planId, int year, AccessScope user, CancellationToken ct = default)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return (AccessOutcome.NotFound, null);
        var threshold = await db.Campaigns.Where(c => c.Id == plan.CampaignId).Select(c => c.AcceptanceThreshold).SingleAsync(ct);
        var (access, targets) = await achievement.ExecuteAsync(planId, year, threshold, user, ct);
        if (access != AccessOutcome.Allowed) return (access, null);
        var version = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId)
            .OrderByDescending(v => v.Status == PlanStatus.Submitted).ThenByDescending(v => v.Number)
            .Include(v => v.Projects).ThenInclude(p => p.YearlyInvestment).FirstAsync(ct);
        var reported = await db.YearlyReports.AsNoTracking()
            .Where(r => r.ParkId == plan.ParkId && r.CampaignId == plan.CampaignId && r.Period <= year && r.FirstSubmittedAtUtc != null)
            .OrderByDescending(r => r.Period)
            .Select(r => r.Versions.Where(v => v.Submitted).OrderByDescending(v => v.Number).SelectMany(v => v.Projects).ToList())
            .FirstOrDefaultAsync(ct) ?? [];
        var behind = version.Projects.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
        {
            var actual = reported.FirstOrDefault(r => r.ProjectKey == p.Key)?.PercentComplete;
            return new ProjectBehind(p.Key, p.Name, Reports.ProjectSchedule.PlannedPercent(p, year), actual);
        }).Where(p => p.Actual is null || p.Actual < p.Planned - 1e-9).ToList();
        var below = targets!.Where(t => t.Passed == false).ToList();
        return (AccessOutcome.Allowed, new EligibilityResult(behind.Count == 0 && below.Count == 0 && (threshold is null || targets!.Count > 0), year, threshold, behind, below, targets!));
    }
}
