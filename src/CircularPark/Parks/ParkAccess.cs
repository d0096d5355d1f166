using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Parks;

/// <summary>What one user may do with one park's non-public data (enterprises, chains, exchange), from its current region.</summary>
public sealed record ParkAccess(int ParkId, string ParkName, int? RegionId, bool CanSee, bool CanChange, bool CanTrade)
{
    /// <summary>The park's access for <paramref name="user"/>, or null when there is no such park.</summary>
    public static async Task<ParkAccess?> LoadAsync(AppDbContext db, int parkId, AccessScope user, CancellationToken ct)
    {
        var park = await db.Parks.AsNoTracking().Include(p => p.Memberships).SingleOrDefaultAsync(p => p.Id == parkId, ct);
        if (park is null) return null;
        var tree = new RegionTree(await db.Regions.AsNoTracking().ToListAsync(ct));
        var region = park.MembershipOn(DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime))?.RegionId;
        return new ParkAccess(park.Id, park.Name, region, user.CanSeePark(tree, park.Id, region),
            user.CanChangePark(tree, park.Id, region), user.CanTradeForPark(tree, park.Id, region));
    }

    /// <summary>The access to the park of an enterprise, or null when there is no such enterprise.</summary>
    public static async Task<ParkAccess?> ForEnterpriseAsync(AppDbContext db, int enterpriseId, AccessScope user, CancellationToken ct)
    {
        var parkId = await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => (int?)e.ParkId).SingleOrDefaultAsync(ct);
        return parkId is null ? null : await LoadAsync(db, parkId.Value, user, ct);
    }
}
