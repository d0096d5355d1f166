using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Parks;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Compliance;

/// <summary>What is overdue: a rectification past its deadline, a planning EIA past its validity, a follow-up evaluation past due.</summary>
public enum AlertKind
{
    /// <summary>整改逾期.</summary>
    RectificationOverdue = 1,
    /// <summary>规划环评已过有效期.</summary>
    EiaExpired = 2,
    /// <summary>规划环评跟踪评价逾期.</summary>
    FollowUpOverdue = 3,
}

/// <summary>One overdue compliance item of a park: what, which entry, due when, and a short subject (enterprise or document).</summary>
public sealed record ComplianceAlert(AlertKind Kind, int ParkId, string Park, int RecordId, string Subject, DateOnly DueOn);

/// <summary>
/// The overdue compliance items a user should act on, for the inbox, judged by China-time today: officials see those of the
/// parks within their region, park users their own park's. A planning EIA counts as expired only when no later EIA of
/// the park is in force.
/// </summary>
public sealed class GetComplianceAlerts(AppDbContext db)
{
    public async Task<IReadOnlyList<ComplianceAlert>> ExecuteAsync(AccessScope user, CancellationToken ct = default)
    {
        var parks = await ParksAsync(user, ct);
        if (parks.Count == 0) return [];
        var ids = parks.Keys.ToList();
        var today = db.Clock.Today();
        var alerts = new List<ComplianceAlert>();
        var inspections = await db.EnergyInspections.AsNoTracking()
            .Where(i => ids.Contains(i.ParkId) && i.ClosedOn == null && i.RectificationDueOn != null && i.RectificationDueOn < today)
            .Select(i => new { i.Id, i.ParkId, i.RectificationDueOn, Enterprise = db.Enterprises.Where(e => e.Id == i.EnterpriseId).Select(e => e.Name).First() })
            .ToListAsync(ct);
        alerts.AddRange(inspections.Select(i => new ComplianceAlert(AlertKind.RectificationOverdue, i.ParkId, parks[i.ParkId], i.Id, i.Enterprise, i.RectificationDueOn!.Value)));
        foreach (var byPark in (await db.PlanningEias.AsNoTracking().Where(e => ids.Contains(e.ParkId)).ToListAsync(ct)).GroupBy(e => e.ParkId))
        {
            if (!byPark.Any(e => e.IsValidOn(today)) && byPark.MaxBy(e => e.ApprovedOn) is { } latest && latest.IsExpiredOn(today))
                alerts.Add(new ComplianceAlert(AlertKind.EiaExpired, latest.ParkId, parks[latest.ParkId], latest.Id, latest.ApprovalNumber, latest.ValidUntil!.Value));
            alerts.AddRange(byPark.Where(e => e.IsFollowUpOverdueOn(today)).Select(e =>
                new ComplianceAlert(AlertKind.FollowUpOverdue, e.ParkId, parks[e.ParkId], e.Id, e.ApprovalNumber, e.FollowUpDueOn!.Value)));
        }
        return alerts.OrderBy(a => a.DueOn).ThenBy(a => a.ParkId).ToList();
    }

    /// <summary>The parks whose registers the user keeps or supervises, by id → name.</summary>
    private async Task<Dictionary<int, string>> ParksAsync(AccessScope user, CancellationToken ct)
    {
        // ComplianceRecord is judged on the park like ParkRead, so its parks are the parks the user may see (in SQL).
        if (!user.Holds(Permissions.ComplianceRecord)) return [];
        return await db.Parks.AsNoTracking().VisibleTo(user, db.Clock.Today()).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
    }
}
