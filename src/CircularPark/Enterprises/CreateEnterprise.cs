using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Enterprises;

/// <summary>Adds an enterprise (with its streams, users and inputs) to a park the user may change.</summary>
public sealed class CreateEnterprise(AppDbContext db)
{
    public async Task<Outcome<Saved>> ExecuteAsync(int parkId, EnterpriseDraft draft, AccessScope user, CancellationToken ct = default)
    {
        var access = await ParkRights.LoadAsync(db, parkId, user, ct);
        if (access is null) return Failure.NotFound("Park.NotFound", parkId);
        if (!access.CanChange) return Failure.Forbidden;
        var others = await db.Enterprises.Where(e => e.ParkId == parkId).ToDictionaryAsync(e => e.Id, ct);
        var errors = EnterpriseRules.ValidateInPark(draft, others);
        if (errors.Count > 0) return Failure.Invalid(errors);

        var enterprise = new Enterprise { ParkId = parkId, Name = "", IndustryCode = "" };
        new EnterpriseWriter(db).Apply(enterprise, draft, s => EnterpriseUses.Resolve(s, others), keepMissing: false);
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(ct);
        return new Saved(enterprise.Id, enterprise.Version);
    }
}

/// <summary>Resolves the users a draft stream names by id among the park's other (tracked) enterprises.</summary>
internal static class EnterpriseUses
{
    public static IReadOnlyList<ResolvedUse> Resolve(StreamDraft stream, IReadOnlyDictionary<int, Enterprise> others) =>
        (stream.Uses ?? []).Select(u => new ResolvedUse(u.EnterpriseId is { } id ? others[id] : null, EnterpriseWriter.Clean(u.OutsideUser), u.Quantity)).ToList();
}
