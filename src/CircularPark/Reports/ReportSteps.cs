using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reports;

/// <summary>What a report step did: the outcome, errors or the reason it was refused, and the report's state after it.</summary>
public sealed record ReportResult(UpdateOutcome Outcome, IReadOnlyDictionary<string, Bilingual>? Errors = null, Bilingual? Message = null,
    int? ReportId = null, ReportStatus? Status = null);

/// <summary>Loads a report (or a park's report for a requirement and period) with the scope checks every step needs.</summary>
internal static class ReportAccess
{
    public static async Task<YearlyReport?> LoadAsync(AppDbContext db, int reportId, CancellationToken ct) =>
        await db.YearlyReports.Include(r => r.Versions).ThenInclude(v => v.Projects).Include(r => r.Events)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == reportId, ct);

    public static ReportResult Refused(YearlyReport report, string step) =>
        new(UpdateOutcome.Conflict, Message: Text.Get("Report.StepNotAllowed", Text.Label(report.Status).Zh, Text.Get($"Report.Needs.{step}").Zh, Text.Label(report.Status).En, Text.Get($"Report.Needs.{step}").En));
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
        if (requirement is null || requirement.From != ReportParty.Park || !requirement.DueDates().Any(d => d.Period == period))
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
        if (report.Status is not (ReportStatus.Draft or ReportStatus.Returned)) return ReportAccess.Refused(report, "Edit");
        var draft = report.Versions.OrderBy(v => v.Number).LastOrDefault();
        if (draft is null || draft.Submitted)
        {
            draft = new ReportVersion { Number = (draft?.Number ?? 0) + 1 };
            report.Versions.Add(draft);
        }
        else db.RemoveRange(draft.Projects);
        content.ApplyTo(draft);
        await db.SaveChangesAsync(ct);
        return new(UpdateOutcome.Updated, ReportId: report.Id, Status: report.Status);
    }
}

/// <summary>
/// The steps up the hierarchy: the park submits; the city accepts or returns with reasons; the province accepts (the
/// report is then locked) or returns; the province may reopen an accepted report, with a reason. Each step is allowed
/// only to the right role and scope and only from the right state; each is recorded (who, when, why).
/// </summary>
public sealed class MoveReport(AppDbContext db)
{
    public async Task<ReportResult> ExecuteAsync(int reportId, string step, string? reason, AccessScope user, CancellationToken ct = default)
    {
        var report = await ReportAccess.LoadAsync(db, reportId, ct);
        if (report is null) return new(UpdateOutcome.NotFound, Message: Text.Get("Report.NotFound"));
        var (see, _) = await ParkAccess.CheckAsync(db, report.ParkId, user, change: false, ct);
        if (see != AccessOutcome.Allowed) return new(UpdateOutcome.NotFound, Message: Text.Get("Report.NotFound"));
        var (from, to, role) = step switch
        {
            "submit" => (new[] { ReportStatus.Draft, ReportStatus.Returned }, ReportStatus.Submitted, Roles.Park),
            "city-accept" => ([ReportStatus.Submitted], ReportStatus.CityAccepted, Roles.City),
            "city-return" => ([ReportStatus.Submitted], ReportStatus.Returned, Roles.City),
            "province-accept" => ([ReportStatus.CityAccepted], ReportStatus.Accepted, Roles.Province),
            "province-return" => ([ReportStatus.CityAccepted], ReportStatus.Returned, Roles.Province),
            "reopen" => ([ReportStatus.Accepted], ReportStatus.Returned, Roles.Province),
            _ => (Array.Empty<ReportStatus>(), ReportStatus.Draft, ""),
        };
        if (role.Length == 0) return new(UpdateOutcome.NotFound, Message: Text.Get("Report.NoSuchStep", step));
        if (user.Role != role && user.Role != Roles.Admin) return new(UpdateOutcome.Forbidden);
        // The park submits its own report; the city and the province act on reports of parks in their region.
        if ((await ParkAccess.CheckAsync(db, report.ParkId, user, change: true, ct)).Outcome != AccessOutcome.Allowed) return new(UpdateOutcome.Forbidden);
        if (!from.Contains(report.Status)) return ReportAccess.Refused(report, step);
        if (step is "city-return" or "province-return" or "reopen" && string.IsNullOrWhiteSpace(reason))
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
        await db.SaveChangesAsync(ct);
        return new(UpdateOutcome.Updated, ReportId: report.Id, Status: report.Status);
    }
}
