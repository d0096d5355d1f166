using CircularPark.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CircularPark.Regions;

/// <summary>
/// Holds the current <see cref="RegionDirectory"/> (a singleton of the host): loaded once, reloaded when regions change.
/// A save of this process that touches a region bumps <see cref="Generation"/> (AppDbContext calls
/// <see cref="RegionsChanged"/>); changes made by another process (the CLI, another node) are noticed by a cheap
/// fingerprint (count and sum of row versions) checked at most every <see cref="RecheckAfter"/>.
/// </summary>
public sealed class RegionDirectoryCache(TimeProvider? clock = null)
{
    private static long s_generation;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private Snapshot? _current;

    public static TimeSpan RecheckAfter { get; } = TimeSpan.FromSeconds(30);

    /// <summary>Bumped whenever this process saves a change to a region.</summary>
    public static long Generation => Interlocked.Read(ref s_generation);

    public static void RegionsChanged() => Interlocked.Increment(ref s_generation);

    /// <summary>The current snapshot, loading it when there is none or the regions changed.</summary>
    public async Task<RegionDirectory> GetAsync(AppDbContext db, CancellationToken ct = default)
    {
        var current = _current;
        var generation = Generation;
        if (current is not null && current.Generation == generation)
        {
            if (_clock.GetElapsedTime(current.CheckedAt) < RecheckAfter) return current.Directory;
            if (await FingerprintAsync(db, ct) == current.Fingerprint)
            {
                _current = current with { CheckedAt = _clock.GetTimestamp() };
                return current.Directory;
            }
        }
        var regions = await db.Regions.AsNoTracking().ToListAsync(ct);
        var loaded = new Snapshot(new RegionDirectory(regions), generation, (regions.Count, regions.Sum(r => r.Version)), _clock.GetTimestamp());
        _current = loaded;
        return loaded.Directory;
    }

    private static async Task<(int, long)> FingerprintAsync(AppDbContext db, CancellationToken ct)
    {
        var count = await db.Regions.CountAsync(ct);
        var versions = count == 0 ? 0 : await db.Regions.SumAsync(r => r.Version, ct);
        return (count, versions);
    }

    private sealed record Snapshot(RegionDirectory Directory, long Generation, (int, long) Fingerprint, long CheckedAt);
}

/// <summary>The region directory of the host a context belongs to.</summary>
public static class RegionDirectoryAccess
{
    /// <summary>
    /// The cached directory (<see cref="RegionDirectoryCache"/>, the application's singleton) for names, roll-ups and pickers:
    /// no region rows are read per request. A context built by hand, without the application's services, loads a fresh one.
    /// </summary>
    public static Task<RegionDirectory> RegionDirectoryAsync(this AppDbContext db, CancellationToken ct = default)
    {
        var services = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        var cache = services?.GetService(typeof(RegionDirectoryCache)) as RegionDirectoryCache ?? new RegionDirectoryCache(db.Clock);
        return cache.GetAsync(db, ct);
    }
}
