using CircularPark.Data;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// Microsoft.Data.Sqlite runs its "async" calls synchronously: every query holds a thread-pool thread for its whole length.
/// Under 200 connections the pool's few threads were all blocked in SQLite, and the pool adds threads slowly, so every
/// request — even a cached page — queued behind them (ADR 0088). On SQLite the web host starts with
/// <c>Database:SqliteMinThreads</c> worker threads ready (default <see cref="Default"/>: 8 per core — since the heavy
/// reads are cached and computed at most one per core, a request holds its thread for a short query only, and more ready
/// threads than that only share the cores out in slices, the long tail of ADR 0094); PostgreSQL's driver is truly
/// asynchronous and keeps the runtime's default.
/// </summary>
internal static class SqliteThreads
{
    public static int Default => 8 * Environment.ProcessorCount;

    public static void Configure(IConfiguration configuration)
    {
        if (Database.ProviderFrom(configuration) != DatabaseProvider.Sqlite) return;
        var wanted = configuration.GetValue("Database:SqliteMinThreads", Default);
        ThreadPool.GetMinThreads(out var workers, out var io);
        if (wanted > workers) ThreadPool.SetMinThreads(wanted, io);
    }
}
