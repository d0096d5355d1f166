using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Compliance;

public sealed record AuditView(int Id, int EnterpriseId, string Enterprise, int Year, AuditType Type, AuditStage Stage, string? Auditor,
    DateOnly? AcceptedOn, string? Result, long Version);

public sealed record InspectionView(int Id, int EnterpriseId, string Enterprise, InspectionKind Kind, DateOnly InspectedOn, string? Inspector,
    string Findings, DateOnly? RectificationDueOn, DateOnly? ClosedOn, string? ClosureNote, bool Overdue, long Version);

public sealed record EiaView(int Id, string ReportTitle, string ApprovalNumber, DateOnly ApprovedOn, DateOnly? ValidUntil, DateOnly? FollowUpDueOn,
    DateOnly? FollowUpDoneOn, string? Note, bool Valid, bool Expired, bool FollowUpOverdue, long Version);

public sealed record GreenView(int Id, int ParkId, int? EnterpriseId, string? Enterprise, GreenKind Kind, GreenLevel Level, int Year,
    string DocumentNumber, string? ProductName, long Version);

public sealed record EnvironmentalReportView(int Id, int Year, string Title, string Summary, DateOnly? PublishedOn, long Version);

/// <summary>A park's compliance registers, the coverage computed from its audits, and what the user may do with them.</summary>
public sealed record ParkComplianceView(int ParkId, string Park, DateOnly Today, IReadOnlyList<AuditView> Audits, IReadOnlyList<CoverageFigure> Coverage,
    IReadOnlyList<InspectionView> Inspections, IReadOnlyList<EiaView> Eias, IReadOnlyList<GreenView> Green, IReadOnlyList<EnvironmentalReportView> Reports,
    IReadOnlyList<EnterpriseOption> Enterprises, bool CanRecord, bool CanSupervise);

/// <summary>An enterprise of the park, for the registers' forms.</summary>
public sealed record EnterpriseOption(int Id, string Name);

/// <summary>Reads a park's registers (whoever may read the park's own data); overdue and expired flags by China-time today.</summary>
public sealed class GetParkCompliance(AppDbContext db)
{
    public async Task<Outcome<ParkComplianceView>> ExecuteAsync(int parkId, AccessScope user, CancellationToken ct = default)
    {
        var gate = await ComplianceGate.ParkAsync(db, parkId, user, Permissions.ParkRead, ct);
        if (gate.Failure is { } refused) return refused;
        var today = db.Clock.Today();
        var names = await db.Enterprises.AsNoTracking().Where(e => e.ParkId == parkId).OrderBy(e => e.Name)
            .Select(e => new { e.Id, e.Name }).ToListAsync(ct);
        var name = names.ToDictionary(e => e.Id, e => e.Name);
        var audits = (await db.CleanProductionAudits.AsNoTracking().Where(a => a.ParkId == parkId).ToListAsync(ct))
            .OrderByDescending(a => a.Year).ThenBy(a => name.GetValueOrDefault(a.EnterpriseId), StringComparer.Ordinal)
            .Select(a => new AuditView(a.Id, a.EnterpriseId, name.GetValueOrDefault(a.EnterpriseId, ""), a.Year, a.Type, a.Stage, a.Auditor,
                a.AcceptedOn, a.Result, a.Version)).ToList();
        var years = audits.Count == 0 ? [] : Enumerable.Range(audits.Min(a => a.Year), today.Year - audits.Min(a => a.Year) + 1).ToList();
        var coverage = (await CleanProductionCoverage.ComputeAsync(db, [parkId], years, ct)).Values.OrderByDescending(c => c.Year).ToList();
        var inspections = (await db.EnergyInspections.AsNoTracking().Where(i => i.ParkId == parkId).ToListAsync(ct))
            .OrderByDescending(i => i.InspectedOn).Select(i => new InspectionView(i.Id, i.EnterpriseId, name.GetValueOrDefault(i.EnterpriseId, ""),
                i.Kind, i.InspectedOn, i.Inspector, i.Findings, i.RectificationDueOn, i.ClosedOn, i.ClosureNote, i.IsOverdueOn(today), i.Version)).ToList();
        var eias = (await db.PlanningEias.AsNoTracking().Where(e => e.ParkId == parkId).ToListAsync(ct)).OrderByDescending(e => e.ApprovedOn)
            .Select(e => new EiaView(e.Id, e.ReportTitle, e.ApprovalNumber, e.ApprovedOn, e.ValidUntil, e.FollowUpDueOn, e.FollowUpDoneOn, e.Note,
                e.IsValidOn(today), e.IsExpiredOn(today), e.IsFollowUpOverdueOn(today), e.Version)).ToList();
        var reports = await db.EnvironmentalReports.AsNoTracking().Where(r => r.ParkId == parkId).OrderByDescending(r => r.Year)
            .Select(r => new EnvironmentalReportView(r.Id, r.Year, r.Title, r.Summary, r.PublishedOn, r.Version)).ToListAsync(ct);
        var target = gate.Value.Target;
        return new ParkComplianceView(parkId, gate.Value.Name, today, audits, coverage, inspections, eias,
            await GreenDesignations.ForParksAsync(db, [parkId], ct), reports, names.Select(e => new EnterpriseOption(e.Id, e.Name)).ToList(),
            user.Allows(Permissions.ComplianceRecord, target), user.Allows(Permissions.ComplianceSupervise, target));
    }
}

/// <summary>What anyone may read of a park's compliance: its green designations and its published environmental reports.</summary>
public sealed record PublicComplianceView(IReadOnlyList<GreenView> Green, IReadOnlyList<EnvironmentalReportView> Reports);

/// <summary>The public part of a park's compliance, for the park's public page (no sign-in).</summary>
public static class PublicCompliance
{
    public static async Task<PublicComplianceView> ForParkAsync(AppDbContext db, int parkId, CancellationToken ct) => new(
        await GreenDesignations.ForParksAsync(db, [parkId], ct),
        await db.EnvironmentalReports.AsNoTracking().Where(r => r.ParkId == parkId && r.PublishedOn != null).OrderByDescending(r => r.Year)
            .Select(r => new EnvironmentalReportView(r.Id, r.Year, r.Title, r.Summary, r.PublishedOn, r.Version)).ToListAsync(ct));
}
