using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CircularPark.Data;

/// <summary>
/// Work that runs on one node at a time across every web node on one database (ADR 0084): on PostgreSQL a session-level
/// advisory lock, keyed by the work's name, held on a connection of its own for the length of the run (a node that dies
/// loses its session and with it the lock); on SQLite, one node by definition, always granted. Advisory locks are local to
/// a database, so two deployments on one server do not block each other.
/// </summary>
public static class ExclusiveRun
{
    /// <summary>Migrating and seeding: a starting web node and <c>circularpark db migrate|seed</c> take turns.</summary>
    public const string StartUp = "startup";

    /// <summary>The lock if no other node holds it now, else null (the caller skips this run).</summary>
    public static Task<IAsyncDisposable?> TryAcquireAsync(AppDbContext db, string name, CancellationToken ct = default) =>
        AcquireAsync(db, name, wait: false, ct);

    /// <summary>The lock, waiting while another node holds it (start-up work: the second node waits for the first).</summary>
    public static async Task<IAsyncDisposable> AcquireAsync(AppDbContext db, string name, CancellationToken ct = default) =>
        (await AcquireAsync(db, name, wait: true, ct))!;

    /// <summary>The 64-bit advisory-lock key of <paramref name="name"/>: the same in every process (not string.GetHashCode).</summary>
    public static long KeyOf(string name) => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("circularpark:" + name)));

    private static async Task<IAsyncDisposable?> AcquireAsync(AppDbContext db, string name, bool wait, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return Granted.Instance;
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand(wait ? "SELECT pg_advisory_lock(@key), true" : "SELECT true, pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", KeyOf(name));
            await using var reader = await command.ExecuteReaderAsync(ct);
            var held = await reader.ReadAsync(ct) && reader.GetBoolean(1);
            await reader.DisposeAsync();
            if (held) return new Held(connection, KeyOf(name));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    private sealed class Granted : IAsyncDisposable
    {
        public static readonly Granted Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>Unlocks and closes the lock's own connection (closing alone would end the session and free the lock too).</summary>
    private sealed class Held(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteScalarAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
