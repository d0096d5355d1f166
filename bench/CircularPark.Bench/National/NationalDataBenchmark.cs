using System.Globalization;
using CircularPark.Auditing;
using CircularPark.Data;
using CircularPark.Data.Seed;
using CircularPark.Imports;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CircularPark.Bench.National;

/// <summary>
/// Writes the national-scale data set (<see cref="NationalData"/>) into a freshly migrated and seeded database and prints
/// what it loaded and how long it took. Options: --parks N (3,000) --years N (10) --enterprises N (10,000)
/// --provider postgres|sqlite (postgres) --connection "…" (default: database cp_national on the test server, created
/// when missing, or the file cp-national.db in the temp folder) --fresh (drop what is there first).
/// </summary>
public sealed class NationalDataBenchmark : IBenchmark
{
    public string Name => "national-data";
    public string Description => "load 3,000 parks over every province with 10 years of statistics, plans, reports, results, 10,000 enterprises";

    public async Task<int> RunAsync(string[] args)
    {
        var size = new NationalData.Size(IndicatorBenchmark.Option(args, "--parks", 3_000), IndicatorBenchmark.Option(args, "--years", 10),
            IndicatorBenchmark.Option(args, "--enterprises", 10_000));
        var target = Target.From(args);
        if (args.Contains("--fresh")) await target.DropAsync();
        var loaded = await EnsureAsync(target, size);
        return loaded is null ? 1 : 0;
    }

    /// <summary>The data set in <paramref name="target"/>: loaded when it is not there yet (null when a different one is).</summary>
    internal static async Task<NationalData.Loaded?> EnsureAsync(Target target, NationalData.Size size)
    {
        await target.CreateAsync();
        await using (var db = target.Context())
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await db.Database.MigrateAsync();
            if (await NationalData.IsLoadedAsync(db))
            {
                Print($"national-data: already loaded in {target} ({await db.Parks.CountAsync():N0} parks); --fresh to reload");
                return new NationalData.Loaded(new Dictionary<string, int>(), TimeSpan.Zero);
            }
            if (!await db.Regions.AnyAsync()) await new SeedDatabase(db, new ImportParks(db, new Regions.RegionDirectoryCache())).ExecuteAsync(SeedFiles.Embedded());
            Print($"national-data: {target} migrated and seeded in {watch.Elapsed.TotalSeconds:F1} s ({await db.Regions.CountAsync():N0} regions, {await db.Parks.CountAsync():N0} parks)");
        }
        var loaded = await NationalData.LoadAsync(target.Context, size, line => Console.WriteLine(line));
        foreach (var (table, rows) in loaded.Rows.OrderBy(r => r.Key, StringComparer.Ordinal)) Print($"  {table,-28} {rows,10:N0} rows");
        Print($"national-data: {loaded.Rows.Values.Sum():N0} rows loaded in {loaded.Elapsed.TotalSeconds:F1} s ({target.Provider})");
        return loaded;
    }

    internal static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));

    /// <summary>Where the data set lives: a PostgreSQL database or a SQLite file.</summary>
    internal sealed record Target(DatabaseProvider Provider, string ConnectionString)
    {
        public static Target From(string[] args)
        {
            var at = Array.IndexOf(args, "--provider");
            var provider = at >= 0 && args[at + 1] == "sqlite" ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;
            var c = Array.IndexOf(args, "--connection");
            var connection = c >= 0 ? args[c + 1] : provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(Path.GetTempPath(), "cp-national.db")}"
                // The test server on this machine: over loopback without TLS, as a node on the database's own host connects
                // (TLS to a server on another host is deploy/README.md's advice; the bench's figures with it are in ADR 0090).
                : "Host=127.0.0.1;Username=app;Password=app;Database=cp_national;SSL Mode=Disable";
            return new Target(provider, connection);
        }

        public AppDbContext Context()
        {
            var options = new DbContextOptionsBuilder<AppDbContext>();
            Database.Configure(options, Provider, ConnectionString);
            return new AppDbContext(options.Options, TimeProvider.System, new FixedActor(NationalData.Load));
        }

        public async Task CreateAsync()
        {
            if (Provider != DatabaseProvider.Postgres) return;
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString);
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", builder.Database!);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{builder.Database}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
        }

        public async Task DropAsync()
        {
            if (Provider == DatabaseProvider.Sqlite)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource);
                return;
            }
            NpgsqlConnection.ClearAllPools();
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            await IndicatorDatabaseBenchmark.Execute(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString,
                $"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)");
        }

        public override string ToString() => Provider == DatabaseProvider.Postgres
            ? $"PostgreSQL database {new NpgsqlConnectionStringBuilder(ConnectionString).Database}"
            : $"SQLite file {new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource}";
    }
}
