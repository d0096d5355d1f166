using Microsoft.EntityFrameworkCore;

namespace CircularPark.Data;

/// <summary>
/// The version of the data every node shares (ADR 0088): the id of the newest audit row. Every save of domain data writes
/// audit rows in its own transaction (<see cref="AppDbContext"/>; a bulk load one per entity type), and ids follow commit
/// order (on PostgreSQL the audit rows are written under a transaction-level advisory lock, on SQLite there is one writer),
/// so a committed change always raises it, on every node at once. A read model cached under the version it was computed at
/// is exact: a reader at a later version computes again. Scoped: read at most once per request (an index-only max on the
/// primary key), and again after this request's own context saved. Inject it to key anything by the data it shows.
/// </summary>
public sealed class DataVersion(AppDbContext db)
{
    private long _version;
    private long _atSave = -1;

    /// <summary>The newest audit row id (0 for an empty database), read once per request and after each save of this request.</summary>
    public async ValueTask<long> ReadAsync(CancellationToken ct = default)
    {
        var saves = db.Saves;
        if (_atSave == saves) return _version;
        _version = await db.AuditEntries.MaxAsync(a => (long?)a.Id, ct) ?? 0;
        _atSave = saves;
        return _version;
    }
}
