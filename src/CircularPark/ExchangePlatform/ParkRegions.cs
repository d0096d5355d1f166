using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.ExchangePlatform;

/// <summary>Every park's name and current region with the region tree, for questions over many parks at once
/// (which listings a user may see, which parks a region's matching covers).</summary>
internal sealed class ParkRegions
{
    private readonly Dictionary<int, (string Name, int? RegionId)> _parks;

    private ParkRegions(RegionTree tree, Dictionary<int, (string, int?)> parks) => (Tree, _parks) = (tree, parks);

    public RegionTree Tree { get; }

    public static async Task<ParkRegions> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var today = db.Clock.Today();
        var parks = await db.Parks.AsNoTracking().Include(p => p.Memberships).ToListAsync(ct);
        return new ParkRegions(tree, parks.ToDictionary(p => p.Id, p => (p.Name, p.MembershipOn(today)?.RegionId)));
    }

    public bool Exists(int parkId) => _parks.ContainsKey(parkId);

    public string Name(int parkId) => _parks[parkId].Name;

    public bool CanSee(AccessScope user, int parkId) => user.CanSeePark(Tree, parkId, _parks[parkId].RegionId);

    public bool CanChange(AccessScope user, int parkId) => _parks.TryGetValue(parkId, out var park) && user.CanChangePark(Tree, parkId, park.RegionId);

    public bool CanTrade(AccessScope user, int parkId) => user.CanTradeForPark(Tree, parkId, _parks[parkId].RegionId);

    /// <summary>
    /// May speak for enterprise <paramref name="enterpriseId"/> of park <paramref name="parkId"/> on the exchange
    /// (<see cref="Permissions.ExchangeTrade"/>): an enterprise user for their own enterprise only; the park committee and
    /// officials for the enterprises of the parks in their scope.
    /// </summary>
    public bool CanTradeFor(AccessScope user, int enterpriseId, int parkId) =>
        _parks.TryGetValue(parkId, out var park) && user.Allows(Permissions.ExchangeTrade, new ScopeTarget
        {
            ParkId = parkId, EnterpriseId = enterpriseId, RegionPath = park.RegionId is { } r ? Tree.Find(r)?.Path : null,
        });

    public bool InRegion(int parkId, int regionId) => _parks[parkId].RegionId is { } r && Tree.IsWithin(r, regionId);
}
