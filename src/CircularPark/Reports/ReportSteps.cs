using CircularPark.Time;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reports;

/// <summary>What a report step did: the report and its state after it.</summary>
public sealed record ReportDone(int ReportId, ReportStatus Status);

/// <summary>Loads a report with the scope checks every step needs.</summary>
public static class ReportAccess
{
    public static async Task<YearlyReport?> LoadAsync(AppDbContext db, int reportId, CancellationToken ct) =>
        await db.YearlyReports.Include(r => r.Versions).ThenInclude(v => v.Projects).Include(r => r.Versions).ThenInclude(v => v.Parks)
            .Include(r => r.Events).AsSplitQuery().SingleOrDefaultAsync(r => r.Id == reportId, ct);

    public static Failure Refused(YearlyReport report, string step) =>
        Failure.Conflict(Text.Get("Report.StepNotAllowed", Text.Label(report.Status).Zh, Text.Get($"Report.Needs.{step}").Zh, Text.Label(report.Status).En, Text.Get($"Report.Needs.{step}").En), report.Status.ToString());

    /// <summary>
    /// A park's report: the park rules (see, change). A city's report: regional officials within whose region the city
    /// lies, for seeing and changing alike (park users never see a city's report).
    /// </summary>
    public static async Task<AccessOutcome> CheckAsync(AppDbContext db, YearlyReport report, AccessScope user, bool change, CancellationToken ct)
    {
        if (report.ParkId is { } park) return (await ParkAccess.CheckAsync(db, park, user, change, ct)).Outcome;
        return user.Allows(Permissions.RegionReports, await TargetAsync(db, report, ct)) ? AccessOutcome.Allowed : AccessOutcome.Forbidden;
    }

    /// <summary>The report as the step table judges it: its park (and the park's current region) or its city.</summary>
    public static async Task<ScopeTarget> TargetAsync(AppDbContext db, YearlyReport report, CancellationToken ct)
    {
        if (report.ParkId is { } park) return (await ParkAccess.FindAsync(db, park, ct))?.Target ?? ScopeTarget.None;
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        return ScopeTarget.Region(tree.PathOf(report.RegionId) ?? "");
    }

    /// <summary>Writes <paramref name="content"/> into the open draft version (a new version after a submission); only while draft or returned.</summary>
    public static async Task<Outcome<ReportDone>> WriteDraftAsync(AppDbContext db, YearlyReport report, ReportContent content, CancellationToken ct)
    {
        if (report.Status is not (ReportStatus.Draft or ReportStatus.Returned)) return Refused(report, "Edit");
        var draft = report.Versions.OrderBy(v => v.Number).LastOrDefault();
        if (draft is null || draft.Submitted)
        {
            draft = new ReportVersion { Number = (draft?.Number ?? 0) + 1 };
            report.Versions.Add(draft);
        }
        else
        {
            db.RemoveRange(draft.Projects);
            db.RemoveRange(draft.Parks);
        }
        content.ApplyTo(draft);
        return await SaveAsync(db, report, ct);
    }

    /// <summary>
    /// Saves, or answers 409 when someone else saved or moved the same report meanwhile (its version token, or the unique
    /// report per author, requirement and period when both created it): a double click never becomes a 500 or a second report.
    /// </summary>
    public static async Task<Outcome<ReportDone>> SaveAsync(AppDbContext db, YearlyReport report, CancellationToken ct)
    {
        var saved = await db.TrySaveChangesAsync(ct);
        return saved.Kind switch
        {
            OutcomeKind.Ok => new ReportDone(report.Id, report.Status),
            OutcomeKind.Conflict => Failure.Conflict("Report.Concurrent"),
            _ => saved.Failure!,
        };
    }
}

/// <summary>Saves the park's draft of its yearly report (creating the report on first save); only while draft or returned.</summary>
public sealed class SaveReportDraft(AppDbContext db)
{
    public async Task<Outcome<ReportDone>> ExecuteAsync(int parkId, int requirementId, int period, ReportContent content, AccessScope user, CancellationToken ct = default)
    {
        var place = await ParkAccess.FindAsync(db, parkId, ct);
        if (place is null) return Failure.NotFound("Park.NotFound", parkId);
        if (!place.Allows(user, Permissions.ReportWrite)) return Failure.Forbidden;
        var requirement = await db.ReportRequirements.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requirementId, ct);
        if (requirement is null || requirement.From != ReportParty.Park || !requirement.DueDates(db.Clock.Today()).Any(d => d.Period == period))
            return Failure.NotFound("Report.NoSuchPeriod", period);
        if (!await db.Participations.AnyAsync(p => p.ParkId == parkId && p.CampaignId == requirement.CampaignId, ct))
            return Failure.NotFound("Report.NotInCampaign");
        var errors = content.Check();
        if (errors.Count > 0) return Failure.Invalid(errors);

        var report = await db.YearlyReports.Include(r => r.Versions).ThenInclude(v => v.Projects)
            .SingleOrDefaultAsync(r => r.ParkId == parkId && r.RequirementId == requirementId && r.Period == period, ct);
        if (report is null)
        {
            report = new YearlyReport { ParkId = parkId, CampaignId = requirement.CampaignId, RequirementId = requirementId, Period = period };
            db.YearlyReports.Add(report);
        }
        return await ReportAccess.WriteDraftAsync(db, report, content, ct);
    }
}

/// <summary>A step of a yearly report on its way up. The API names it in kebab case ("city-accept").</summary>
public enum ReportStep
{
    /// <summary>报送: the author (park or city) submits.</summary>
    Submit = 1,
    /// <summary>The city accepts a park's report.</summary>
    CityAccept = 2,
    /// <summary>The city returns a park's report with reasons.</summary>
    CityReturn = 3,
    /// <summary>The province accepts: the report is locked.</summary>
    ProvinceAccept = 4,
    /// <summary>The province returns the report with reasons.</summary>
    ProvinceReturn = 5,
    /// <summary>The province (or, for a report to the nation, the ministry) reopens an accepted report, with a reason.</summary>
    Reopen = 6,
    /// <summary>The ministry receives a unit's report to the nation: it is locked (ADR 0080).</summary>
    NationAccept = 7,
    /// <summary>The ministry returns a unit's report to the nation with reasons.</summary>
    NationReturn = 8,
}

/// <summary>
/// The way a report travels, from its requirement's parties (campaign data, ADR 0080): a park's report through its city
/// to the province (<see cref="ReportParty.City"/> as the addressee), straight to the province (002 三(三): "报送省级…发展
/// 改革委、工信厅"), a city's report to the province, and a reporting unit's report to the nation.
/// </summary>
public enum ReportRoute
{
    ParkViaCity = 1,
    ParkToProvince = 2,
    CityToProvince = 3,
    UnitToNation = 4,
}

/// <summary>
/// The step tables (ADR 0007, 0041, 0080; the shared <see cref="StepTable{TStep, TState}"/>), one per
/// <see cref="ReportRoute"/>: a park's report goes park → city → province or park → province as its requirement says; a
/// city's report goes city → province; a reporting unit's goes to the ministry. Each step names its permission (role and
/// scope), the states it starts from and the state it leads to.
/// </summary>
public static class ReportFlow
{
    public static readonly StepTable<ReportStep, ReportStatus> ParkReports = new(new Dictionary<ReportStep, StepRule<ReportStatus>>
    {
        [ReportStep.Submit] = new(Permissions.ReportWrite, [ReportStatus.Draft, ReportStatus.Returned], ReportStatus.Submitted),
        [ReportStep.CityAccept] = new(Permissions.ReportCityReview, [ReportStatus.Submitted], ReportStatus.CityAccepted),
        [ReportStep.CityReturn] = new(Permissions.ReportCityReview, [ReportStatus.Submitted], ReportStatus.Returned),
        [ReportStep.ProvinceAccept] = new(Permissions.ReportProvinceReview, [ReportStatus.CityAccepted], ReportStatus.Accepted),
        [ReportStep.ProvinceReturn] = new(Permissions.ReportProvinceReview, [ReportStatus.CityAccepted], ReportStatus.Returned),
        [ReportStep.Reopen] = new(Permissions.ReportProvinceReview, [ReportStatus.Accepted], ReportStatus.Returned),
    });

    public static readonly StepTable<ReportStep, ReportStatus> CityReports = new(new Dictionary<ReportStep, StepRule<ReportStatus>>
    {
        [ReportStep.Submit] = new(Permissions.ReportCityWrite, [ReportStatus.Draft, ReportStatus.Returned], ReportStatus.Submitted),
        [ReportStep.ProvinceAccept] = new(Permissions.ReportProvinceReview, [ReportStatus.Submitted], ReportStatus.Accepted),
        [ReportStep.ProvinceReturn] = new(Permissions.ReportProvinceReview, [ReportStatus.Submitted], ReportStatus.Returned),
        [ReportStep.Reopen] = new(Permissions.ReportProvinceReview, [ReportStatus.Accepted], ReportStatus.Returned),
    });

    public static readonly StepTable<ReportStep, ReportStatus> ParkToProvinceReports = new(new Dictionary<ReportStep, StepRule<ReportStatus>>
    {
        [ReportStep.Submit] = new(Permissions.ReportWrite, [ReportStatus.Draft, ReportStatus.Returned], ReportStatus.Submitted),
        [ReportStep.ProvinceAccept] = new(Permissions.ReportProvinceReview, [ReportStatus.Submitted], ReportStatus.Accepted),
        [ReportStep.ProvinceReturn] = new(Permissions.ReportProvinceReview, [ReportStatus.Submitted], ReportStatus.Returned),
        [ReportStep.Reopen] = new(Permissions.ReportProvinceReview, [ReportStatus.Accepted], ReportStatus.Returned),
    });

    public static readonly StepTable<ReportStep, ReportStatus> NationReports = new(new Dictionary<ReportStep, StepRule<ReportStatus>>
    {
        [ReportStep.Submit] = new(Permissions.ReportNationWrite, [ReportStatus.Draft, ReportStatus.Returned], ReportStatus.Submitted),
        [ReportStep.NationAccept] = new(Permissions.ReportNationReview, [ReportStatus.Submitted], ReportStatus.Accepted),
        [ReportStep.NationReturn] = new(Permissions.ReportNationReview, [ReportStatus.Submitted], ReportStatus.Returned),
        [ReportStep.Reopen] = new(Permissions.ReportNationReview, [ReportStatus.Accepted], ReportStatus.Returned),
    });

    /// <summary>The route of a requirement's reports: by its author and addressee.</summary>
    public static ReportRoute RouteOf(ReportParty from, ReportParty to) => (from, to) switch
    {
        (ReportParty.Park, ReportParty.Province) => ReportRoute.ParkToProvince,
        (ReportParty.Park, _) => ReportRoute.ParkViaCity,
        (ReportParty.City, _) => ReportRoute.CityToProvince,
        _ => ReportRoute.UnitToNation,
    };

    /// <summary>The route of a stored report, from its requirement.</summary>
    public static async Task<ReportRoute> RouteAsync(AppDbContext db, YearlyReport report, CancellationToken ct) =>
        await db.ReportRequirements.AsNoTracking().Where(r => r.Id == report.RequirementId).Select(r => RouteOf(r.From, r.To)).SingleAsync(ct);

    public static StepTable<ReportStep, ReportStatus> For(ReportRoute route) => route switch
    {
        ReportRoute.ParkViaCity => ParkReports,
        ReportRoute.ParkToProvince => ParkToProvinceReports,
        ReportRoute.CityToProvince => CityReports,
        _ => NationReports,
    };

    /// <summary>The step's name in the API and on pages ("province-accept").</summary>
    public static string Name(ReportStep step) => step switch
    {
        ReportStep.Submit => "submit",
        ReportStep.CityAccept => "city-accept",
        ReportStep.CityReturn => "city-return",
        ReportStep.ProvinceAccept => "province-accept",
        ReportStep.ProvinceReturn => "province-return",
        ReportStep.NationAccept => "nation-accept",
        ReportStep.NationReturn => "nation-return",
        _ => "reopen",
    };

    /// <summary>The step of a table named <paramref name="name"/>, or null when the table has none of that name.</summary>
    public static ReportStep? Parse(ReportRoute route, string name) =>
        For(route).Steps.Cast<ReportStep?>().FirstOrDefault(s => Name(s!.Value) == name);

    /// <summary>The row of a step by name: its from-states, to-state and permission; null when the table has no such step.</summary>
    public static StepRule<ReportStatus>? Step(ReportRoute route, string step) => Parse(route, step) is { } s ? For(route)[s] : null;

    /// <summary>The steps <paramref name="role"/> may take on a report in <paramref name="status"/> (scope checked by the caller).</summary>
    public static IReadOnlyList<string> Allowed(ReportRoute route, ReportStatus status, string? role) =>
        [.. For(route).Open(status, role).Select(Name)];

    /// <summary>The steps <paramref name="user"/> may take on the report (<paramref name="target"/>: its park or region) in <paramref name="status"/>.</summary>
    public static IReadOnlyList<string> Allowed(ReportRoute route, ReportStatus status, AccessScope user, ScopeTarget target) =>
        [.. For(route).Open(status, user, target).Select(Name)];

    /// <summary>Whether <paramref name="role"/> reviews reports of <paramref name="route"/> in <paramref name="status"/>: a step other than submitting is open to it.</summary>
    public static bool Reviews(ReportRoute route, ReportStatus status, string? role) =>
        For(route).Open(status, role).Any(s => s != ReportStep.Submit && s != ReportStep.Reopen);

    public static bool NeedsReason(string step) => step is "city-return" or "province-return" or "nation-return" or "reopen";
}

/// <summary>
/// The steps up the hierarchy (<see cref="ReportFlow"/>): the park (or city) submits; the city accepts or returns a park's
/// report with reasons; the province accepts (the report is then locked) or returns; the province may reopen an accepted
/// report, with a reason. Each step is allowed only to the right role and scope and only from the right state; each is
/// recorded (who, when, why).
/// </summary>
public sealed class MoveReport(AppDbContext db)
{
    public async Task<Outcome<ReportDone>> ExecuteAsync(int reportId, string step, string? reason, AccessScope user, CancellationToken ct = default)
    {
        var report = await ReportAccess.LoadAsync(db, reportId, ct);
        if (report is null || await ReportAccess.CheckAsync(db, report, user, change: false, ct) != AccessOutcome.Allowed)
            return Failure.NotFound("Report.NotFound");
        var route = await ReportFlow.RouteAsync(db, report, ct);
        if (ReportFlow.Parse(route, step) is not { } known) return Failure.NotFound("Report.NoSuchStep", step);
        // The author submits its own report; the city, the province and the ministry act on reports within their region.
        switch (ReportFlow.For(route).Check(known, report.Status, user, await ReportAccess.TargetAsync(db, report, ct)))
        {
            case StepVerdict.WrongRole: return Failure.Forbidden;
            case StepVerdict.WrongState: return ReportAccess.Refused(report, (route, step) switch
            {
                (ReportRoute.ParkToProvince, "province-accept" or "province-return") => "city-accept",
                (ReportRoute.CityToProvince, "province-accept" or "province-return") => "city-submit",
                (ReportRoute.UnitToNation, "reopen") => "nation-reopen",
                _ => step,
            });
        }
        if (ReportFlow.NeedsReason(step) && string.IsNullOrWhiteSpace(reason))
            return Failure.Invalid("reason", "Report.ReasonRequired");
        var latest = report.Versions.OrderBy(v => v.Number).LastOrDefault();
        if (latest is null) return ReportAccess.Refused(report, "Edit");
        var now = db.Clock.GetUtcNow().UtcDateTime;
        if (step == "submit")
        {
            latest.Submitted = true;
            report.FirstSubmittedAtUtc ??= now;
        }
        report.Status = ReportFlow.For(route)[known].To!.Value;
        report.Events.Add(new ReportEvent { Action = step, Actor = user.Name, AtUtc = now, Reason = reason?.Trim() ?? "", VersionNumber = latest.Number });
        return await ReportAccess.SaveAsync(db, report, ct);
    }
}
