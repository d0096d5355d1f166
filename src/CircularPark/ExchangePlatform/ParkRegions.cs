using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.ExchangePlatform;

/// <summary>
/// The names and current regions of the parks a question is about (the parties of a run, the parks of a page of listings),
/// with the cached region tree: loaded for those parks only, never the whole park table. Every decision is
/// <see cref="AccessScope.Allows"/>; a park not loaded is neither seen nor changed.
/// </summary>
internal sealed class ParkRegions
{
    private readonly Dictionary<int, (string Name, int? RegionId)> _parks;

    private ParkRegions(RegionTree tree, Dictionary<int, (string, int?)> parks) => (Tree, _parks) = (tree, parks);

    public RegionTree Tree { get; }

    /// <summary>The parks <paramref name="parkIds"/> (duplicates and unknown ids are fine).</summary>
    public static async Task<ParkRegions> LoadAsync(AppDbContext db, IEnumerable<int> parkIds, CancellationToken ct)
    {
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var today = db.Clock.Today();
        var ids = parkIds.Distinct().ToList();
        var parks = await db.Parks.AsNoTracking().Where(p => ids.Contains(p.Id)).Include(p => p.Memberships).ToListAsync(ct);
        return new ParkRegions(tree, parks.ToDictionary(p => p.Id, p => (p.Name, p.MembershipOn(today)?.RegionId)));
    }

    public bool Exists(int parkId) => _parks.ContainsKey(parkId);

    public string Name(int parkId) => _parks.TryGetValue(parkId, out var park) ? park.Name : "";

    public bool CanSee(AccessScope user, int parkId) => Allows(user, Permissions.ParkRead, parkId, null);

    public bool CanChange(AccessScope user, int parkId) => Allows(user, Permissions.ParkChange, parkId, null);

    /// <summary>May take part in the exchange for the park (an enterprise user: their own park's page).</summary>
    public bool CanTrade(AccessScope user, int parkId) => Allows(user, Permissions.ExchangeTrade, parkId, null);

    /// <summary>
    /// May speak for enterprise <paramref name="enterpriseId"/> of park <paramref name="parkId"/> on the exchange
    /// (<see cref="Permissions.ExchangeTrade"/>): an enterprise user for their own enterprise only; the park committee and
    /// officials for the enterprises of the parks in their scope.
    /// </summary>
    public bool CanTradeFor(AccessScope user, int enterpriseId, int parkId) => Allows(user, Permissions.ExchangeTrade, parkId, enterpriseId);

    public bool InRegion(int parkId, int regionId) =>
        _parks.TryGetValue(parkId, out var park) && park.RegionId is { } r && Tree.IsWithin(r, regionId);

    /// <summary><paramref name="permission"/> on the park, or on its enterprise <paramref name="enterpriseId"/>, as the permissions table judges it.</summary>
    public bool Allows(AccessScope user, Permission permission, int parkId, int? enterpriseId) =>
        _parks.TryGetValue(parkId, out var park) && user.Allows(permission, new ScopeTarget
        {
            ParkId = parkId, EnterpriseId = enterpriseId, RegionPath = Tree.PathOf(park.RegionId),
        });
}
