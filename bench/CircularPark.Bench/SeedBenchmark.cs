using System.Diagnostics;
using System.Globalization;
using CircularPark.Auditing;
using CircularPark.Data;
using CircularPark.Data.Seed;
using CircularPark.Imports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CircularPark.Bench;

/// <summary>
/// What every test class pays before its first test: migrate a fresh database and seed it (regions, campaigns, the source
/// documents' parks). Runs N rounds on in-memory SQLite (as the core and API tests do) and on fresh PostgreSQL databases,
/// after one untimed warm-up round (JIT, EF model), and prints the median and the slowest of migrate and seed.
/// Options: --rounds N (default 5), --postgres "connection string" (default: the test server), --sqlite-only.
/// </summary>
public sealed class SeedBenchmark : IBenchmark
{
    public string Name => "seed";
    public string Description => "migrate and seed a fresh database (what each test class pays), SQLite in memory and PostgreSQL";

    public async Task<int> RunAsync(string[] args)
    {
        var rounds = IndicatorBenchmark.Option(args, "--rounds", 5);
        var at = Array.IndexOf(args, "--postgres");
        var server = at >= 0 ? args[at + 1] : "Host=127.0.0.1;Username=app;Password=app;Database=postgres";
        await Measure("SQLite (memory)", rounds, SqliteRound);
        if (Array.IndexOf(args, "--sqlite-only") < 0) await Measure("PostgreSQL", rounds, () => PostgresRound(server));
        return 0;
    }

    private static async Task Measure(string label, int rounds, Func<Task<(double Migrate, double Seed, int Regions)>> round)
    {
        await round(); // warm-up
        var results = new List<(double Migrate, double Seed, int Regions)>();
        for (var i = 0; i < rounds; i++) results.Add(await round());
        double Median(IEnumerable<double> xs) => xs.Order().ElementAt(rounds / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {results[0].Regions:N0} regions; migrate median {Median(results.Select(r => r.Migrate)):F0} ms (max {results.Max(r => r.Migrate):F0}), seed median {Median(results.Select(r => r.Seed)):F0} ms (max {results.Max(r => r.Seed):F0}) over {rounds} rounds"));
    }

    private static async Task<(double, double, int)> SqliteRound()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection, o => o.MigrationsAssembly(Database.SqliteMigrations));
        return await Round(() => new AppDbContext(options.Options, TimeProvider.System, new FixedActor("bench")));
    }

    private static async Task<(double, double, int)> PostgresRound(string server)
    {
        var name = $"bench_{Guid.NewGuid():N}";
        await Execute(server, $"CREATE DATABASE \"{name}\"");
        try
        {
            var options = new DbContextOptionsBuilder<AppDbContext>();
            Database.Configure(options, DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
            return await Round(() => new AppDbContext(options.Options, TimeProvider.System, new FixedActor("bench")));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Execute(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task<(double, double, int)> Round(Func<AppDbContext> context)
    {
        await using var db = context();
        var watch = Stopwatch.StartNew();
        await db.Database.MigrateAsync();
        var migrate = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        await new SeedDatabase(db, new ImportParks(db, new Regions.RegionDirectoryCache())).ExecuteAsync(SeedFiles.Embedded());
        var seed = watch.Elapsed.TotalMilliseconds;
        return (migrate, seed, await db.Regions.CountAsync());
    }

    private static async Task Execute(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
