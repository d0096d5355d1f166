using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
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
    public async Task<SaveResult> ExecuteAsync(int parkId, int id, AccessScope user, CancellationToken ct = default)
    {
        var access = await ParkRights.LoadAsync(db, parkId, user, ct);
        if (access is null) return SaveResult.NotFound;
        var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == id && e.ParkId == parkId, ct);
        if (enterprise is null) return SaveResult.NotFound;
        if (!access.CanChange) return SaveResult.Forbidden;
        if (await db.Exchanges.AnyAsync(x => x.SupplierId == id || x.ReceiverId == id, ct))
            return new SaveResult(UpdateOutcome.Conflict, new Dictionary<string, Bilingual> { ["id"] = Text.Get("Enterprise.HasExchanges", enterprise.Name) });
        if (await Compliance.ComplianceQueries.EnterpriseHasRecordsAsync(db, id, ct))
            return new SaveResult(UpdateOutcome.Conflict, new Dictionary<string, Bilingual> { ["id"] = Text.Get("Enterprise.HasComplianceRecords", enterprise.Name) });
        // Uses of other enterprises' streams by this one go with it (the database cascades them too; removing them here keeps the audit complete).
        db.StreamUses.RemoveRange(await db.StreamUses.Where(u => u.UserEnterpriseId == id).ToListAsync(ct));
        db.Enterprises.Remove(enterprise);
        await db.SaveChangesAsync(ct);
        return SaveResult.Saved(id, enterprise.Version);
    }
}
