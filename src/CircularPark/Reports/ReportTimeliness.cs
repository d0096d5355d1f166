using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Engines.Reporting;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Reports;

/// <summary>Who owes reports. Deadlines are dates in China Standard Time: a report is on time until the end of its due day there (<see cref="ChinaTime.EndOfDayUtc"/>).</summary>
public static class ReportDeadlines
{
    /// <summary>States in which a park carries out its plan and so owes the yearly report.</summary>
    public static bool OwesReports(ParticipationState state) => state is ParticipationState.Approved or ParticipationState.Implementing
        or ParticipationState.AcceptanceApplied or ParticipationState.DelayRequested or ParticipationState.AcceptanceReview;

    /// <summary>
    /// A city owes its yearly report while it has a park listed in its promotion plan (Shandong's 推进计划表) or carrying
    /// out its plan (ADR 0041).
    /// </summary>
    public static bool CityOwesReports(ParticipationState state) => state == ParticipationState.Listed || OwesReports(state);
}

/// <summary>
/// The figures of one report period per group (total "", province code, city code, and for park reports "level:…"),
/// and the expected reporters that have not submitted (overdue once <see cref="PastDue"/>).
/// </summary>
public sealed record TimelinessView(int RequirementId, ReportParty From, int Period, DateOnly Due, bool PastDue, IReadOnlyList<CompletenessFigures> Groups,
    IReadOnlyList<PendingReporter> Pending);

/// <summary>A reporter expected at the due date: a park (<see cref="ParkId"/>) or a region (a city or a reporting unit, <see cref="RegionId"/>).</summary>
public sealed record OwedReporter(int? ParkId, int? RegionId, string Name, string? CityCode, ExpectedReporter Reporter);

/// <summary>
/// One period of a schedule line: who was expected at the due date and each reporter's first submission (UTC), known as of
/// <see cref="AsOfUtc"/>. A report is on time until <see cref="DeadlineUtc"/>, the end of the due day in China time.
/// </summary>
public sealed record OwedReports(ReportRequirement Requirement, DateOnly Due, DateTime DeadlineUtc, DateTime AsOfUtc, IReadOnlyList<OwedReporter> Reporters,
    IReadOnlyDictionary<int, DateTime> Submissions)
{
    public ReportParty From => Requirement.From;

    /// <summary>The due day has ended (China time): a report not yet submitted is 逾期未报.</summary>
    public bool PastDue => AsOfUtc > DeadlineUtc;

    /// <summary>Whether the reporter had submitted by <see cref="AsOfUtc"/>.</summary>
    public bool Submitted(int reporterId) => Submissions.TryGetValue(reporterId, out var at) && at <= AsOfUtc;
}

/// <summary>An expected reporter that has not submitted: a park (<see cref="ParkId"/>) or a city (<see cref="RegionId"/>).</summary>
public sealed record PendingReporter(int? ParkId, int? RegionId, string Name, string? CityCode);

/// <summary>
/// Completeness and timeliness of a yearly report. Park reports: the parks expected are those whose participation, at
/// the due date, was in a state that owes reports (from the state history, so later changes do not rewrite the past).
/// City reports (ADR 0041): the cities expected are those where at least one park listed or carrying out its plan lay at
/// the due date.
/// </summary>
public sealed class GetReportTimeliness(AppDbContext db)
{
    /// <param name="requirementId">The schedule line.</param>
    /// <param name="period">The period (for a one-off report to the nation, the year it is due).</param>
    /// <param name="visibleParks">Parks the user may see (null: all); limits park and city reporters.</param>
    /// <param name="user">For reports to the nation: only the units whose region the user covers are listed (null: all).</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<TimelinessView?> ExecuteAsync(int requirementId, int period, IReadOnlySet<int>? visibleParks = null, Identity.AccessScope? user = null,
        CancellationToken ct = default)
    {
        if (await ExpectedAsync(requirementId, period, visibleParks, user, ct) is not { } owed) return null;
        var figures = Completeness.Compute(owed.Reporters.Select(e => e.Reporter), owed.Submissions, owed.DeadlineUtc, owed.AsOfUtc);
        var pending = owed.Reporters.Where(e => !owed.Submitted(e.Reporter.Id))
            .Select(e => new PendingReporter(e.ParkId, e.RegionId, e.Name, e.CityCode)).ToList();
        return new TimelinessView(requirementId, owed.From, period, owed.Due, owed.PastDue, figures, pending);
    }

    /// <summary>
    /// Who owed the report of <paramref name="period"/> and when each first submitted: the raw material of the figures, for
    /// readers that group reporters their own way (the overview, by row). Null when the schedule has no such period.
    /// </summary>
    public async Task<OwedReports?> ExpectedAsync(int requirementId, int period, IReadOnlySet<int>? visibleParks, Identity.AccessScope? user, CancellationToken ct)
    {
        var requirement = await db.ReportRequirements.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requirementId, ct);
        return requirement is null ? null : await ExpectedAsync(requirement, period, visibleParks, user, ct);
    }

    /// <summary>The same for a schedule line already read (the overview reads every line once).</summary>
    public async Task<OwedReports?> ExpectedAsync(ReportRequirement requirement, int period, IReadOnlySet<int>? visibleParks, Identity.AccessScope? user, CancellationToken ct)
    {
        var requirementId = requirement.Id;
        var periods = requirement.ReportPeriods(db.Clock.Today()).Where(d => d.Period == period).ToList();
        if (periods.Count == 0) return null;
        var due = periods[0];
        var expected = requirement.From == ReportParty.Province
            ? await UnitsAsync(requirement, due.Due, user, ct)
            : await ParksOrCitiesAsync(requirement, due.Due, visibleParks, ct);
        var reports = db.YearlyReports.AsNoTracking().Where(r => r.RequirementId == requirementId && r.Period == period && r.FirstSubmittedAtUtc != null);
        var submissions = requirement.From == ReportParty.Park
            ? await reports.Where(r => r.ParkId != null).ToDictionaryAsync(r => r.ParkId!.Value, r => r.FirstSubmittedAtUtc!.Value, ct)
            : await reports.Where(r => r.RegionId != null).ToDictionaryAsync(r => r.RegionId!.Value, r => r.FirstSubmittedAtUtc!.Value, ct);
        return new OwedReports(requirement, due.Due, ChinaTime.EndOfDayUtc(due.Due), db.Clock.GetUtcNow().UtcDateTime, expected, submissions);
    }

    /// <summary>
    /// The units expected to report to the nation (ADR 0080): every province-level unit (the 兵团 among them) and 计划单列市
    /// within the campaign's scope that existed on the due date, grouped in total and by unit.
    /// </summary>
    private async Task<List<OwedReporter>> UnitsAsync(ReportRequirement requirement, DateOnly due, Identity.AccessScope? user, CancellationToken ct)
    {
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var scope = await db.Campaigns.AsNoTracking().Where(c => c.Id == requirement.CampaignId).Select(c => c.ScopeRegionId).SingleAsync(ct);
        return ReportingUnits.Within(tree, scope, due)
            .Where(u => user is null || user.Allows(Identity.Permissions.RegionReports, Identity.ScopeTarget.Region(u.Path)))
            .Select(u => new OwedReporter(null, u.Id, u.NameZh, u.Code, new ExpectedReporter(u.Id, ["", u.Code]))).ToList();
    }

    private async Task<List<OwedReporter>> ParksOrCitiesAsync(ReportRequirement requirement, DateOnly due, IReadOnlySet<int>? visibleParks, CancellationToken ct)
    {
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        Func<ParticipationState, bool> owes = requirement.From == ReportParty.Park ? ReportDeadlines.OwesReports : ReportDeadlines.CityOwesReports;
        var query = db.Participations.AsNoTracking().AsSplitQuery().Where(p => p.CampaignId == requirement.CampaignId);
        if (visibleParks is not null)
        {
            var visible = visibleParks.ToList(); // the scope in SQL: a province reads its own parks' rows, not the nation's
            query = query.Where(p => visible.Contains(p.ParkId));
        }
        var participations = await query
            .Select(p => new { p.ParkId, p.Park!.Name, p.Park.Level, p.Park.Memberships, History = p.History.Where(h => h.EffectiveOn <= due).ToList() }).ToListAsync(ct);
        var parks = participations
            .Where(p => Participation.StateOn(p.History, due) is { } state && owes(state))
            .Select(p =>
            {
                var region = p.Memberships.FirstOrDefault(m => m.IsValidOn(due))?.RegionId;
                return (p.ParkId, p.Name, p.Level, City: region is { } r ? tree.AtLevel(r, RegionLevel.City) : null,
                    Province: region is { } r2 ? tree.AtLevel(r2, RegionLevel.Province)?.Code : null);
            }).ToList();
        if (requirement.From == ReportParty.Park)
            return parks.Select(p => new OwedReporter(p.ParkId, null, p.Name, p.City?.Code,
                new ExpectedReporter(p.ParkId, new[] { "", p.Province, p.City?.Code, $"level:{p.Level}" }.OfType<string>().ToList()))).ToList();
        return parks.Where(p => p.City is not null).DistinctBy(p => p.City!.Id).OrderBy(p => p.City!.Code, StringComparer.Ordinal)
            .Select(p => new OwedReporter(null, p.City!.Id, p.City.NameZh, p.City.Code,
                new ExpectedReporter(p.City.Id, new[] { "", p.Province, p.City.Code }.OfType<string>().ToList()))).ToList();
    }
}
