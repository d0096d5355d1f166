using System.Globalization;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Regions;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reports;

/// <summary>
/// A reporting unit's report to the nation for one line of a national campaign's schedule and one period (ADR 0080):
/// the unit's parks with eligibility and the expected results of their plans, the report if begun, and the draft the unit
/// starts from.
/// </summary>
public sealed record NationReportView(string Campaign, string CampaignTitle, string DocumentNumber, int RequirementId, string Type, string RequirementZh,
    string RequirementEn, int UnitId, string UnitCode, string Unit, string UnitEn, int Period, DateOnly Due, int? ReportId, ReportStatus? Status,
    ReportContent Content, ReportContent Prefill, string? Principles)
{
    /// <summary>Whether this line is the list of eligible parks with their expected results (its draft carries park lines).</summary>
    public bool IsParkList => Type == NationReports.ParkListType;
}

/// <summary>Reads and writes a unit's reports to the nation; the steps are <see cref="MoveReport"/> on <see cref="ReportRoute.UnitToNation"/>.</summary>
public static class NationReports
{
    /// <summary>The requirement type of the park list with expected results (002 三(二)).</summary>
    public const string ParkListType = "park-list";

    /// <summary>The unit a user reports for: the user's region when it is a reporting unit.</summary>
    public static Region? UnitOf(RegionTree tree, AccessScope user, DateOnly today) =>
        user.RegionId is { } id && tree.Find(id) is { } r && ReportingUnits.IsUnit(r) && r.IsValidOn(today) ? r : null;

    /// <summary>
    /// The draft a unit starts from. For the park list: every eligible park of the unit (the decisions in force on the day
    /// it is written, so a unit writing late starts from what it decides now) with the expected results summed over the key projects of its latest submitted plan
    /// (any campaign); a park without a submitted plan is listed with empty results and a note. For a summary (yearly, or
    /// the five-year one): the unit's parks, the eligible and the accepted ones, and the totals of its parks' submitted
    /// yearly reports for the years it covers (<see cref="SummaryAsync"/>).
    /// </summary>
    public static async Task<ReportContent> PrefillAsync(AppDbContext db, RegionTree tree, Campaign campaign, ReportRequirement requirement, Region unit,
        int period, CancellationToken ct)
    {
        var day = db.Clock.Today();
        var parks = await ReportingUnits.ParksAsync(db, tree, unit, day, ct);
        var decisions = await EligibilityAsOf.LoadAsync(db, campaign.Id, day, ct);
        var eligible = parks.Where(p => decisions.GetValueOrDefault(p.Id)?.Eligible == true).ToList();
        var ids = eligible.Select(p => p.Id).ToList();
        var plans = await db.PlanVersions.AsNoTracking().Where(v => v.Status == Plans.PlanStatus.Submitted)
            .Join(db.Plans.Where(p => ids.Contains(p.ParkId)), v => v.PlanId, p => p.Id, (v, p) => new { p.ParkId, v.Id, v.SubmittedAtUtc })
            .ToListAsync(ct);
        var latest = plans.GroupBy(p => p.ParkId).ToDictionary(g => g.Key, g => g.OrderBy(v => v.SubmittedAtUtc).ThenBy(v => v.Id).Last().Id);
        var versionIds = latest.Values.ToList();
        var sums = (await db.Set<Plans.KeyProject>().AsNoTracking().Where(p => versionIds.Contains(p.PlanVersionId)).Select(p => new
            {
                Id = p.PlanVersionId, p.EnergySavedTce, p.WaterSavedM3, p.Co2CutT, p.SolidWasteCutT, p.WastewaterCutT, p.AirPollutantsCutT,
            }).ToListAsync(ct)).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.ToList());
        var lines = eligible.Select(p =>
        {
            if (!latest.TryGetValue(p.Id, out var version))
                return new ParkLineContent(p.Id, p.Name, p.Level, null, null, null, null, null, null, "实施方案尚未报送");
            var projects = sums.GetValueOrDefault(version) ?? [];
            return new ParkLineContent(p.Id, p.Name, p.Level, Sum(projects.Select(x => x.EnergySavedTce)), Sum(projects.Select(x => x.WaterSavedM3)),
                Sum(projects.Select(x => x.Co2CutT)), Sum(projects.Select(x => x.SolidWasteCutT)), Sum(projects.Select(x => x.WastewaterCutT)),
                Sum(projects.Select(x => x.AirPollutantsCutT)), "");
        }).ToList();
        var progress = string.Format(CultureInfo.InvariantCulture, "{0}省级以上园区 {1} 个，经认定具备条件进行循环化改造的园区 {2} 个。",
            unit.NameZh, parks.Count, eligible.Count);
        return requirement.Type == ParkListType
            ? new ReportContent(progress, "", "", "", null, null, null, null, [], lines)
            : await SummaryAsync(db, campaign, requirement, unit, period, parks.Select(p => p.Id).ToList(), progress, ct);
    }

    /// <summary>
    /// A summary's draft from the product's data: the years it covers (a yearly line its period; a one-off line every year
    /// from the campaign's issue to the year before it is due, e.g. 2021–2025 for the 14th-FYP summary due early 2026), the
    /// unit's parks accepted in any campaign, and the latest submitted version of each park's yearly reports for those
    /// years: how many were submitted and accepted, their energy and water saved, CO₂ and pollutants cut, and the
    /// difficulties they name.
    /// </summary>
    private static async Task<ReportContent> SummaryAsync(AppDbContext db, Campaign campaign, ReportRequirement requirement, Region unit, int period,
        List<int> parkIds, string lead, CancellationToken ct)
    {
        var (first, last) = requirement.Recurrence == Recurrence.Yearly ? (period, period) : (campaign.IssuedOn?.Year ?? period - 1, period - 1);
        var accepted = await db.Participations.AsNoTracking()
            .Where(p => parkIds.Contains(p.ParkId) && (p.State == ParticipationState.Accepted || p.State == ParticipationState.Demonstration))
            .Select(p => p.ParkId).Distinct().CountAsync(ct);
        var reports = await db.YearlyReports.AsNoTracking()
            .Where(r => r.ParkId != null && parkIds.Contains(r.ParkId.Value) && r.Period >= first && r.Period <= last && r.FirstSubmittedAtUtc != null)
            .Select(r => new { r.Id, r.ParkId, r.Status }).ToListAsync(ct);
        var reportIds = reports.Select(r => r.Id).ToList();
        var latest = (await db.ReportVersions.AsNoTracking().Where(v => reportIds.Contains(v.ReportId) && v.Submitted)
                .Select(v => new { v.ReportId, v.Number, v.EnergySavedTce, v.WaterSavedM3, v.Co2CutT, v.PollutantsCutT, v.Difficulties }).ToListAsync(ct))
            .GroupBy(v => v.ReportId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);
        var names = await db.Parks.AsNoTracking().Where(p => parkIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var versions = reports.Where(r => latest.ContainsKey(r.Id)).Select(r => (r.ParkId, Latest: latest[r.Id])).ToList();
        var (energy, water, co2, pollutants) = (Sum(versions.Select(r => r.Latest.EnergySavedTce)), Sum(versions.Select(r => r.Latest.WaterSavedM3)),
            Sum(versions.Select(r => r.Latest.Co2CutT)), Sum(versions.Select(r => r.Latest.PollutantsCutT)));
        var years = first == last ? $"{first}年" : $"{first}—{last}年";
        var progress = lead + string.Format(CultureInfo.InvariantCulture, "{0}已通过验收的园区 {1} 个。", unit.NameZh, accepted);
        var results = string.Format(CultureInfo.InvariantCulture,
            "{0}，园区报送年度进展报告 {1} 份（审核通过 {2} 份），合计节能 {3} 吨标准煤、节水 {4} 立方米、减排二氧化碳 {5} 吨、减排污染物 {6} 吨。",
            years, reports.Count, reports.Count(r => r.Status == ReportStatus.Accepted), GetCityReportSummary.N(energy ?? 0), GetCityReportSummary.N(water ?? 0),
            GetCityReportSummary.N(co2 ?? 0), GetCityReportSummary.N(pollutants ?? 0));
        var difficulties = string.Join("\n", versions.Where(r => !string.IsNullOrWhiteSpace(r.Latest.Difficulties))
            .Select(r => $"{names.GetValueOrDefault(r.ParkId!.Value, "")}：{r.Latest.Difficulties.Trim()}").Distinct());
        return new ReportContent(progress, results, "", difficulties, energy, water, co2, pollutants, [], []);
    }

    private static double? Sum(IEnumerable<double?> values)
    {
        var known = values.OfType<double>().ToList();
        return known.Count == 0 ? null : known.Sum();
    }

    /// <summary>Finds the requirement (a unit-to-nation line), its campaign and the unit, or the reason they cannot be used.</summary>
    public static async Task<Outcome<(Campaign Campaign, ReportRequirement Requirement, Region Unit, RegionTree Tree)>> FindAsync(AppDbContext db,
        string unitCode, int requirementId, int period, CancellationToken ct)
    {
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var today = db.Clock.Today();
        if (ReportingUnits.Find(tree, unitCode, today) is null) return Failure.NotFound("Report.NoSuchUnit", unitCode);
        var requirement = await db.ReportRequirements.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requirementId, ct);
        if (requirement is not { From: ReportParty.Province } || !requirement.ReportPeriods(today).Any(d => d.Period == period))
            return Failure.NotFound("Report.NoSuchPeriod", period);
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == requirement.CampaignId, ct);
        if (ReportingUnits.Find(tree, unitCode, today, campaign) is not { } unit) return Failure.NotFound("Report.NoSuchUnit", unitCode);
        return (campaign, requirement, unit, tree);
    }
}

/// <summary>Builds <see cref="NationReportView"/> for users whose region covers the unit (the unit itself, the ministry).</summary>
public sealed class GetNationReport(AppDbContext db)
{
    public async Task<Outcome<NationReportView>> ExecuteAsync(string unitCode, int requirementId, int period, AccessScope user, CancellationToken ct = default)
    {
        var found = await NationReports.FindAsync(db, unitCode, requirementId, period, ct);
        if (!found.IsOk) return found.Failure!;
        var (campaign, requirement, unit, tree) = found.Value;
        if (!user.Allows(Permissions.RegionReports, ScopeTarget.Region(unit.Path))) return Failure.NotFound("Report.NoSuchUnit", unitCode);
        var report = await db.YearlyReports.AsNoTracking().Include(r => r.Versions).ThenInclude(v => v.Projects).Include(r => r.Versions).ThenInclude(v => v.Parks)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.RegionId == unit.Id && r.RequirementId == requirementId && r.Period == period, ct);
        var prefill = await NationReports.PrefillAsync(db, tree, campaign, requirement, unit, period, ct);
        var latest = report?.Versions.OrderBy(v => v.Number).LastOrDefault();
        var principles = await EligibilityAsOf.PrinciplesAsync(db, campaign.Id, unit.Id, db.Clock.Today(), ct);
        var due = requirement.ReportPeriods(db.Clock.Today()).First(p => p.Period == period).Due;
        return new NationReportView(campaign.Code, campaign.TitleZh, campaign.DocumentNumber, requirement.Id, requirement.Type, requirement.NameZh,
            requirement.NameEn, unit.Id, unit.Code, unit.NameZh, unit.NameEn, period, due, report?.Id, report?.Status,
            latest is null ? prefill : ReportContent.From(latest), prefill, principles?.Text);
    }
}

/// <summary>
/// Saves a unit's draft of its report to the nation (creating the report on first save): only a reporting unit's own
/// officials (<see cref="Permissions.ReportNationWrite"/> on the unit), only for a unit-to-nation line of a campaign whose
/// scope holds the unit, only while draft or returned. Park lines belong to the park list only.
/// </summary>
public sealed class SaveNationReportDraft(AppDbContext db)
{
    public async Task<Outcome<ReportDone>> ExecuteAsync(string unitCode, int requirementId, int period, ReportContent content, AccessScope user, CancellationToken ct = default)
    {
        var found = await NationReports.FindAsync(db, unitCode, requirementId, period, ct);
        if (!found.IsOk) return found.Failure!;
        var (_, requirement, unit, _) = found.Value;
        if (!user.Allows(Permissions.RegionReports, ScopeTarget.Region(unit.Path))) return Failure.NotFound("Report.NoSuchUnit", unitCode);
        // Judged against the unit: an ordinary city never covers a province, so only a 计划单列市 writes for itself.
        if (!user.Allows(Permissions.ReportNationWrite, ScopeTarget.Region(unit.Path))) return Failure.Forbidden;
        var errors = content.Check();
        if (content.Projects is { Count: > 0 }) errors["projects"] = Localization.Text.Get("Report.UnitNoProjects");
        if (content.Parks is { Count: > 0 } && requirement.Type != NationReports.ParkListType) errors["parks"] = Localization.Text.Get("Report.NoParkLines");
        if (errors.Count > 0) return Failure.Invalid(errors);

        var report = await db.YearlyReports.Include(r => r.Versions).ThenInclude(v => v.Projects).Include(r => r.Versions).ThenInclude(v => v.Parks)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.RegionId == unit.Id && r.RequirementId == requirementId && r.Period == period, ct);
        if (report is null)
        {
            report = new YearlyReport { RegionId = unit.Id, CampaignId = requirement.CampaignId, RequirementId = requirementId, Period = period };
            db.YearlyReports.Add(report);
        }
        return await ReportAccess.WriteDraftAsync(db, report, content, ct);
    }
}
