using System.Diagnostics;
using System.Globalization;
using CircularPark.Auditing;
using CircularPark.Data;
using CircularPark.Data.Seed;
using CircularPark.Imports;
using CircularPark.Indicators;
using CircularPark.Parks;
using CircularPark.Statistics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CircularPark.Bench;

/// <summary>
/// The full recompute of issue 3 through the product's own use case: 3,000 parks × 10 years of raw statistics
/// (the generator of <see cref="IndicatorBenchmark"/>, converted to canonical units) are stored in a fresh SQLite
/// file and a fresh PostgreSQL database; then <see cref="ComputeIndicators"/> loads them and computes the 30
/// indicators and the roll-ups. Loading the data is not timed; the recompute is (wall time and allocations).
/// Options: --parks N --years N --seed N --postgres "connection string" (default: the test server).
/// </summary>
public sealed class IndicatorDatabaseBenchmark : IBenchmark
{
    public string Name => "indicators-db";
    public string Description => "recompute 30 indicators for 3,000 parks x 10 years from stored statistics, SQLite and PostgreSQL";

    public async Task<int> RunAsync(string[] args)
    {
        var parks = IndicatorBenchmark.Option(args, "--parks", 3_000);
        var years = IndicatorBenchmark.Option(args, "--years", 10);
        var seed = IndicatorBenchmark.Option(args, "--seed", 20_261_123);
        var at = Array.IndexOf(args, "--postgres");
        var server = at >= 0 ? args[at + 1] : "Host=127.0.0.1;Username=app;Password=app;Database=postgres";
        var keep = Array.IndexOf(args, "--sqlite-file") is >= 0 and var k ? args[k + 1] : null; // reuse a stored SQLite file between runs
        var file = keep ?? Path.Combine(Path.GetTempPath(), $"cp-bench-{Guid.NewGuid():N}.db");
        var database = $"bench_{Guid.NewGuid():N}";
        var pg = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        try
        {
            await Execute(server, $"CREATE DATABASE \"{database}\"");
            foreach (var (provider, cs) in new[] { (DatabaseProvider.Sqlite, $"Data Source={file}"), (DatabaseProvider.Postgres, pg) })
                if (provider == DatabaseProvider.Sqlite || Array.IndexOf(args, "--sqlite-only") < 0)
                    await RunOne(provider, cs, parks, years, seed);
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await DropAsync(server, database);
            if (keep is null) File.Delete(file);
        }
    }

    private static async Task RunOne(DatabaseProvider provider, string connectionString, int parks, int years, int seed)
    {
        AppDbContext Context()
        {
            var options = new DbContextOptionsBuilder<AppDbContext>();
            Database.Configure(options, provider, connectionString);
            return new AppDbContext(options.Options, TimeProvider.System, new FixedActor("bench"));
        }
        var load = Stopwatch.StartNew();
        List<int> ids;
        await using (var db = Context())
        {
            await db.Database.MigrateAsync();
            if (await db.ParkStatistics.AnyAsync())
                ids = await db.Parks.Where(p => p.Name.StartsWith("基准测试园区")).Select(p => p.Id).ToListAsync();
            else
            {
                await new SeedDatabase(db, new ImportParks(db, new Regions.RegionDirectoryCache())).ExecuteAsync(SeedFiles.Embedded());
                ids = await Store(Context, parks, years, seed);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: stored {parks:N0} parks × {years} years in {load.Elapsed.TotalSeconds:F1} s"));

        await using var run = Context();
        var compute = new ComputeIndicators(run, new IndicatorCatalog(run));
        var request = new IndicatorRequest(ids, [.. Enumerable.Range(2014, years)], BaselineYear: 2014);
        await compute.ExecuteAsync(new IndicatorRequest(ids.Take(10).ToList(), [2014]), default); // warm-up: JIT and EF model
        var allocated = GC.GetTotalAllocatedBytes(true);
        var watch = Stopwatch.StartNew();
        var results = await compute.ExecuteAsync(request, default);
        var seconds = watch.Elapsed.TotalSeconds;
        var computed = results.Parks.Sum(p => p.Values.Count(v => v.IsComputed));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{provider}: recompute {results.Parks.Count:N0} park-years × {results.Indicators.Count} indicators = {computed:N0} values, {results.RollUps.Count:N0} roll-ups in {seconds:F2} s (goal < 5 s), {(GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0:F0} MiB allocated"));
    }

    /// <summary>Parks spread over the seeded Guangdong cities, statistics converted to canonical units, in batches.</summary>
    private static async Task<List<int>> Store(Func<AppDbContext> context, int parks, int years, int seed)
    {
        var raw = IndicatorBenchmark.Generate(parks, years, seed);
        var catalogue = Engines.Indicators.Data.DataItemCatalogue.BuiltIn;
        List<int> cities;
        await using (var db = context()) cities = await db.Regions.Where(r => r.Code.StartsWith("44") && r.Level == Regions.RegionLevel.City).Select(r => r.Id).ToListAsync();
        var ids = new List<int>();
        for (var start = 0; start < parks; start += 250)
        {
            await using var db = context();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var batch = Enumerable.Range(start, Math.Min(250, parks - start)).Select(i => new Park
            {
                Name = $"基准测试园区{i:00000}", Level = ParkLevel.Provincial, Kind = ParkKind.IndustrialPark,
                Memberships = [new ParkRegionMembership { RegionId = cities[i % cities.Count] }],
            }).ToList();
            db.Parks.AddRange(batch);
            await db.SaveChangesAsync();
            foreach (var (park, i) in batch.Select((p, k) => (p, start + k)))
                db.ParkStatistics.AddRange(raw[i].Select(year => Stored(park.Id, year, catalogue)));
            await db.SaveChangesAsync();
            ids.AddRange(batch.Select(p => p.Id));
        }
        return ids;
    }

    /// <summary>A generated park-year as the product stores it: values converted to canonical units, as entered beside them.</summary>
    internal static ParkStatistics Stored(int parkId, Engines.Indicators.Data.ParkYearStatistics year, Engines.Indicators.Data.DataItemCatalogue catalogue)
    {
        var normalised = Engines.Indicators.Data.NormalizedStatistics.From(year, catalogue);
        return new ParkStatistics
        {
            ParkId = parkId, Year = year.Year, CoefficientSetId = IndicatorCatalog.DefaultSetId,
            Values = year.Entries.Select(e => new StatisticValue { Code = e.Code, Value = normalised.Values[e.Code]!.Value, EnteredValue = e.Value, EnteredUnit = e.Unit }).ToList(),
        };
    }

    /// <summary>Autovacuum may still work on the new database after the bulk load; wait for it rather than force it.</summary>
    internal static async Task DropAsync(string server, string database)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Execute(server, $"DROP DATABASE IF EXISTS \"{database}\"");
                return;
            }
            catch (PostgresException) when (attempt < 30)
            {
                await Task.Delay(1000);
            }
        }
    }

    internal static async Task Execute(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
