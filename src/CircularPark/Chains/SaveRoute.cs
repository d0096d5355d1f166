using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Chains;

/// <summary>
/// Adds a route (<c>id</c> null) or changes one, for province users. A new route with the category and use of a
/// withdrawn one brings it back; one that duplicates a route in force is refused.
/// </summary>
public sealed class SaveRoute(AppDbContext db)
{
    public async Task<Outcome<Saved>> ExecuteAsync(int? id, RouteDraft draft, AccessScope user, CancellationToken ct = default)
    {
        if (!user.Allows(Permissions.RoutesEdit, ScopeTarget.None)) return Failure.Forbidden;
        var route = id is null ? null : await db.UtilisationRoutes.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (id is not null && route is null) return Failure.NotFound("Route.NotFound", id ?? 0);
        var errors = draft.Validate();
        if (errors.Count > 0) return Failure.Invalid(errors);
        var (category, use) = (draft.MaterialCategory.Trim(), draft.UseZh.Trim());
        var same = await db.UtilisationRoutes.SingleOrDefaultAsync(r => r.MaterialCategory == category && r.UseZh == use && r.Id != id, ct);
        if (same is not null && (route is not null || !same.Withdrawn))
            return Failure.Invalid(new Dictionary<string, Bilingual> { ["useZh"] = Text.Get("Rule.route-exists", category, use) });
        if (route is not null)
        {
            if (draft.Version != route.Version) return Failure.Conflict("Route.Conflict", id ?? 0);
            db.Entry(route).Property(r => r.Version).OriginalValue = draft.Version;
        }
        route ??= same ?? db.UtilisationRoutes.Add(new UtilisationRoute { MaterialCategory = "", CategoryZh = "", CategoryEn = "", UseZh = "", UseEn = "" }).Entity;
        if (!draft.ApplyTo(route)) return new Saved(route.Id, route.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("Route.Conflict", id ?? 0);
        }
        return new Saved(route.Id, route.Version);
    }
}

/// <summary>Withdraws a route (province users): it stays on record and no longer counts in gaps or matching.</summary>
public sealed class WithdrawRoute(AppDbContext db)
{
    public async Task<Outcome<Saved>> ExecuteAsync(int id, AccessScope user, CancellationToken ct = default)
    {
        if (!user.Allows(Permissions.RoutesEdit, ScopeTarget.None)) return Failure.Forbidden;
        var route = await db.UtilisationRoutes.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (route is null) return Failure.NotFound("Route.NotFound", id);
        if (!route.Withdrawn)
        {
            route.Withdrawn = true;
            await db.SaveChangesAsync(ct);
        }
        return new Saved(route.Id, route.Version);
    }
}
