using CircularPark.Data;
using CircularPark.Engines.Funds;
using CircularPark.Identity;
using CircularPark.Plans;
using CircularPark.Reports;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Funds;

/// <summary>Where a key project stands, from its plan and the yearly reports (project tracking). Values are stored in links; never renumber.</summary>
public enum ProjectStatus
{
    /// <summary>未开工: nothing reported yet, or 0 %.</summary>
    Planned = 1,
    /// <summary>在建.</summary>
    UnderConstruction = 2,
    /// <summary>已建成: 100 % reported.</summary>
    Completed = 3,
    /// <summary>滞后: behind its planned progress in the latest year reported, or a delay reason was given.</summary>
    Delayed = 4,
}

/// <summary>What the library is filtered by: a region (code; its parks), a park, class, sub-type, status, funding source, programme (code).</summary>
public sealed record FundLibraryFilter(string? Region = null, int? Park = null, ProjectClass? Class = null, string? SubType = null,
    ProjectStatus? Status = null, FundSource? Source = null, string? Programme = null);

/// <summary>
/// One key project across parks: investment planned (plan), actual (latest yearly report) and verified (audit), money
/// awarded (in force), paid, recovered (paid back) and still to recover, bank credit, with its sources and programmes
/// and the latest delay reason. Money in 万元; with a source or programme filter only the matching funds count.
/// </summary>
public sealed record FundLibraryLine(int ParkId, string Park, string City, string Campaign, int PlanId, string ProjectKey, string ProjectName,
    ProjectClass Class, string? SubType, ProjectStatus Status, decimal PlannedInvestment, decimal? ActualInvestment, decimal? VerifiedInvestment,
    decimal Awarded, decimal Paid, decimal Recovered, decimal ToRecover, decimal Credit, IReadOnlyList<FundSource> Sources, IReadOnlyList<string> Programmes,
    string? DelayReason, int? LatestYear);

/// <summary>The library's totals: each the sum of its column.</summary>
public sealed record FundLibraryTotals(int Projects, decimal PlannedInvestment, decimal ActualInvestment, decimal VerifiedInvestment, decimal Awarded,
    decimal Paid, decimal Recovered, decimal ToRecover, decimal Credit)
{
    public static FundLibraryTotals Of(IReadOnlyCollection<FundLibraryLine> l) => new(l.Count, l.Sum(x => x.PlannedInvestment), l.Sum(x => x.ActualInvestment ?? 0),
        l.Sum(x => x.VerifiedInvestment ?? 0), l.Sum(x => x.Awarded), l.Sum(x => x.Paid), l.Sum(x => x.Recovered), l.Sum(x => x.ToRecover), l.Sum(x => x.Credit));
}

public sealed record FundLibraryView(FundLibraryFilter Filter, IReadOnlyList<FundLibraryLine> Lines, FundLibraryTotals Totals, DateOnly AsOf);

/// <summary>
/// The key-project library (重点项目库) across the parks the user may see — the ministry every park, a province or city
/// its own, a park itself: every key project of an approved plan (latest submitted version) with its progress and money.
/// </summary>
public sealed class GetFundLibrary(AppDbContext db)
{
    public async Task<FundLibraryView> ExecuteAsync(FundLibraryFilter filter, AccessScope user, CancellationToken ct = default)
    {
        var parks = (await FundPlaces.VisibleAsync(db, user, ct)).Values
            .Where(p => filter.Park is null || p.Id == filter.Park)
            .Where(p => string.IsNullOrWhiteSpace(filter.Region) || (p.Path ?? "").Contains($"/{filter.Region.Trim()}/", StringComparison.Ordinal))
            .ToDictionary(p => p.Id);
        var ids = parks.Keys.ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => ids.Contains(p.ParkId))
            .Where(p => db.Participations.Any(x => x.CampaignId == p.CampaignId && x.ParkId == p.ParkId && ApplyForFunds.EverApproved.Contains(x.State)))
            .Select(p => new { p.Id, p.ParkId, p.CampaignId, Campaign = db.Campaigns.Where(c => c.Id == p.CampaignId).Select(c => c.Code).First() }).ToListAsync(ct);
        var planIds = plans.Select(p => p.Id).ToList();
        var versions = (await db.PlanVersions.AsNoTracking().Where(v => planIds.Contains(v.PlanId) && v.Status == PlanStatus.Submitted)
                .Include(v => v.Projects).ThenInclude(p => p.YearlyInvestment).ToListAsync(ct))
            .GroupBy(v => v.PlanId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);
        var reports = await ReportedAsync(ids, ct);
        var funds = await FundsAsync(ids, filter, ct);
        var lines = plans.Where(p => versions.ContainsKey(p.Id))
            .SelectMany(p => versions[p.Id].Projects.Select(project => Line(parks[p.ParkId], p.Campaign, p.Id, project,
                reports.GetValueOrDefault((p.ParkId, p.CampaignId)) ?? new Dictionary<int, List<ProjectProgress>>(), funds)))
            .OfType<FundLibraryLine>().Where(l => Matches(l, filter))
            .OrderBy(l => l.City, StringComparer.Ordinal).ThenBy(l => l.Park, StringComparer.Ordinal).ThenBy(l => l.PlanId).ThenBy(l => l.ProjectKey, StringComparer.Ordinal)
            .ToList();
        return new FundLibraryView(filter, lines, FundLibraryTotals.Of(lines), db.Clock.Today());
    }

    private static bool Matches(FundLibraryLine l, FundLibraryFilter f) =>
        (f.Class is null || l.Class == f.Class) && (f.Status is null || l.Status == f.Status)
        && (string.IsNullOrWhiteSpace(f.SubType) || string.Equals(l.SubType, f.SubType.Trim(), StringComparison.OrdinalIgnoreCase));

    private static FundLibraryLine? Line(FundPark park, string campaign, int planId, KeyProject project, IReadOnlyDictionary<int, List<ProjectProgress>> reported, LibraryFunds funds)
    {
        var applications = funds.Applications.Where(a => a.PlanId == planId && a.ProjectKey == project.Key).ToList();
        var credits = funds.Credits.Where(c => c.PlanId == planId && c.ProjectKey == project.Key).ToList();
        if (funds.Filtered && applications.Count == 0 && credits.Count == 0) return null;
        var track = TrackProjects.Track(project, reported);
        var actual = track.Years.LastOrDefault(y => y.InvestmentTotal is not null)?.InvestmentTotal;
        var sources = applications.Select(a => a.Programme!.Source).Concat(credits.Select(_ => FundSource.BankLoan)).Distinct().Order().ToList();
        var programmes = applications.Select(a => a.Programme!.Code).Concat(credits.Select(c => funds.CreditProgrammes.GetValueOrDefault(c.ProgrammeId ?? 0)).OfType<string>())
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return new FundLibraryLine(park.Id, park.Name, park.City, campaign, planId, project.Key, project.Name, project.Class,
            applications.Select(a => a.SubType).FirstOrDefault(), StatusOf(track), Money.FromDouble(project.TotalInvestment),
            actual is { } a ? Money.FromDouble(a) : null, applications.OrderByDescending(x => x.Id).Select(x => x.VerifiedInvestment).FirstOrDefault(v => v is not null),
            applications.Sum(x => x.Award), applications.Sum(x => x.Paid), applications.Sum(x => x.Repaid),
            applications.Sum(x => x.RecoveryOrdered - x.Repaid), credits.Sum(c => c.Amount), sources, programmes,
            track.Years.LastOrDefault(y => y.DelayReason is not null)?.DelayReason, track.LatestYear);
    }

    /// <summary>A project's status from its tracking: delayed first, else by the latest percent reported.</summary>
    public static ProjectStatus StatusOf(ProjectTrack track)
    {
        if (track.Delayed) return ProjectStatus.Delayed;
        var latest = track.Years.LastOrDefault(y => y.ActualPercent is not null)?.ActualPercent;
        return latest is not { } percent || percent <= 0 ? ProjectStatus.Planned : percent >= 100 ? ProjectStatus.Completed : ProjectStatus.UnderConstruction;
    }

    private sealed record LibraryFunds(IReadOnlyList<FundApplication> Applications, IReadOnlyList<FundCredit> Credits, IReadOnlyDictionary<int, string> CreditProgrammes, bool Filtered);

    private async Task<LibraryFunds> FundsAsync(List<int> parkIds, FundLibraryFilter filter, CancellationToken ct)
    {
        var code = filter.Programme?.Trim();
        var applications = await db.FundApplications.AsNoTracking().Include(a => a.Events).Include(a => a.Programme)
            .Where(a => parkIds.Contains(a.ParkId) && (filter.Source == null || a.Programme!.Source == filter.Source) && (string.IsNullOrEmpty(code) || a.Programme!.Code == code))
            .ToListAsync(ct);
        var programmes = await db.FundProgrammes.AsNoTracking().Where(p => p.Source == FundSource.BankLoan).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        var credits = (await db.FundCredits.AsNoTracking().Where(c => parkIds.Contains(c.ParkId)).ToListAsync(ct))
            .Where(c => (filter.Source is null || filter.Source == FundSource.BankLoan) && (string.IsNullOrEmpty(code) || programmes.GetValueOrDefault(c.ProgrammeId ?? 0) == code))
            .ToList();
        return new LibraryFunds(applications, credits, programmes, filter.Source is not null || !string.IsNullOrEmpty(code));
    }

    /// <summary>The latest submitted version of each yearly report of these parks, by park and campaign, then year.</summary>
    private async Task<Dictionary<(int, int), Dictionary<int, List<ProjectProgress>>>> ReportedAsync(List<int> parkIds, CancellationToken ct) =>
        (await db.YearlyReports.AsNoTracking().Where(r => r.ParkId != null && parkIds.Contains(r.ParkId.Value) && r.FirstSubmittedAtUtc != null)
            .Select(r => new { ParkId = r.ParkId!.Value, r.CampaignId, r.Period, Projects = r.Versions.Where(v => v.Submitted).OrderByDescending(v => v.Number).First().Projects.ToList() })
            .ToListAsync(ct))
        .GroupBy(r => (r.ParkId, r.CampaignId))
        .ToDictionary(g => g.Key, g => g.GroupBy(r => r.Period).ToDictionary(p => p.Key, p => p.First().Projects));
}
