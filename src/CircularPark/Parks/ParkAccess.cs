using CircularPark.Outcomes;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Parks;

/// <summary>Outcome of asking whether a user may see or change a park's data.</summary>
public enum AccessOutcome
{
    Allowed,
    NotFound,
    Forbidden,
}

public static class AccessOutcomes
{
    /// <summary>A refused access as a use case's failure: <paramref name="notFound"/> when there is no such thing, else 403.</summary>
    public static Failure Refusal(this AccessOutcome access, Failure notFound) =>
        access == AccessOutcome.NotFound ? notFound : Failure.Forbidden;
}

/// <summary>A park's place in the region tree, as the scope checks need it.</summary>
public sealed record ParkPlace(int ParkId, string Name, int? RegionId, IReadOnlyList<string> RegionPath, RegionTree Tree)
{
    /// <summary>The park's current region lies within <paramref name="regionId"/> (a campaign's scope, say).</summary>
    public bool LiesWithin(int regionId) => RegionId is { } region && Tree.IsWithin(region, regionId);

    /// <summary>The park as the permissions table judges it: its id and its current region's path.</summary>
    public ScopeTarget Target => ScopeTarget.Park(ParkId, Tree.PathOf(RegionId));

    /// <summary>Whether <paramref name="user"/> may take <paramref name="permission"/> on this park (<see cref="AccessScope.Allows"/>).</summary>
    public bool Allows(AccessScope user, Permission permission) => user.Allows(permission, Target);
}

/// <summary>Loads a park with its current region and checks the user's scope, for every feature that holds park data.</summary>
public static class ParkAccess
{
    public static async Task<(AccessOutcome Outcome, ParkPlace? Place)> CheckAsync(
        AppDbContext db, int parkId, AccessScope user, bool change, CancellationToken ct)
    {
        var place = await FindAsync(db, parkId, ct);
        if (place is null) return (AccessOutcome.NotFound, null);
        return place.Allows(user, change ? Permissions.ParkChange : Permissions.ParkRead) ? (AccessOutcome.Allowed, place) : (AccessOutcome.Forbidden, null);
    }

    /// <summary>
    /// The park with its current region, or null when there is no such park (no scope check). Every request about a park
    /// asks this first, so it is kept by data version and China-time day (the current membership depends on the day; ADR 0090).
    /// </summary>
    public static async Task<ParkPlace?> FindAsync(AppDbContext db, int parkId, CancellationToken ct) =>
        (await CachedReads.GetLightAsync(db, "park-place", parkId.ToString(System.Globalization.CultureInfo.InvariantCulture), daily: true,
            async () => new Found<ParkPlace>(await LoadAsync(db, parkId, CancellationToken.None)), ct)).Value;

    private static async Task<ParkPlace?> LoadAsync(AppDbContext db, int parkId, CancellationToken ct)
    {
        var park = await db.Parks.AsNoTracking().Include(p => p.Memberships).SingleOrDefaultAsync(p => p.Id == parkId, ct);
        if (park is null) return null;
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var region = park.MembershipOn(db.Clock.Today())?.RegionId;
        return new ParkPlace(parkId, park.Name, region, RegionPath(tree, region), tree);
    }

    /// <summary>
    /// The parks whose non-public data <paramref name="user"/> may see, among <paramref name="among"/> (all parks when null),
    /// judged by each park's current region: the one rule for lists, roll-ups and reminders, as SQL (<see cref="ParkScope.VisibleTo"/>).
    /// </summary>
    public static async Task<HashSet<int>> VisibleParkIdsAsync(AppDbContext db, AccessScope user, IReadOnlyCollection<int>? among, CancellationToken ct)
    {
        var parks = db.Parks.AsNoTracking().VisibleTo(user, db.Clock.Today());
        if (among is not null) parks = parks.Where(p => among.Contains(p.Id));
        return [.. await parks.Select(p => p.Id).ToListAsync(ct)];
    }

    /// <summary>Region codes from the most specific up to the nation (for region-specific grid factors).</summary>
    public static IReadOnlyList<string> RegionPath(RegionTree tree, int? regionId)
    {
        var path = new List<string>();
        for (var r = regionId is { } id ? tree.Find(id) : null; r is not null; r = r.ParentId is { } p ? tree.Find(p) : null)
            path.Add(r.Code);
        return path;
    }
}
