using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Time;
using static CircularPark.Compliance.ComplianceRules;

namespace CircularPark.Compliance;

/// <summary>Records or corrects a clean-production audit of one of the park's enterprises (the park or an official above it).</summary>
public sealed class RecordAudit(AppDbContext db)
{
    public async Task<Outcome<ComplianceSaved>> ExecuteAsync(int parkId, int? id, AuditInput input, AccessScope user, CancellationToken ct = default)
    {
        if ((await ComplianceGate.ParkAsync(db, parkId, user, Permissions.ComplianceRecord, ct)).Failure is { } refused) return refused;
        var rules = new ComplianceRules(db.Clock.Today()).Year("year", input.Year).Defined("type", input.Type).Defined("stage", input.Stage)
            .Optional("auditor", input.Auditor).Optional("result", input.Result, ComplianceLimits.Text)
            .Check("acceptedOn", input.Stage != AuditStage.Accepted || input.AcceptedOn is not null, "Compliance.AcceptedOnRequired")
            .Check("acceptedOn", input.Stage == AuditStage.Accepted || input.AcceptedOn is null, "Compliance.AcceptedOnOnlyWhenAccepted")
            .NotFuture("acceptedOn", input.AcceptedOn);
        await ComplianceGate.CheckEnterpriseAsync(db, parkId, input.EnterpriseId, rules, ct);
        if (rules.Errors.Count > 0) return Failure.Invalid(rules.Errors);
        return await ComplianceGate.SaveAsync<CleanProductionAudit>(db, parkId, id, input.Version, a =>
        {
            (a.EnterpriseId, a.Year, a.Type, a.Stage) = (input.EnterpriseId, input.Year, input.Type, input.Stage);
            (a.Auditor, a.AcceptedOn, a.Result) = (Clean(input.Auditor), input.AcceptedOn, Clean(input.Result));
        }, user, ct);
    }
}

/// <summary>
/// Records an energy-saving inspection (现场看 / 随机看 / 回头看) with its findings and rectification deadline, or closes the
/// rectification: supervision is the officials' act (city, province), not the park's.
/// </summary>
public sealed class RecordInspection(AppDbContext db)
{
    public async Task<Outcome<ComplianceSaved>> ExecuteAsync(int parkId, int? id, InspectionInput input, AccessScope user, CancellationToken ct = default)
    {
        if ((await ComplianceGate.ParkAsync(db, parkId, user, Permissions.ComplianceSupervise, ct)).Failure is { } refused) return refused;
        var rules = new ComplianceRules(db.Clock.Today()).Defined("kind", input.Kind).Required("findings", input.Findings, ComplianceLimits.Text)
            .Optional("inspector", input.Inspector).Optional("closureNote", input.ClosureNote, ComplianceLimits.Text)
            .NotFuture("inspectedOn", input.InspectedOn).NotFuture("closedOn", input.ClosedOn)
            .NotBefore("rectificationDueOn", input.RectificationDueOn, input.InspectedOn, "Compliance.DueBeforeInspection")
            .NotBefore("closedOn", input.ClosedOn, input.InspectedOn, "Compliance.ClosedBeforeInspection")
            .Check("closedOn", input.ClosedOn is null || input.RectificationDueOn is not null, "Compliance.ClosedWithoutRectification");
        await ComplianceGate.CheckEnterpriseAsync(db, parkId, input.EnterpriseId, rules, ct);
        if (rules.Errors.Count > 0) return Failure.Invalid(rules.Errors);
        return await ComplianceGate.SaveAsync<EnergyInspection>(db, parkId, id, input.Version, i =>
        {
            (i.EnterpriseId, i.Kind, i.InspectedOn, i.Inspector, i.Findings) = (input.EnterpriseId, input.Kind, input.InspectedOn, Clean(input.Inspector), input.Findings!.Trim());
            (i.RectificationDueOn, i.ClosedOn, i.ClosureNote) = (input.RectificationDueOn, input.ClosedOn, Clean(input.ClosureNote));
        }, user, ct);
    }
}

/// <summary>Records the park's planning EIA: report, approving document and date, validity, follow-up evaluation.</summary>
public sealed class RecordPlanningEia(AppDbContext db)
{
    public async Task<Outcome<ComplianceSaved>> ExecuteAsync(int parkId, int? id, EiaInput input, AccessScope user, CancellationToken ct = default)
    {
        if ((await ComplianceGate.ParkAsync(db, parkId, user, Permissions.ComplianceRecord, ct)).Failure is { } refused) return refused;
        var rules = new ComplianceRules(db.Clock.Today()).Required("reportTitle", input.ReportTitle).Required("approvalNumber", input.ApprovalNumber, ComplianceLimits.Number)
            .Optional("note", input.Note, ComplianceLimits.Text).Check("approvedOn", input.ApprovedOn is not null, "Compliance.Required")
            .NotFuture("approvedOn", input.ApprovedOn).NotFuture("followUpDoneOn", input.FollowUpDoneOn)
            .NotBefore("validUntil", input.ValidUntil, input.ApprovedOn, "Compliance.ValidBeforeApproval")
            .NotBefore("followUpDueOn", input.FollowUpDueOn, input.ApprovedOn, "Compliance.FollowUpBeforeApproval");
        if (rules.Errors.Count > 0) return Failure.Invalid(rules.Errors);
        return await ComplianceGate.SaveAsync<PlanningEia>(db, parkId, id, input.Version, e =>
        {
            (e.ReportTitle, e.ApprovalNumber, e.ApprovedOn, e.ValidUntil) = (input.ReportTitle!.Trim(), input.ApprovalNumber!.Trim(), input.ApprovedOn!.Value, input.ValidUntil);
            (e.FollowUpDueOn, e.FollowUpDoneOn, e.Note) = (input.FollowUpDueOn, input.FollowUpDoneOn, Clean(input.Note));
        }, user, ct);
    }
}

/// <summary>Records a green designation from the ministry's or province's lists (officials record what the lists publish).</summary>
public sealed class RecordGreenDesignation(AppDbContext db)
{
    public async Task<Outcome<ComplianceSaved>> ExecuteAsync(int parkId, int? id, GreenInput input, AccessScope user, CancellationToken ct = default)
    {
        if ((await ComplianceGate.ParkAsync(db, parkId, user, Permissions.ComplianceSupervise, ct)).Failure is { } refused) return refused;
        var rules = new ComplianceRules(db.Clock.Today()).Defined("kind", input.Kind).Defined("level", input.Level).Year("year", input.Year)
            .Required("documentNumber", input.DocumentNumber, ComplianceLimits.Number).Optional("productName", input.ProductName)
            .Check("enterpriseId", input.Kind == GreenKind.Park || input.EnterpriseId is not null, "Compliance.EnterpriseRequired")
            .Check("enterpriseId", input.Kind != GreenKind.Park || input.EnterpriseId is null, "Compliance.GreenParkHasNoEnterprise")
            .Check("productName", input.Kind != GreenKind.Product || !string.IsNullOrWhiteSpace(input.ProductName), "Compliance.ProductRequired")
            .Check("year", input.Year <= db.Clock.Today().Year, "Compliance.YearInFuture");
        await ComplianceGate.CheckEnterpriseAsync(db, parkId, input.EnterpriseId, rules, ct);
        if (rules.Errors.Count > 0) return Failure.Invalid(rules.Errors);
        return await ComplianceGate.SaveAsync<GreenDesignation>(db, parkId, id, input.Version, g =>
        {
            (g.EnterpriseId, g.Kind, g.Level, g.Year) = (input.EnterpriseId, input.Kind, input.Level, input.Year);
            (g.DocumentNumber, g.ProductName) = (input.DocumentNumber!.Trim(), input.Kind == GreenKind.Product ? Clean(input.ProductName) : null);
        }, user, ct);
    }
}

/// <summary>
/// Writes the park's yearly environmental-management assessment report, and publishes it by giving the day it was made
/// public: a published report is public on the park's page and can no longer be changed (409).
/// </summary>
public sealed class RecordEnvironmentalReport(AppDbContext db)
{
    public async Task<Outcome<ComplianceSaved>> ExecuteAsync(int parkId, int? id, EnvironmentalReportInput input, AccessScope user, CancellationToken ct = default)
    {
        if ((await ComplianceGate.ParkAsync(db, parkId, user, Permissions.ComplianceRecord, ct)).Failure is { } refused) return refused;
        var rules = new ComplianceRules(db.Clock.Today()).Year("year", input.Year).Required("title", input.Title)
            .Required("summary", input.Summary, ComplianceLimits.Text).NotFuture("publishedOn", input.PublishedOn);
        if (rules.Errors.Count > 0) return Failure.Invalid(rules.Errors);
        if (id is null && await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
                db.EnvironmentalReports, r => r.ParkId == parkId && r.Year == input.Year, ct))
            return Failure.Conflict("Compliance.ReportExists", input.Year);
        return await ComplianceGate.SaveAsync<EnvironmentalReport>(db, parkId, id, input.Version, r =>
        {
            (r.Year, r.Title, r.Summary, r.PublishedOn) = (input.Year, input.Title!.Trim(), input.Summary!.Trim(), input.PublishedOn);
        }, user, ct, refuse: r => r.PublishedOn is not null ? Failure.Conflict("Compliance.ReportPublished", r.Year) : null);
    }
}
