using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Data;

/// <summary>
/// The version of the data every node shares (ADR 0088): the id of the newest audit row. Every save of domain data writes
/// audit rows in its own transaction (<see cref="AppDbContext"/>; a bulk load one per entity type), and ids follow commit
/// order (on PostgreSQL the audit rows are written under a transaction-level advisory lock, on SQLite there is one writer),
/// so a committed change always raises it, on every node at once. A read model cached under the version it was computed at
/// is exact: a reader at a later version computes again. Read at most once per request and context (an index-only max on
/// the primary key), and again after the context saved; the sign-in check reads it in the same round trip as the session
/// (ADR 0090), so a signed-in request served from caches costs one query; an anonymous one shares a read with the anonymous
/// requests that arrive at the same time on its node (<see cref="ReadSharedAsync"/>, ADR 0095). Inject it to key anything by
/// the data it shows.
/// </summary>
public sealed class DataVersion(AppDbContext db, DataVersion.Shared shared)
{
    /// <summary>
    /// The node's read of the version shared by concurrent requests (<see cref="FreshRead{T}"/>): each gets a version read
    /// after it asked, in a scope of its own on the primary.
    /// </summary>
    public sealed class Shared(IServiceScopeFactory scopes)
    {
        private readonly FreshRead<long> _read = new(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await Newest(scope.ServiceProvider.GetRequiredService<AppDbContext>()).MaxAsync() ?? 0;
        });

        public Task<long> ReadAsync(CancellationToken ct = default) => _read.ReadAsync(ct);
    }

    /// <summary>
    /// For a request whose first question to the database is the version (an anonymous visitor's public page or API, ADR 0095):
    /// the version read by a read shared with the requests arriving at the same time on this node, started after this call —
    /// so a change committed on any node before the request arrived is seen — and kept on this request's context as if it had
    /// read it itself. A context that has read it already answers from what it read.
    /// </summary>
    public async ValueTask<long> ReadSharedAsync(CancellationToken ct = default)
    {
        if (db.KnownVersion.AtSave >= 0) return await ReadAsync(db, ct);
        var version = await shared.ReadAsync(ct);
        Observed(db, version);
        return version;
    }

    /// <summary>The newest audit row id (0 for an empty database), read once per request and after each save of this request.</summary>
    public ValueTask<long> ReadAsync(CancellationToken ct = default) => ReadAsync(db, ct);

    /// <summary>The version as <paramref name="db"/> last saw it, read when it has not yet or has saved since.</summary>
    public static async ValueTask<long> ReadAsync(AppDbContext db, CancellationToken ct = default)
    {
        var (version, atSave) = db.KnownVersion;
        if (atSave == db.Saves) return version;
        version = await Newest(db).MaxAsync(ct) ?? 0;
        db.KnownVersion = (version, db.Saves);
        return version;
    }

    /// <summary>The query of the version, to read it as part of another query (a subquery in its projection).</summary>
    public static IQueryable<long?> Newest(AppDbContext db) => db.AuditEntries.Select(a => (long?)a.Id);

    /// <summary>
    /// Records a version read by another query of <paramref name="db"/> (<see cref="Newest"/> as a subquery) before anything
    /// was asked of it, so this request does not read it again. Ignored once the context has saved.
    /// </summary>
    public static void Observed(AppDbContext db, long? version)
    {
        if (db.Saves == 0 && db.KnownVersion.AtSave < 0) db.KnownVersion = (version ?? 0, 0);
    }
}
