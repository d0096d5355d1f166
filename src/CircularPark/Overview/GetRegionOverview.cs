using CircularPark.Acceptance;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Engines.Reporting;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Regions;
using CircularPark.Reports;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Overview;

/// <summary>
/// The overview of a region for the officials who watch it (ADR 0083): the nation by reporting unit, a province by city, a
/// city by park. Parks are placed by today's divisions; each counts once, whatever campaigns it is in, so a provincial
/// campaign's parks count towards the national targets as the national campaign's own would. Reports are those owed in the
/// period <c>year</c> by parks and cities (and, in the nation's rows, by the units themselves), judged against China-time
/// due dates as of now.
/// </summary>
/// <remarks>
/// Cached per region, period, China-time day and the caller's scope at the shared data version (<see cref="CachedReads"/>,
/// ADR 0088): the permission is checked on every call before the cache is asked.
/// </remarks>
public sealed class GetRegionOverview(AppDbContext db, GetReportTimeliness timeliness, CachedReads reads)
{
    private sealed record ParkFacts(int Id, string Name, ParkLevel Level, int RegionId);

    /// <param name="code">The region; null: the user's own (the nation for the ministry and administrators).</param>
    /// <param name="year">The report period; null: the latest period already due.</param>
    /// <param name="user">Who asks: a region they do not cover is forbidden.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<Outcome<RegionOverview>> ExecuteAsync(string? code, int? year, AccessScope user, CancellationToken ct = default)
    {
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var today = db.Clock.Today();
        var region = code is { Length: > 0 } ? tree.FindByCode(code)
            : user.RegionId is { } own ? tree.Find(own) : tree.All.FirstOrDefault(r => r.Level == RegionLevel.Nation);
        if (region is null) return Failure.NotFound("Overview.RegionNotFound", code);
        if (!user.Allows(Permissions.RegionOverview, ScopeTarget.Region(region.Path))) return Failure.Forbidden;
        var key = $"{region.Id}|{year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "due"}|{CachedReads.ScopeKey(user)}";
        return await reads.GetReportAsync("overview", key, daily: true,
            services => services.GetRequiredService<GetRegionOverview>().BuildAsync(tree, region, year, user, today, CancellationToken.None), ct);
    }

    /// <summary>The overview computed with this instance's context (the primary's, or a read replica's: <see cref="CachedReads.GetReportAsync{T}"/>).</summary>
    private async Task<RegionOverview> BuildAsync(RegionTree tree, Region region, int? year, AccessScope user, DateOnly today, CancellationToken ct)
    {
        var (kind, rows) = region.Level switch
        {
            RegionLevel.Nation => (OverviewRowKind.Unit, ReportingUnits.Within(tree, region.Id, today).Where(r => r.Id != region.Id).ToList()),
            RegionLevel.Province => (OverviewRowKind.Region, tree.Children(region.Id).Where(r => r.IsValidOn(today)).OrderBy(r => r.Code, StringComparer.Ordinal).ToList()),
            _ => (OverviewRowKind.Park, new List<Region>()),
        };
        var rowIds = rows.Select(r => r.Id).ToHashSet();
        // The row a region's park or report falls in: its unit (nation), its city (province), none below.
        Region? RowOf(int regionId) => kind switch
        {
            OverviewRowKind.Unit => ReportingUnits.UnitOf(tree, regionId) is { } u && rowIds.Contains(u.Id) ? u : null,
            OverviewRowKind.Region => Ancestors(tree, regionId).FirstOrDefault(r => rowIds.Contains(r.Id)),
            _ => null,
        };

        var inRegion = db.Parks.AsNoTracking().InRegion(region.Path, today).VisibleTo(user, today);
        var parks = (await inRegion.Select(p => new
            {
                p.Id, p.Name, p.Level,
                Region = p.Memberships.Where(m => (m.ValidFrom == null || m.ValidFrom <= today) && (m.ValidTo == null || m.ValidTo > today)).Select(m => (int?)m.RegionId).FirstOrDefault(),
            }).ToListAsync(ct))
            .Where(p => p.Region is not null).Select(p => new ParkFacts(p.Id, p.Name, p.Level, p.Region!.Value))
            .Where(p => kind == OverviewRowKind.Park || RowOf(p.RegionId) is not null).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        var parkIds = parks.Select(p => p.Id).ToHashSet();
        // Each park's row, found once (a lookup per reporter and per row would be parks × reporters at national scale).
        var parkById = parks.ToDictionary(p => p.Id);
        var rowOfPark = kind == OverviewRowKind.Park ? [] : parks.ToDictionary(p => p.Id, p => RowOf(p.RegionId)!);
        var parksOfRow = parks.Where(p => kind != OverviewRowKind.Park).ToLookup(p => rowOfPark[p.Id].Id);

        var participations = db.Participations.AsNoTracking().Where(p => inRegion.Any(k => k.Id == p.ParkId));
        var stages = (await participations.Select(p => new { p.ParkId, p.State }).ToListAsync(ct))
            .GroupBy(p => p.ParkId).ToDictionary(g => g.Key, g => g.Max(p => StageOf(p.State)));
        var standings = (await AcceptanceStandings.LoadAsync(db, participations, today, ct)).ToLookup(s => s.ParkId);

        var national = await NationalCampaignAsync(tree, ct);
        var targets = national?.Targets.OrderBy(t => t.Id).Select(t => new OverviewTarget(t.Id, t.Metric, t.ParkLevel, t.Share, t.Count, t.Basis, t.Deadline)).ToList() ?? [];
        var eligible = national is null ? [] : (await EligibilityAsOf.LoadAsync(db, national.Id, today, ct)).Values.Where(e => e.Eligible).Select(e => e.ParkId).ToHashSet();

        var requirements = await db.ReportRequirements.AsNoTracking().Where(r => r.From != ReportParty.Nation).OrderBy(r => r.Id).ToListAsync(ct);
        var (years, period) = Periods(requirements, year, today);
        var owed = await OwedAsync(requirements, period, parkIds, user, ct);

        string KeyOfPark(ParkFacts p) => kind == OverviewRowKind.Park ? $"park:{p.Id}" : rowOfPark[p.Id].Code;
        var reports = Tally(owed, reporter => reporter.ParkId is { } id
            ? parkById.TryGetValue(id, out var park) ? KeyOfPark(park) : null
            : reporter.RegionId is { } r && kind != OverviewRowKind.Park && RowOf(r) is { } row ? row.Code : null);

        OverviewRow Build(string? rowCode, int? parkId, string nameZh, string nameEn, bool separate, IReadOnlyList<ParkFacts> mine, string key)
        {
            var cells = targets.Select(t =>
            {
                var counted = mine.Where(p => (t.Level is null || p.Level == t.Level) && (t.Basis == TargetBasis.Registered || eligible.Contains(p.Id))).ToList();
                var achieved = counted.Count(p => t.Metric == TargetMetric.Demonstration
                    ? stages.GetValueOrDefault(p.Id) == ParkStage.Demonstration : stages.GetValueOrDefault(p.Id) >= ParkStage.Accepted);
                int? required = t.Share is { } share ? Engines.Campaigns.TargetProgress.Compute(counted.Count, counted.Count, achieved, share, null).Required : null;
                return new TargetCell(counted.Count, achieved, required);
            }).ToList();
            return new OverviewRow(rowCode, parkId, nameZh, nameEn, separate, mine.Count,
                mine.Count(p => p.Level == ParkLevel.National), mine.Count(p => p.Level == ParkLevel.Provincial), mine.Count(p => eligible.Contains(p.Id)),
                mine.Aggregate(StageTally.Zero, (a, p) => a + StageTally.Of(stages.GetValueOrDefault(p.Id))), cells,
                reports.GetValueOrDefault(key, ReportTally.Zero), mine.Aggregate(AcceptanceTally.Zero, (a, p) => a + AcceptanceOf(standings[p.Id])));
        }

        var built = kind == OverviewRowKind.Park
            ? parks.Select(p => Build(null, p.Id, p.Name, p.Name, false, [p], $"park:{p.Id}")).ToList()
            : rows.Select(r => Build(r.Code, null, r.NameZh, r.NameEn, r.Kind == RegionKind.SeparatelyPlanned,
                parksOfRow[r.Id].ToList(), r.Code)).ToList();
        var total = built.Aggregate(new OverviewRow(null, null, "合计", "Total", false, 0, 0, 0, 0, StageTally.Zero, targets.Select(_ => new TargetCell(0, 0, 0)).ToList(),
                ReportTally.Zero, AcceptanceTally.Zero),
            (a, r) => a with
            {
                Parks = a.Parks + r.Parks, NationalLevel = a.NationalLevel + r.NationalLevel, ProvincialLevel = a.ProvincialLevel + r.ProvincialLevel,
                Eligible = a.Eligible + r.Eligible, Stages = a.Stages + r.Stages, Reports = a.Reports + r.Reports, Acceptance = a.Acceptance + r.Acceptance,
                Targets = a.Targets.Zip(r.Targets, (x, y) => x + y).ToList(),
            });
        // The whole region's required parks: the share of all its counted parks (not the sum of the rows' rounded-up shares), or the count.
        total = total with
        {
            Targets = total.Targets.Zip(targets, (c, t) => c with
            {
                Required = t.Count ?? Engines.Campaigns.TargetProgress.Compute(c.Counted, c.Counted, c.Achieved, t.Share, null).Required,
            }).ToList(),
        };

        return new RegionOverview(region.Code, region.NameZh, region.NameEn, region.Level, kind, period, years, today,
            national is null ? null : Campaign.NameOf(national.DocumentNumber, national.TitleZh), national?.Code, targets, built, total,
            Ancestors(tree, region.Id).Reverse()
                .Select(r => new OverviewCrumb(r.Code, r.NameZh, r.NameEn, user.Allows(Permissions.RegionOverview, ScopeTarget.Region(r.Path)))).ToList(),
            kind == OverviewRowKind.Region && region.Kind != RegionKind.SeparatelyPlanned
                ? rows.Where(r => r.Kind == RegionKind.SeparatelyPlanned).Select(r => new OverviewCrumb(r.Code, r.NameZh, r.NameEn)).ToList() : [],
            OwnReports(owed, region));
    }

    /// <summary>The furthest stage a participation state stands for.</summary>
    public static ParkStage StageOf(ParticipationState state) => state switch
    {
        ParticipationState.Demonstration => ParkStage.Demonstration,
        ParticipationState.Accepted => ParkStage.Accepted,
        ParticipationState.AcceptanceApplied or ParticipationState.AcceptanceReview => ParkStage.InAcceptance,
        ParticipationState.Approved or ParticipationState.Implementing or ParticipationState.DelayRequested => ParkStage.Implementing,
        ParticipationState.Listed => ParkStage.Listed,
        ParticipationState.Rejected or ParticipationState.Failed => ParkStage.Failed,
        _ => ParkStage.Applying,
    };

    private static AcceptanceTally AcceptanceOf(IEnumerable<ParkStanding> standings)
    {
        var kinds = standings.Select(s => s.Standing.Kind).ToList();
        if (kinds.Contains(AcceptanceStandingKind.Accepted)) return AcceptanceTally.Zero with { Accepted = 1 };
        if (kinds.Contains(AcceptanceStandingKind.InProgress) || kinds.Contains(AcceptanceStandingKind.DelayPending)) return AcceptanceTally.Zero with { InProgress = 1 };
        if (kinds.Contains(AcceptanceStandingKind.Failed)) return AcceptanceTally.Zero with { Failed = 1 };
        return kinds.Contains(AcceptanceStandingKind.MissedDeadline) ? AcceptanceTally.Zero with { MissedDeadline = 1 } : AcceptanceTally.Zero;
    }

    private static IEnumerable<Region> Ancestors(RegionTree tree, int regionId)
    {
        for (var r = tree.Find(regionId); r is not null; r = r.ParentId is { } p ? tree.Find(p) : null) yield return r;
    }

    /// <summary>The national campaign whose targets the overview measures: the latest issued campaign scoped to the nation with targets.</summary>
    private async Task<Campaign?> NationalCampaignAsync(RegionTree tree, CancellationToken ct)
    {
        var nation = tree.All.Where(r => r.Level == RegionLevel.Nation).Select(r => r.Id).ToList();
        return await db.Campaigns.AsNoTracking().Include(c => c.Targets).Where(c => nation.Contains(c.ScopeRegionId) && c.Targets.Any())
            .OrderByDescending(c => c.IssuedOn).FirstOrDefaultAsync(ct);
    }

    /// <summary>Every report period of the schedules, and the one shown: the one asked, else the latest already due.</summary>
    private static (IReadOnlyList<int> Years, int Year) Periods(IReadOnlyList<ReportRequirement> requirements, int? year, DateOnly today)
    {
        var periods = requirements.SelectMany(r => r.ReportPeriods(today)).ToList();
        var years = periods.Select(p => p.Period).Distinct().Order().ToList();
        var due = periods.Where(p => p.Due <= today).Select(p => p.Period).DefaultIfEmpty(today.Year).Max();
        return (years, year ?? due);
    }

    private async Task<List<OwedReports>> OwedAsync(IReadOnlyList<ReportRequirement> requirements, int period, IReadOnlySet<int> parkIds, AccessScope user,
        CancellationToken ct)
    {
        var owed = new List<OwedReports>();
        foreach (var requirement in requirements)
            if (await timeliness.ExpectedAsync(requirement, period, parkIds, user, ct) is { } one) owed.Add(one);
        return owed;
    }

    /// <summary>
    /// The reports of every schedule line, tallied by row key (<paramref name="keyOf"/>; null: outside the rows, such as the
    /// region's own reports) with the <see cref="Completeness"/> engine.
    /// </summary>
    private static Dictionary<string, ReportTally> Tally(IReadOnlyList<OwedReports> owed, Func<OwedReporter, string?> keyOf)
    {
        var tally = new Dictionary<string, ReportTally>(StringComparer.Ordinal);
        foreach (var line in owed)
        {
            var reporters = line.Reporters.Select(r => (Key: keyOf(r), r.Reporter.Id)).Where(r => r.Key is not null)
                .Select(r => new ExpectedReporter(r.Id, [r.Key!])).ToList();
            foreach (var f in Completeness.Compute(reporters, line.Submissions, line.DeadlineUtc, line.AsOfUtc))
                tally[f.Group] = tally.GetValueOrDefault(f.Group, ReportTally.Zero)
                    + new ReportTally(f.Expected, f.OnTime, f.Late, line.PastDue ? f.Missing : 0, line.PastDue ? 0 : f.Missing);
        }
        return tally;
    }

    /// <summary>The reports the region itself owed in the period: a city's to its province, a unit's to the nation.</summary>
    private static List<OwnReport> OwnReports(IReadOnlyList<OwedReports> owed, Region region) =>
        owed.Where(o => o.From != ReportParty.Park && o.Reporters.Any(r => r.RegionId == region.Id))
            .Select(o => new OwnReport(o.Requirement.Id, o.Requirement.NameZh, o.Requirement.NameEn, o.Due,
                o.Submitted(region.Id) ? o.Submissions[region.Id] : null, o.PastDue)).ToList();
}
