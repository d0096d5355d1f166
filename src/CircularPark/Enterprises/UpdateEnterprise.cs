using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Enterprises;

/// <summary>Replaces an enterprise's facts, streams, users and inputs, if the user may change its park and nobody
/// changed it since <see cref="EnterpriseDraft.Version"/>.</summary>
public sealed class UpdateEnterprise(AppDbContext db)
{
    public async Task<Outcome<Saved>> ExecuteAsync(int parkId, int id, EnterpriseDraft draft, AccessScope user, CancellationToken ct = default)
    {
        var access = await ParkRights.LoadAsync(db, parkId, user, ct);
        if (access is null) return Failure.NotFound("Enterprise.NotFound", id);
        var enterprise = await db.Enterprises.Include(e => e.Streams).ThenInclude(s => s.Uses).Include(e => e.Inputs)
            .SingleOrDefaultAsync(e => e.Id == id && e.ParkId == parkId, ct);
        if (enterprise is null) return Failure.NotFound("Enterprise.NotFound", id);
        if (!access.CanChange) return Failure.Forbidden;
        var others = await db.Enterprises.Where(e => e.ParkId == parkId && e.Id != id).ToDictionaryAsync(e => e.Id, ct);
        var errors = EnterpriseRules.ValidateInPark(draft, others);
        if (errors.Count > 0) return Failure.Invalid(errors);
        if (draft.Version != enterprise.Version) return Failure.Conflict("Enterprise.Conflict", id);

        db.Entry(enterprise).Property(e => e.Version).OriginalValue = draft.Version;
        if (!new EnterpriseWriter(db).Apply(enterprise, draft, s => EnterpriseUses.Resolve(s, others), keepMissing: false))
            return new Saved(id, enterprise.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("Enterprise.Conflict", id);
        }
        return new Saved(id, enterprise.Version);
    }
}
