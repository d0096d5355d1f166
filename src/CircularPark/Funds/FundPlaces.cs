using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Funds;

/// <summary>A park as the funds scope rules need it: its name and its current region (path, and the city it lies in).</summary>
public sealed record FundPark(int Id, string Name, string? Path, string City);

/// <summary>
/// Parks' current regions by SQL (memberships valid today, China time), and which parks a user's funds lists hold:
/// officials the parks whose region path starts with theirs, park users their own park (ADR 0043).
/// </summary>
public static class FundPlaces
{
    public static async Task<IReadOnlyDictionary<int, FundPark>> ParksAsync(AppDbContext db, IReadOnlyCollection<int>? ids, string? within, CancellationToken ct)
    {
        var today = db.Clock.Today();
        var memberships = db.ParkRegionMemberships.AsNoTracking()
            .Where(m => (m.ValidFrom == null || m.ValidFrom <= today) && (m.ValidTo == null || today < m.ValidTo));
        if (ids is not null) memberships = memberships.Where(m => ids.Contains(m.ParkId));
        if (within is { Length: > 0 }) memberships = memberships.Where(m => EF.Functions.Like(m.Region!.Path, within + "%"));
        var rows = await memberships.Select(m => new { m.ParkId, m.Region!.Path }).ToListAsync(ct);
        var parkIds = rows.Select(r => r.ParkId).Distinct().ToList();
        var names = await db.Parks.AsNoTracking().Where(p => parkIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var cityCodes = rows.Select(r => CityCode(r.Path)).OfType<string>().Distinct().ToList();
        var cities = await db.Regions.AsNoTracking().Where(r => cityCodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.NameZh, ct);
        return rows.GroupBy(r => r.ParkId).ToDictionary(g => g.Key, g =>
        {
            var path = g.First().Path;
            return new FundPark(g.Key, names.GetValueOrDefault(g.Key, ""), path, CityCode(path) is { } c ? cities.GetValueOrDefault(c, "") : "");
        });
    }

    public static async Task<FundPark?> ParkAsync(AppDbContext db, int parkId, CancellationToken ct)
    {
        var found = await ParksAsync(db, [parkId], null, ct);
        if (found.TryGetValue(parkId, out var park)) return park;
        var name = await db.Parks.AsNoTracking().Where(p => p.Id == parkId).Select(p => p.Name).SingleOrDefaultAsync(ct);
        return name is null ? null : new FundPark(parkId, name, null, "");
    }

    /// <summary>The parks whose funds <paramref name="user"/> may read (null: every park, for admins and the ministry).</summary>
    public static async Task<IReadOnlyDictionary<int, FundPark>> VisibleAsync(AppDbContext db, AccessScope user, CancellationToken ct)
    {
        if (!Permissions.FundsRead.IsFor(user.Role)) return new Dictionary<int, FundPark>();
        if (user.ParkId is { } own) return await ParksAsync(db, [own], null, ct);
        return await ParksAsync(db, null, user.Unbounded ? null : user.RegionPath ?? "\u0001", ct);
    }

    /// <summary>The city's code in a region path (<c>/000000/440000/441800/441881/</c> → 441800), if the path reaches a city.</summary>
    public static string? CityCode(string? path) => path?.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 3 } parts ? parts[2] : null;

    /// <summary>Whether a path lies within another (prefix), as the scope rules decide.</summary>
    public static bool Within(string? path, string? ancestor) =>
        path is { Length: > 0 } && ancestor is { Length: > 0 } && path.StartsWith(ancestor, StringComparison.Ordinal);
}
