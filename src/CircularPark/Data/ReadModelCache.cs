using System.Collections.Concurrent;
using System.Globalization;
using CircularPark.Identity;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Data;

/// <summary>
/// The host's cache of heavy read models (ADR 0088): the national overview, campaign and park indicators, a park's dashboard,
/// a schedule line's timeliness. An entry is keyed by what decides its content — the view's inputs, the caller's scope
/// (<see cref="CachedReads.ScopeKey"/>) where the view depends on it, the China-time day where deadlines do, and the
/// <see cref="DataVersion"/> it was computed at — so it is never stale and never crosses scopes. Concurrent misses of one key
/// compute once (the others await the same task), and at most <see cref="Computations"/> computations run at once: under 200
/// connections the rest wait in line instead of each holding a database connection and a share of the CPU. Bounded in
/// size (<see cref="Capacity"/>, bodies by their bytes); old versions are never asked for again and leave by size and idle time.
/// </summary>
public sealed class ReadModelCache : IDisposable
{
    /// <summary>
    /// How much is kept, in units: a read model counts one unit, a finished body (bytes: a province's indicators JSON is
    /// ~2 MB, an xlsx file) one unit per <see cref="BytesPerUnit"/> started, so at most ~256 MB of bodies stay in memory
    /// however many versions and scopes ask.
    /// </summary>
    public const int Capacity = 4096;

    /// <summary>The bytes of a cached body that count one unit of <see cref="Capacity"/>.</summary>
    public const int BytesPerUnit = 64 * 1024;

    /// <summary>How many computations run at once: the machine's processors (at least two).</summary>
    public static int Computations { get; } = Math.Max(2, Environment.ProcessorCount);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = Capacity });
    private readonly ConcurrentDictionary<string, Task<object>> _running = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _bound = new(Computations, Computations);

    /// <summary>
    /// The value kept under <paramref name="key"/>, else the one <paramref name="compute"/> gives (computed once however many
    /// ask at the same time). The computation is not cancelled when one of its waiters gives up: the others still want it.
    /// The caller that starts it awaits it to the end, so the scoped services it uses outlive it.
    /// </summary>
    public Task<T> GetOrComputeAsync<T>(string key, Func<Task<T>> compute, CancellationToken ct = default) where T : notnull =>
        GetOrComputeAsync(key, compute, bounded: true, ct);

    /// <summary>As <see cref="GetOrComputeAsync{T}(string, Func{Task{T}}, CancellationToken)"/>, for a light view: computed at once, not in line behind the heavy ones.</summary>
    public Task<T> GetOrComputeLightAsync<T>(string key, Func<Task<T>> compute, CancellationToken ct = default) where T : notnull =>
        GetOrComputeAsync(key, compute, bounded: false, ct);

    private async Task<T> GetOrComputeAsync<T>(string key, Func<Task<T>> compute, bool bounded, CancellationToken ct) where T : notnull
    {
        if (_entries.TryGetValue(key, out var kept)) return (T)kept!;
        var mine = new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = _running.GetOrAdd(key, mine.Task);
        if (running != mine.Task) return (T)await running.WaitAsync(ct);
        try
        {
            if (bounded) await _bound.WaitAsync(CancellationToken.None);
            try
            {
                var value = await compute();
                _entries.Set(key, (object)value, new MemoryCacheEntryOptions { Size = SizeOf(value), SlidingExpiration = TimeSpan.FromMinutes(10) });
                mine.SetResult(value);
                return value;
            }
            finally
            {
                if (bounded) _bound.Release();
            }
        }
        catch (Exception e)
        {
            mine.TrySetException(e);
            throw;
        }
        finally
        {
            _running.TryRemove(new KeyValuePair<string, Task<object>>(key, mine.Task));
        }
    }

    /// <summary>The units an entry takes of <see cref="Capacity"/>: one, or one per <see cref="BytesPerUnit"/> of a body.</summary>
    public static long SizeOf(object value) => value is byte[] body ? 1 + body.LongLength / BytesPerUnit : 1;

    public void Dispose()
    {
        _entries.Dispose();
        _bound.Dispose();
    }
}

/// <summary>
/// A request's door to <see cref="ReadModelCache"/>: keys a view by its inputs, the request's <see cref="DataVersion"/> and,
/// when asked, the China-time day (deadlines turn at midnight in China) or the caller's scope. Permission checks stay with the
/// caller and run before every call: only what the caller may see reaches the key. Inside an explicit transaction nothing is
/// cached or served from the cache: the transaction may see its own uncommitted rows, under a version it may roll back.
/// </summary>
public sealed class CachedReads(ReadModelCache cache, AppDbContext db, IServiceProvider services)
{
    /// <summary>The view <paramref name="view"/> for <paramref name="key"/> at today's data version (and China-time day when <paramref name="daily"/>).</summary>
    public async Task<T> GetAsync<T>(string view, string key, bool daily, Func<Task<T>> compute, CancellationToken ct = default) where T : notnull =>
        db.Database.CurrentTransaction is not null ? await compute()
            : await cache.GetOrComputeAsync(await KeyAsync(db, view, key, daily, ct), compute, ct);

    /// <summary>
    /// As <see cref="GetAsync{T}"/>, for an official's report over many parks: computed on the read replica when one is
    /// configured and has replayed the version of the key (<see cref="ReportsReplica"/>, ADR 0092), else here.
    /// <paramref name="compute"/> takes its services (the context and use cases) from the provider it is given.
    /// </summary>
    public async Task<T> GetReportAsync<T>(string view, string key, bool daily, Func<IServiceProvider, Task<T>> compute, CancellationToken ct = default) where T : notnull
    {
        if (db.Database.CurrentTransaction is not null) return await compute(services);
        var at = await DataVersion.ReadAsync(db, ct);
        var replica = services.GetRequiredService<ReportsReplica>();
        return await cache.GetOrComputeAsync(Key(db, view, key, daily, at), () => replica.ComputeAsync(view, at, services, compute), ct);
    }

    /// <summary>
    /// As <see cref="GetAsync{T}"/>, for a light view (a few small queries, such as the inbox the header counts on every page):
    /// computed at once rather than waiting in line behind the heavy ones.
    /// </summary>
    public Task<T> GetLightAsync<T>(string view, string key, bool daily, Func<Task<T>> compute, CancellationToken ct = default) where T : notnull =>
        GetLightAsync(db, view, key, daily, compute, ct);

    /// <summary>
    /// As <see cref="GetLightAsync{T}(string, string, bool, Func{Task{T}}, CancellationToken)"/> for code that holds only a
    /// context (the checks every feature calls, such as <c>ParkAccess</c>): the host's cache when the context was made by the
    /// host, else (a context built by hand, a tool) computed each time.
    /// </summary>
    public static async Task<T> GetLightAsync<T>(AppDbContext db, string view, string key, bool daily, Func<Task<T>> compute, CancellationToken ct = default) where T : notnull
    {
        var cache = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(ReadModelCache)) as ReadModelCache;
        return cache is null || db.Database.CurrentTransaction is not null ? await compute()
            : await cache.GetOrComputeLightAsync(await KeyAsync(db, view, key, daily, ct), compute, ct);
    }

    private static async Task<string> KeyAsync(AppDbContext db, string view, string key, bool daily, CancellationToken ct) =>
        Key(db, view, key, daily, await DataVersion.ReadAsync(db, ct));

    private static string Key(AppDbContext db, string view, string key, bool daily, long at)
    {
        var day = daily ? db.Clock.Today().ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "-";
        return $"{view}|{key}|{day}|v{at.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// What decides what <paramref name="user"/> may see: role, region, park, enterprise and grants; for an expert, whose
    /// scope is their own assignments, also who they are. Two users with the same key see the same rows.
    /// </summary>
    public static string ScopeKey(AccessScope user) => string.Join('/',
        user.Role ?? "-", user.RegionId?.ToString(CultureInfo.InvariantCulture) ?? "-", user.RegionPath ?? "-",
        user.ParkId?.ToString(CultureInfo.InvariantCulture) ?? "-", user.EnterpriseId?.ToString(CultureInfo.InvariantCulture) ?? "-",
        string.Join(',', user.Grants.Order(StringComparer.Ordinal)), user.ScopedByAssignment ? user.Name : "-");
}

/// <summary>A cached answer that may be "none" (a view that does not exist is cached as such; the cache keeps no nulls).</summary>
public sealed record Found<T>(T? Value) where T : class;
