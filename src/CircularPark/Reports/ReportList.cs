using CircularPark.Parks;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Reports;

/// <summary>One period of a report requirement for one author (park or city): its due date and the report, if begun.</summary>
public sealed record ReportSlot(int RequirementId, string CampaignCode, string NameZh, string NameEn, int Period, DateOnly Due, int? ReportId,
    ReportStatus? Status, DateTime? FirstSubmittedAtUtc)
{
    /// <summary>How people name the campaign: its 文号, or its title when it has none (never the internal code).</summary>
    public string CampaignLabel { get; init; } = "";

    /// <summary>Submitted after the end of the due day (China time).</summary>
    public bool Late => FirstSubmittedAtUtc is { } at && at > ChinaTime.EndOfDayUtc(Due);

    /// <summary>
    /// The author owes this report: a park carrying out its plan on the due date (or today, for a date still to come), a
    /// city with such a park or one listed in its promotion plan, a reporting unit always
    /// (<see cref="ReportDeadlines.OwesReports"/>, <see cref="ReportDeadlines.CityOwesReports"/>) — the same rule timeliness counts by.
    /// </summary>
    public bool Owed { get; init; } = true;

    /// <summary>逾期未报: owed, never submitted, and the due day has ended by <paramref name="now"/> — louder than a late submission.</summary>
    public bool OverdueAt(DateTime now) => Owed && FirstSubmittedAtUtc is null && now > ChinaTime.EndOfDayUtc(Due);
}

/// <summary>A report waiting for the user's step: who wrote it, for which requirement and period, in which state.</summary>
public sealed record ReportToReview(int ReportId, string Author, string NameZh, string NameEn, int Period, ReportStatus Status, DateTime? FirstSubmittedAtUtc)
{
    /// <summary>The park that wrote it (null for a city's or a reporting unit's report).</summary>
    public int? ParkId { get; init; }
    public string CampaignCode { get; init; } = "";
    /// <summary>How people name the campaign (<see cref="Campaign.NameOf"/>).</summary>
    public string Campaign { get; init; } = "";
}

/// <summary>Read models of the report pages: the schedule of a park or a city with its reports, and the review queue.</summary>
public static class ReportList
{
    public static async Task<List<ReportSlot>> ForParkAsync(AppDbContext db, int parkId, CancellationToken ct)
    {
        var participations = await db.Participations.AsNoTracking().Where(p => p.ParkId == parkId)
            .Select(p => new Owing(p.CampaignId, p.History.ToList())).ToListAsync(ct);
        var reports = await db.YearlyReports.AsNoTracking().Where(r => r.ParkId == parkId).ToListAsync(ct);
        return await SlotsAsync(db, participations, ReportParty.Park, reports, ct);
    }

    public static async Task<List<ReportSlot>> ForCityAsync(AppDbContext db, int cityId, CancellationToken ct)
    {
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var today = db.Clock.Today();
        var city = tree.Find(cityId);
        var parks = city is null ? db.Parks.Where(p => false) : db.Parks.InRegion(city.Path, today);
        var participations = await db.Participations.AsNoTracking().Where(p => parks.Select(k => k.Id).Contains(p.ParkId))
            .Select(p => new Owing(p.CampaignId, p.History.ToList())).ToListAsync(ct);
        var reports = await db.YearlyReports.AsNoTracking().Where(r => r.RegionId == cityId).ToListAsync(ct);
        return await SlotsAsync(db, participations, ReportParty.City, reports, ct);
    }

    /// <summary>A reporting unit's reports to the nation: the unit-to-nation lines of every campaign whose scope holds the unit.</summary>
    public static async Task<List<ReportSlot>> ForUnitAsync(AppDbContext db, Region unit, CancellationToken ct)
    {
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var campaigns = (await db.Campaigns.AsNoTracking().Select(c => new { c.Id, c.ScopeRegionId }).ToListAsync(ct))
            .Where(c => tree.IsWithin(unit.Id, c.ScopeRegionId)).Select(c => c.Id).ToList();
        var reports = await db.YearlyReports.AsNoTracking().Where(r => r.RegionId == unit.Id).ToListAsync(ct);
        return await SlotsAsync(db, [.. campaigns.Select(c => new Owing(c, null))], ReportParty.Province, reports, ct);
    }

    /// <summary>A campaign the author takes part in, and the history that says when it owes reports (null: always, a reporting unit).</summary>
    private sealed record Owing(int CampaignId, List<ParticipationStateChange>? History);

    private static async Task<List<ReportSlot>> SlotsAsync(AppDbContext db, List<Owing> owing, ReportParty from, List<YearlyReport> reports, CancellationToken ct)
    {
        var today = db.Clock.Today();
        Func<ParticipationState, bool> owes = from == ReportParty.Park ? ReportDeadlines.OwesReports : ReportDeadlines.CityOwesReports;
        bool Owed(int campaign, DateOnly due) => owing.Any(o => o.CampaignId == campaign
            && (o.History is null || Participation.StateOn(o.History, due < today ? due : today) is { } state && owes(state)));
        var campaigns = owing.Select(o => o.CampaignId).Distinct().ToList();
        var requirements = await db.ReportRequirements.AsNoTracking().Where(r => campaigns.Contains(r.CampaignId) && r.From == from)
            .Join(db.Campaigns, r => r.CampaignId, c => c.Id, (r, c) => new { Requirement = r, c.Code, c.DocumentNumber, c.TitleZh }).ToListAsync(ct);
        return requirements.SelectMany(x => x.Requirement.ReportPeriods(today).Select(d =>
            {
                var report = reports.FirstOrDefault(r => r.RequirementId == x.Requirement.Id && r.Period == d.Period);
                return new ReportSlot(x.Requirement.Id, x.Code, x.Requirement.NameZh, x.Requirement.NameEn, d.Period, d.Due, report?.Id, report?.Status,
                    report?.FirstSubmittedAtUtc) { CampaignLabel = Campaign.NameOf(x.DocumentNumber, x.TitleZh), Owed = Owed(x.Requirement.CampaignId, d.Due) };
            }))
            .OrderByDescending(s => s.Due).ThenBy(s => s.RequirementId).ToList();
    }

    /// <summary>
    /// Reports waiting for the user's step, as the step tables say (<see cref="ReportFlow.Reviews"/>): a city's parks'
    /// reports that go through the city; a province's parks' reports the city accepted or that come straight to it, and its
    /// cities' reports; the ministry's units' reports to the nation (admins see every queue). Scope is SQL.
    /// </summary>
    public static async Task<List<ReportToReview>> AwaitingAsync(AppDbContext db, AccessScope user, CancellationToken ct)
    {
        ReportStatus[] waiting = [ReportStatus.Submitted, ReportStatus.CityAccepted];
        if (!Enum.GetValues<ReportRoute>().Any(route => waiting.Any(status => ReportFlow.Reviews(route, status, user.Role)))) return [];
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var today = db.Clock.Today();
        var parks = db.Parks.VisibleTo(user, today).Select(p => p.Id);
        var regions = db.Regions.CoveredBy(user).Select(r => r.Id);
        var rows = (await db.YearlyReports.AsNoTracking()
            .Where(r => waiting.Contains(r.Status)
                && ((r.ParkId != null && parks.Contains(r.ParkId.Value)) || (r.RegionId != null && regions.Contains(r.RegionId.Value))))
            .Join(db.ReportRequirements, r => r.RequirementId, q => q.Id, (r, q) => new { r.Id, r.ParkId, r.RegionId, r.Period, r.Status, r.FirstSubmittedAtUtc, q.NameZh, q.NameEn, q.From, q.To, q.CampaignId })
            .Join(db.Campaigns, r => r.CampaignId, c => c.Id, (r, c) => new { r.Id, r.ParkId, r.RegionId, r.Period, r.Status, r.FirstSubmittedAtUtc, r.NameZh, r.NameEn, r.From, r.To, c.Code, c.DocumentNumber, c.TitleZh })
            .ToListAsync(ct))
            .Where(r => ReportFlow.Reviews(ReportFlow.RouteOf(r.From, r.To), r.Status, user.Role)).ToList();
        var parkIds = rows.Select(r => r.ParkId).OfType<int>().Distinct().ToList();
        var names = await db.Parks.AsNoTracking().Where(p => parkIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return rows.Select(r => new ReportToReview(r.Id, r.ParkId is { } p ? names[p] : tree.Find(r.RegionId!.Value)!.NameZh,
                r.NameZh, r.NameEn, r.Period, r.Status, r.FirstSubmittedAtUtc) { ParkId = r.ParkId, CampaignCode = r.Code, Campaign = Campaign.NameOf(r.DocumentNumber, r.TitleZh) })
            .OrderBy(r => r.FirstSubmittedAtUtc).ToList();
    }
}
