using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Compliance;

/// <summary>An entry saved: its id and the version to send with the next change.</summary>
public sealed record ComplianceSaved(int Id, long Version);

/// <summary>What every register use case does first (find the park, ask the permissions table) and last (one audited save).</summary>
internal static class ComplianceGate
{
    /// <summary>The park, when the user may take <paramref name="permission"/> on it: 404 for no such park, 403 out of scope.</summary>
    public static async Task<Outcome<ParkInScope>> ParkAsync(AppDbContext db, int parkId, AccessScope user, Permission permission, CancellationToken ct)
    {
        var park = await ParkScope.FindAsync(db, parkId, ct);
        if (park is null) return Failure.NotFound("Compliance.ParkNotFound", parkId);
        return user.Allows(permission, park.Target) ? park : Failure.Forbidden;
    }

    /// <summary>Adds an error on <c>enterpriseId</c> unless the enterprise is in the park's register.</summary>
    public static async Task CheckEnterpriseAsync(AppDbContext db, int parkId, int? enterpriseId, ComplianceRules rules, CancellationToken ct)
    {
        if (enterpriseId is not { } id) return;
        if (!await db.Enterprises.AnyAsync(e => e.Id == id && e.ParkId == parkId, ct))
            rules.Errors.TryAdd("enterpriseId", Localization.Text.Get("Compliance.UnknownEnterprise", id));
    }

    /// <summary>
    /// Creates (<paramref name="id"/> null) or updates an entry of the park with <paramref name="apply"/>, stamping who and
    /// when; an update names the version it read, and a stale one is a 409. One save, audited.
    /// </summary>
    public static async Task<Outcome<ComplianceSaved>> SaveAsync<T>(AppDbContext db, int parkId, int? id, long? version, Action<T> apply,
        AccessScope user, CancellationToken ct, Func<T, Failure?>? refuse = null) where T : ComplianceRecord, new()
    {
        var set = db.Set<T>();
        T? record;
        if (id is null)
        {
            record = new T { ParkId = parkId };
            set.Add(record);
        }
        else
        {
            record = await set.SingleOrDefaultAsync(r => r.Id == id && r.ParkId == parkId, ct);
            if (record is null) return Failure.NotFound("Compliance.NotFound", id);
            if (refuse?.Invoke(record) is { } refusal) return refusal;
            if (version is { } v) db.Entry(record).Property(r => r.Version).OriginalValue = v;
        }
        apply(record);
        record.UpdatedBy = user.Name;
        record.UpdatedAtUtc = db.Clock.UtcNow();
        return await db.TrySaveChangesAsync(() => new ComplianceSaved(record.Id, record.Version), ct);
    }
}

/// <summary>Small questions other features ask of the registers.</summary>
public static class ComplianceQueries
{
    /// <summary>Whether an enterprise has audits, inspections or designations on record (they keep it from being deleted).</summary>
    public static async Task<bool> EnterpriseHasRecordsAsync(AppDbContext db, int enterpriseId, CancellationToken ct) =>
        await db.CleanProductionAudits.AnyAsync(a => a.EnterpriseId == enterpriseId, ct)
        || await db.EnergyInspections.AnyAsync(i => i.EnterpriseId == enterpriseId, ct)
        || await db.GreenDesignations.AnyAsync(g => g.EnterpriseId == enterpriseId, ct);
}
