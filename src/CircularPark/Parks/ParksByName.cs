using CircularPark.Data;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Parks;

/// <summary>A park found by one of its names.</summary>
public sealed record NamedPark(int Id, string Name);

/// <summary>
/// Finds parks by a name as a file or a command gives it: the park's name or one of its other names. A park's name is
/// unique within its city only, so a name may mean several parks; callers report that and ask for the park's number.
/// </summary>
public static class ParksByName
{
    public static async Task<IReadOnlyList<NamedPark>> FindAsync(AppDbContext db, string? name, CancellationToken ct)
    {
        var written = (name ?? "").Trim();
        if (written.Length == 0) return [];
        return await db.Parks.AsNoTracking()
            .Where(p => p.Name == written || p.Aliases.Any(a => a.Name == written))
            .OrderBy(p => p.Id).Select(p => new NamedPark(p.Id, p.Name)).ToListAsync(ct);
    }

    /// <summary>
    /// Whether another park in force in <paramref name="park"/>'s city unit on <paramref name="day"/> already has
    /// <paramref name="name"/> as its name or another name: that park and the city, or null (also for a park without a
    /// region on that day).
    /// </summary>
    public static async Task<(NamedPark Other, Region City)?> TakenInCityAsync(AppDbContext db, RegionDirectory regions, Park park, string name,
        DateOnly day, CancellationToken ct)
    {
        if (park.MembershipOn(day) is not { } membership || regions.Find(membership.RegionId) is not { } region) return null;
        var city = regions.CityUnitOf(region) ?? region;
        var prefix = city.Path + "%";
        var parks = await db.Parks.AsNoTracking()
            .Where(p => p.Id != park.Id && p.Memberships.Any(m => (m.ValidFrom == null || m.ValidFrom <= day) && (m.ValidTo == null || day < m.ValidTo)
                && EF.Functions.Like(m.Region!.Path, prefix)))
            .Select(p => new { p.Id, p.Name, Aliases = p.Aliases.Select(a => a.Name).ToList() }).ToListAsync(ct);
        return parks.FirstOrDefault(p => ParkNames.Same(p.Name, name) || p.Aliases.Any(a => ParkNames.Same(a, name))) is { } other
            ? (new NamedPark(other.Id, other.Name), city) : null;
    }

    /// <summary>The one park of that name, or null when none or several have it.</summary>
    public static async Task<int?> SingleIdAsync(AppDbContext db, string? name, CancellationToken ct) =>
        await FindAsync(db, name, ct) is [var only] ? only.Id : null;
}
