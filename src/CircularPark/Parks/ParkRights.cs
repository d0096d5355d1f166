using CircularPark.Data;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Parks;

/// <summary>Everything one user may do with one park's non-public data (enterprises, chains, exchange), from its current region.</summary>
public sealed record ParkRights(int ParkId, string ParkName, int? RegionId, bool CanSee, bool CanChange, bool CanTrade)
{
    /// <summary>The park's rights for <paramref name="user"/>, or null when there is no such park.</summary>
    public static async Task<ParkRights?> LoadAsync(AppDbContext db, int parkId, AccessScope user, CancellationToken ct) =>
        await ParkAccess.FindAsync(db, parkId, ct) is { } p
            ? new ParkRights(p.ParkId, p.Name, p.RegionId, p.Allows(user, Permissions.ParkRead), p.Allows(user, Permissions.ParkChange),
                p.Allows(user, Permissions.ExchangeTrade))
            : null;

    /// <summary>The rights to the park of an enterprise, or null when there is no such enterprise.</summary>
    public static async Task<ParkRights?> ForEnterpriseAsync(AppDbContext db, int enterpriseId, AccessScope user, CancellationToken ct)
    {
        var parkId = await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => (int?)e.ParkId).SingleOrDefaultAsync(ct);
        return parkId is null ? null : await LoadAsync(db, parkId.Value, user, ct);
    }
}
