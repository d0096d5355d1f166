using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Engines.Reporting;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reports;

/// <summary>Deadlines are dates in China Standard Time (UTC+8): a report is on time until the end of its due day there.</summary>
public static class ReportDeadlines
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateTime EndOfDayUtc(DateOnly due) => due.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Unspecified) - ChinaOffset;

    public static DateOnly TodayInChina(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime + ChinaOffset);

    /// <summary>States in which a park carries out its plan and so owes the yearly report.</summary>
    public static bool OwesReports(ParticipationState state) => state is ParticipationState.Approved or ParticipationState.Implementing
        or ParticipationState.AcceptanceApplied or ParticipationState.DelayRequested or ParticipationState.AcceptanceReview;
}

/// <summary>
/// The figures of one report period per group (total "", province code, city code, "level:…"), and the expected parks
/// that have not submitted (overdue once <see cref="PastDue"/>).
/// </summary>
public sealed record TimelinessView(int RequirementId, int Period, DateOnly Due, bool PastDue, IReadOnlyList<CompletenessFigures> Groups,
    IReadOnlyList<PendingPark> Pending);

public sealed record PendingPark(int ParkId, string Park, string? CityCode);

/// <summary>
/// Completeness and timeliness of a park-level yearly report: the parks expected are those whose participation, at the
/// due date, was in a state that owes reports (from the state history, so later changes do not rewrite the past).
/// </summary>
public sealed class GetReportTimeliness(AppDbContext db)
{
    public async Task<TimelinessView?> ExecuteAsync(int requirementId, int period, IReadOnlySet<int>? visibleParks = null, CancellationToken ct = default)
    {
        var requirement = await db.ReportRequirements.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requirementId, ct);
        if (requirement?.From != ReportParty.Park || requirement.DueDates().FirstOrDefault(d => d.Period == period) is not { Period: not null } due) return null;
        var deadline = ReportDeadlines.EndOfDayUtc(due.Due);
        var tree = new RegionTree(await db.Regions.AsNoTracking().ToListAsync(ct));
        var participations = await db.Participations.AsNoTracking().AsSplitQuery().Where(p => p.CampaignId == requirement.CampaignId)
            .Select(p => new { p.ParkId, p.Park!.Name, p.Park.Level, p.Park.Memberships, p.History }).ToListAsync(ct);
        var expected = participations
            .Where(p => visibleParks is null || visibleParks.Contains(p.ParkId))
            .Where(p => p.History.Where(h => h.AtUtc <= deadline).OrderBy(h => h.AtUtc).ThenBy(h => h.Id).LastOrDefault() is { } h && ReportDeadlines.OwesReports(h.To))
            .Select(p =>
            {
                var region = p.Memberships.FirstOrDefault(m => m.IsValidOn(due.Due))?.RegionId;
                var city = region is { } r ? tree.AtLevel(r, RegionLevel.City)?.Code : null;
                var province = region is { } r2 ? tree.AtLevel(r2, RegionLevel.Province)?.Code : null;
                return (p.ParkId, p.Name, City: city, Reporter: new ExpectedReporter(p.ParkId, new[] { "", province, city, $"level:{p.Level}" }.OfType<string>().ToList()));
            }).ToList();
        var submissions = await db.YearlyReports.AsNoTracking()
            .Where(r => r.RequirementId == requirementId && r.Period == period && r.FirstSubmittedAtUtc != null)
            .ToDictionaryAsync(r => r.ParkId, r => r.FirstSubmittedAtUtc!.Value, ct);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var figures = Completeness.Compute(expected.Select(e => e.Reporter), submissions, deadline, now);
        var pending = expected.Where(e => !(submissions.TryGetValue(e.ParkId, out var at) && at <= now))
            .Select(e => new PendingPark(e.ParkId, e.Name, e.City)).ToList();
        return new TimelinessView(requirementId, period, due.Due, now > deadline, figures, pending);
    }
}
