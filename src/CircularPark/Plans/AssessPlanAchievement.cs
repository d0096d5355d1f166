using CircularPark.Data;
using CircularPark.Engines.Indicators.Achievement;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Plans;

/// <summary>
/// One target of a plan measured in a year: the actual value, the target, and the achievement (null = not computable);
/// <c>Passed</c> null when no threshold applies (the campaign sets none, ADR 0079).
/// </summary>
public sealed record TargetAchievement(string IndicatorCode, string NameZh, string NameEn, string Unit, string Direction, double? Baseline,
    double? Target, double? Actual, double? Ratio, bool? Passed, string Basis);

/// <summary>
/// Measures a plan's indicator targets in a year against the park's computed indicators (baseline = the plan's
/// baseline year): higher-better actual ÷ target, lower-better target ÷ actual, or improvement achieved ÷ planned, as
/// each indicator says; a target met at baseline never divides by zero. Judged against the threshold given; none: not judged.
/// </summary>
public sealed class AssessPlanAchievement(AppDbContext db, ComputeIndicators compute, IndicatorCatalog catalog)
{
    public async Task<(AccessOutcome Outcome, IReadOnlyList<TargetAchievement>? Targets)> ExecuteAsync(int planId, int year, double? threshold,
        AccessScope user, CancellationToken ct = default)
    {
        var (access, plan, version) = await PlanAccess.LoadAsync(db, planId, null, user, change: false, ct);
        if (access != AccessOutcome.Allowed) return (access, null);
        var latestSubmitted = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == planId && v.Status == PlanStatus.Submitted)
            .OrderByDescending(v => v.Number).Select(v => (int?)v.Number).FirstOrDefaultAsync(ct);
        if (latestSubmitted is { } n && n != version!.Number)
            (_, _, version) = await PlanAccess.LoadAsync(db, planId, n, user, change: false, ct);
        var setup = (await catalog.LoadAsync(version!.CoefficientSetId, ct))!;
        var results = await compute.ExecuteAsync(new IndicatorRequest([plan!.ParkId], [year], version.BaselineYear), ct);
        var actual = (results.Parks.Count == 0 ? null : results.Parks[0])?.Values.ToDictionary(v => v.Code, v => v.Value, StringComparer.OrdinalIgnoreCase) ?? [];
        return (AccessOutcome.Allowed, version.Targets.OrderBy(t => t.IndicatorCode, StringComparer.Ordinal).Where(t => setup.Library.TryGet(t.IndicatorCode, out _)).Select(t =>
        {
            var definition = setup.Library[t.IndicatorCode].Definition;
            var target = t.Yearly.Where(y => y.Year <= year).OrderByDescending(y => y.Year).Select(y => (double?)y.Value).FirstOrDefault();
            var value = actual.GetValueOrDefault(t.IndicatorCode);
            var result = value is { } a && target is { } g ? Achievements.Of(definition, a, g, t.BaselineValue, threshold ?? Achievements.DefaultThreshold) : null;
            return new TargetAchievement(t.IndicatorCode, definition.NameZh, definition.NameEn, definition.Unit, definition.Direction.ToString(), t.BaselineValue,
                target, value, result?.Ratio, threshold is null ? null : result?.Passed ?? false, result?.Basis.ToString() ?? "NotComputable");
        }).ToList());
    }
}
