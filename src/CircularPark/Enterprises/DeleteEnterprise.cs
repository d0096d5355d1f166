using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Enterprises;

/// <summary>
/// Removes an enterprise that left the park: its streams, inputs, offers and needs, and every use of a stream by it or
/// of its streams by others (a stream it used now has no user in the park: the chain-gap report shows it). An
/// enterprise with agreed exchanges or compliance records (audits, inspections, designations) stays (they are history): 409.
/// </summary>
public sealed class DeleteEnterprise(AppDbContext db)
{
    public async Task<Outcome<Saved>> ExecuteAsync(int parkId, int id, AccessScope user, CancellationToken ct = default)
    {
        var access = await ParkRights.LoadAsync(db, parkId, user, ct);
        if (access is null) return Failure.NotFound("Enterprise.NotFound", id);
        var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == id && e.ParkId == parkId, ct);
        if (enterprise is null) return Failure.NotFound("Enterprise.NotFound", id);
        if (!access.CanChange) return Failure.Forbidden;
        if (await db.Exchanges.AnyAsync(x => x.SupplierId == id || x.ReceiverId == id, ct))
            return Failure.Conflict(Text.Get("Enterprise.HasExchanges", enterprise.Name));
        if (await Compliance.ComplianceQueries.EnterpriseHasRecordsAsync(db, id, ct))
            return Failure.Conflict(Text.Get("Enterprise.HasComplianceRecords", enterprise.Name));
        // Uses of other enterprises' streams by this one go with it (the database cascades them too; removing them here keeps the audit complete).
        db.StreamUses.RemoveRange(await db.StreamUses.Where(u => u.UserEnterpriseId == id).ToListAsync(ct));
        db.Enterprises.Remove(enterprise);
        await db.SaveChangesAsync(ct);
        return new Saved(id, enterprise.Version);
    }
}
