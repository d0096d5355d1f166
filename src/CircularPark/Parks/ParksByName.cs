using CircularPark.Data;
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
    /// The park other than <paramref name="exceptId"/> in force within the region whose path is <paramref name="cityPath"/> on
    /// <paramref name="day"/> that already has <paramref name="name"/> as its name or another name, if any.
    /// </summary>
    public static async Task<NamedPark?> TakenWithinAsync(AppDbContext db, string name, string cityPath, DateOnly day, int exceptId, CancellationToken ct)
    {
        var prefix = cityPath + "%";
        var parks = await db.Parks.AsNoTracking()
            .Where(p => p.Id != exceptId && p.Memberships.Any(m => (m.ValidFrom == null || m.ValidFrom <= day) && (m.ValidTo == null || day < m.ValidTo)
                && EF.Functions.Like(m.Region!.Path, prefix)))
            .Select(p => new { p.Id, p.Name, Aliases = p.Aliases.Select(a => a.Name).ToList() }).ToListAsync(ct);
        return parks.Where(p => ParkNames.Same(p.Name, name) || p.Aliases.Any(a => ParkNames.Same(a, name)))
            .Select(p => new NamedPark(p.Id, p.Name)).FirstOrDefault();
    }

    /// <summary>The one park of that name, or null when none or several have it.</summary>
    public static async Task<int?> SingleIdAsync(AppDbContext db, string? name, CancellationToken ct) =>
        await FindAsync(db, name, ct) is [var only] ? only.Id : null;
}
