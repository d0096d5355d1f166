using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Compliance;

/// <summary>A park as the permissions table judges it: its name and its current region's path (ADR 0043).</summary>
public sealed record ParkInScope(int ParkId, string Name, string? RegionPath)
{
    public ScopeTarget Target => ScopeTarget.Park(ParkId, RegionPath);
}

/// <summary>Parks by their current region's materialised path: one park, or every park within a region (a prefix query).</summary>
public static class ParkScope
{
    /// <summary>The park with its current region path, or null when there is no such park.</summary>
    public static async Task<ParkInScope?> FindAsync(AppDbContext db, int parkId, CancellationToken ct)
    {
        var today = db.Clock.Today();
        return await db.Parks.AsNoTracking().Where(p => p.Id == parkId)
            .Select(p => new ParkInScope(p.Id, p.Name, p.Memberships
                .Where(m => (m.ValidFrom == null || m.ValidFrom <= today) && (m.ValidTo == null || today < m.ValidTo))
                .Select(m => m.Region!.Path).FirstOrDefault()))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>The parks whose current region lies within <paramref name="regionPath"/>, with their paths.</summary>
    public static async Task<List<ParkInScope>> WithinAsync(AppDbContext db, string regionPath, CancellationToken ct)
    {
        var today = db.Clock.Today();
        var prefix = regionPath + "%";
        return await db.ParkRegionMemberships.AsNoTracking()
            .Where(m => (m.ValidFrom == null || m.ValidFrom <= today) && (m.ValidTo == null || today < m.ValidTo))
            .Where(m => EF.Functions.Like(m.Region!.Path, prefix))
            .OrderBy(m => m.ParkId)
            .Select(m => new ParkInScope(m.ParkId, db.Parks.Where(p => p.Id == m.ParkId).Select(p => p.Name).First(), m.Region!.Path))
            .ToListAsync(ct);
    }

    /// <summary>The parks of <paramref name="parks"/> that <paramref name="user"/> may take <paramref name="permission"/> on.</summary>
    public static List<ParkInScope> Allowed(IEnumerable<ParkInScope> parks, AccessScope user, Permission permission) =>
        parks.Where(p => user.Allows(permission, p.Target)).ToList();
}
