using CircularPark.Time;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reports;

/// <summary>What a report step did: the outcome, errors or the reason it was refused, and the report's state after it.</summary>
public sealed record ReportResult(UpdateOutcome Outcome, IReadOnlyDictionary<string, Bilingual>? Errors = null, Bilingual? Message = null,
    int? ReportId = null, ReportStatus? Status = null);

/// <summary>Loads a report with the scope checks every step needs.</summary>
public static class ReportAccess
{
    public static async Task<YearlyReport?> LoadAsync(AppDbContext db, int reportId, CancellationToken ct) =>
        await db.YearlyReports.Include(r => r.Versions).ThenInclude(v => v.Projects).Include(r => r.Events)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == reportId, ct);

    public static ReportResult Refused(YearlyReport report, string step) =>
        new(UpdateOutcome.Conflict, Message: Text.Get("Report.StepNotAllowed", Text.Label(report.Status).Zh, Text.Get($"Report.Needs.{step}").Zh, Text.Label(report.Status).En, Text.Get($"Report.Needs.{step}").En));

    /// <summary>
    /// A park's report: the park rules (see, change). A city's report: regional officials within whose region the city
    /// lies, for seeing and changing alike (park users never see a city's report).
    /// </summary>
    public static async Task<AccessOutcome> CheckAsync(AppDbContext db, YearlyReport report, AccessScope user, bool change, CancellationToken ct)
    {
        if (report.ParkId is { } park) return (await ParkAccess.CheckAsync(db, park, user, change, ct)).Outcome;
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        return user.CanChangeRegion(tree, report.RegionId!.Value) ? AccessOutcome.Allowed : AccessOutcome.Forbidden;
    }

    /// <summary>Writes <paramref name="content"/> into the open draft version (a new version after a submission); only while draft or returned.</summary>
    public static async Task<ReportResult> WriteDraftAsync(AppDbContext db, YearlyReport report, ReportContent content, CancellationToken ct)
    {
        if (report.Status is not (ReportStatus.Draft or ReportStatus.Returned)) return Refused(report, "Edit");
        var draft = report.Versions.OrderBy(v => v.Number).LastOrDefault();
        if (draft is null || draft.Submitted)
        {
            draft = new ReportVersion { Number = (draft?.Number ?? 0) + 1 };
            report.Versions.Add(draft);
        }
        else db.RemoveRange(draft.Projects);
        content.ApplyTo(draft);
        return await SaveAsync(db, ct) ?? new(UpdateOutcome.Updated, ReportId: report.Id, Status: report.Status);
    }

    /// <summary>
    /// Saves, or answers 409 when someone else saved or moved the same report meanwhile (its version token, or the unique
    /// report per author, requirement and period when both created it): a double click never becomes a 500 or a second report.
    /// </summary>
    public static async Task<ReportResult?> SaveAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException failure) when (failure is DbUpdateConcurrencyException || Database.IsWriteConflict(failure))
        {
            return new(UpdateOutcome.Conflict, Message: Text.Get("Report.Concurrent"));
        }
    }
}

/// <summary>Saves the park's draft of its yearly report (creating the report on first save); only while draft or returned.</summary>
public sealed class SaveReportDraft(AppDbContext db)
{
    public async Task<ReportResult> ExecuteAsync(int parkId, int requirementId, int period, ReportContent content, AccessScope user, CancellationToken ct = default)
    {
        if (user.Role is not (Roles.Park or Roles.Admin)) return new(UpdateOutcome.Forbidden);
        var (access, _) = await ParkAccess.CheckAsync(db, parkId, user, change: true, ct);
        if (access != AccessOutcome.Allowed) return new(access == AccessOutcome.NotFound ? UpdateOutcome.NotFound : UpdateOutcome.Forbidden);
        var requirement = await db.ReportRequirements.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requirementId, ct);
        if (requirement is null || requirement.From != ReportParty.Park || !requirement.DueDates(db.Clock.Today()).Any(d => d.Period == period))
            return new(UpdateOutcome.NotFound, Message: Text.Get("Report.NoSuchPeriod", period));
        if (!await db.Participations.AnyAsync(p => p.ParkId == parkId && p.CampaignId == requirement.CampaignId, ct))
            return new(UpdateOutcome.NotFound, Message: Text.Get("Report.NotInCampaign"));
        var errors = content.Check();
        if (errors.Count > 0) return new(UpdateOutcome.Invalid, errors);

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

/// <summary>
/// The step table (ADR 0007, 0041): a park's report goes park → city → province; a city's report goes city → province.
/// Each step names the states it starts from, the state it leads to and the role that takes it.
/// </summary>
public static class ReportFlow
{
    public static (ReportStatus[] From, ReportStatus To, string Role)? Step(bool cityReport, string step) => (cityReport, step) switch
    {
        (false, "submit") => ([ReportStatus.Draft, ReportStatus.Returned], ReportStatus.Submitted, Roles.Park),
        (false, "city-accept") => ([ReportStatus.Submitted], ReportStatus.CityAccepted, Roles.City),
        (false, "city-return") => ([ReportStatus.Submitted], ReportStatus.Returned, Roles.City),
        (false, "province-accept") => ([ReportStatus.CityAccepted], ReportStatus.Accepted, Roles.Province),
        (false, "province-return") => ([ReportStatus.CityAccepted], ReportStatus.Returned, Roles.Province),
        (true, "submit") => ([ReportStatus.Draft, ReportStatus.Returned], ReportStatus.Submitted, Roles.City),
        (true, "province-accept") => ([ReportStatus.Submitted], ReportStatus.Accepted, Roles.Province),
        (true, "province-return") => ([ReportStatus.Submitted], ReportStatus.Returned, Roles.Province),
        (_, "reopen") => ([ReportStatus.Accepted], ReportStatus.Returned, Roles.Province),
        _ => null,
    };

    private static readonly string[] Steps = ["submit", "city-accept", "city-return", "province-accept", "province-return", "reopen"];

    /// <summary>The steps <paramref name="role"/> may take on a report in <paramref name="status"/>.</summary>
    public static IReadOnlyList<string> Allowed(bool cityReport, ReportStatus status, string? role) =>
        Steps.Where(s => Step(cityReport, s) is { } t && t.From.Contains(status) && (role == t.Role || role == Roles.Admin)).ToList();

    public static bool NeedsReason(string step) => step is "city-return" or "province-return" or "reopen";
}

/// <summary>
/// The steps up the hierarchy (<see cref="ReportFlow"/>): the park (or city) submits; the city accepts or returns a park's
/// report with reasons; the province accepts (the report is then locked) or returns; the province may reopen an accepted
/// report, with a reason. Each step is allowed only to the right role and scope and only from the right state; each is
/// recorded (who, when, why).
/// </summary>
public sealed class MoveReport(AppDbContext db)
{
    public async Task<ReportResult> ExecuteAsync(int reportId, string step, string? reason, AccessScope user, CancellationToken ct = default)
    {
        var report = await ReportAccess.LoadAsync(db, reportId, ct);
        if (report is null || await ReportAccess.CheckAsync(db, report, user, change: false, ct) != AccessOutcome.Allowed)
            return new(UpdateOutcome.NotFound, Message: Text.Get("Report.NotFound"));
        if (ReportFlow.Step(report.RegionId is not null, step) is not var (from, to, role)) return new(UpdateOutcome.NotFound, Message: Text.Get("Report.NoSuchStep", step));
        if (user.Role != role && user.Role != Roles.Admin) return new(UpdateOutcome.Forbidden);
        // The author submits its own report; the city and the province act on reports within their region.
        if (await ReportAccess.CheckAsync(db, report, user, change: true, ct) != AccessOutcome.Allowed) return new(UpdateOutcome.Forbidden);
        if (!from.Contains(report.Status))
            return ReportAccess.Refused(report, report.RegionId is not null && step.StartsWith("province", StringComparison.Ordinal) ? "city-submit" : step);
        if (ReportFlow.NeedsReason(step) && string.IsNullOrWhiteSpace(reason))
            return new(UpdateOutcome.Invalid, new Dictionary<string, Bilingual> { ["reason"] = Text.Get("Report.ReasonRequired") });
        var latest = report.Versions.OrderBy(v => v.Number).LastOrDefault();
        if (latest is null) return ReportAccess.Refused(report, "Edit");
        var now = db.Clock.GetUtcNow().UtcDateTime;
        if (step == "submit")
        {
            latest.Submitted = true;
            report.FirstSubmittedAtUtc ??= now;
        }
        report.Status = to;
        report.Events.Add(new ReportEvent { Action = step, Actor = user.Name, AtUtc = now, Reason = reason?.Trim() ?? "", VersionNumber = latest.Number });
        return await ReportAccess.SaveAsync(db, ct) ?? new(UpdateOutcome.Updated, ReportId: report.Id, Status: report.Status);
    }
}
