using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Data;
using CircularPark.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CircularPark.Bench.Reporting;

/// <summary>
/// Issue 5's load run: N parks (3,000) submit their yearly reports through the HTTP API of the running product (Kestrel
/// on loopback, PostgreSQL) during the last ten simulated minutes before the deadline (23:45–23:55 China time on the
/// due day). Arrivals are an open schedule whose rate rises linearly towards the deadline (t = W·√u, so the last
/// minute is the busiest, as with real deadlines); each park saves its draft (PUT) and submits it (POST). At most C
/// requests are in flight (a bounded run). Figures: throughput, latency percentiles per request and per submission
/// (both requests, and from the scheduled arrival, which includes waiting for a slot), and the check that nothing was lost: every
/// park's report is stored and submitted with one frozen version (late ones counted apart), and the timeliness figures the
/// province reads say so. Options: --parks N --speed S (simulated seconds per real second) --concurrency C --seed N
/// --postgres "connection string" (default: the test server).
/// </summary>
public sealed class ReportLoadBenchmark : IBenchmark
{
    public string Name => "report-load";
    public string Description => "3,000 parks submit yearly reports in 10 simulated minutes through the API on PostgreSQL (loopback)";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public async Task<int> RunAsync(string[] args)
    {
        var parks = IndicatorBenchmark.Option(args, "--parks", 3_000);
        var speed = IndicatorBenchmark.Option(args, "--speed", 4);
        var concurrency = IndicatorBenchmark.Option(args, "--concurrency", 32);
        var seed = IndicatorBenchmark.Option(args, "--seed", 20_261_231);
        var at = Array.IndexOf(args, "--postgres");
        var server = at >= 0 ? args[at + 1] : "Host=127.0.0.1;Username=app;Password=app;Database=postgres";
        var database = $"bench_load_{Guid.NewGuid():N}";
        var folder = Directory.CreateTempSubdirectory("cp-bench-load-").FullName;
        var due = new DateOnly(2026, 12, 31);
        var clock = new SimulatedClock(new DateTimeOffset(2026, 12, 31, 23, 45, 0, TimeSpan.FromHours(8)), speed);
        try
        {
            await IndicatorDatabaseBenchmark.Execute(server, $"CREATE DATABASE \"{database}\"");
            await using var host = new LoadHost(new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 100 }.ConnectionString, clock, folder);
            var watch = Stopwatch.StartNew();
            host.Launch();
            Print($"report-load: {parks:N0} parks, {Window.TotalMinutes:F0} simulated minutes before the deadline at ×{speed} ({Window.TotalSeconds / speed:F0} s real), ≤ {concurrency} requests in flight, PostgreSQL, Kestrel at {host.BaseUrl}");
            Print($"setup: app started, migrated and seeded in {watch.Elapsed.TotalSeconds:F1} s");
            watch.Restart();
            var population = await LoadPopulation.CreateAsync(host.Services, parks, due);
            Print($"setup: {parks:N0} parks, participations and accounts written in {watch.Elapsed.TotalSeconds:F1} s");
            using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(host.BaseUrl) };
            watch.Restart();
            var cookies = await SignInAllAsync(http, parks, Math.Min(concurrency, 8));
            Print($"setup: {parks:N0} park accounts signed in in {watch.Elapsed.TotalSeconds:F1} s (not timed below)");

            using var run = new LoadRun(http, population, cookies, concurrency);
            var real = await run.ExecuteAsync(clock, Arrivals(parks, seed), seed);
            run.Print(real, clock);
            var lost = await VerifyAsync(host, http, population, clock, due);
            return lost == 0 && run.Failures.IsEmpty ? 0 : 1;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await IndicatorDatabaseBenchmark.DropAsync(server, database);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Simulated arrival offsets in the window, rising linearly towards its end, sorted.</summary>
    private static TimeSpan[] Arrivals(int parks, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, parks).Select(_ => Window * Math.Sqrt(random.NextDouble())).Order()];
    }

    private static async Task<string[]> SignInAllAsync(HttpClient http, int parks, int parallel)
    {
        var cookies = new string[parks];
        await Parallel.ForAsync(0, parks, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) => cookies[i] = await SignInAsync(http, LoadHost.ParkEmail(i), ct));
        return cookies;
    }

    internal static async Task<string> SignInAsync(HttpClient http, string email, CancellationToken ct = default) =>
        await SignInAsync(http, email, LoadHost.Password, ct);

    internal static async Task<string> SignInAsync(HttpClient http, string email, string password, CancellationToken ct = default)
    {
        using var response = await http.PostAsJsonAsync("/api/account/login", new { email, password }, ct);
        response.EnsureSuccessStatusCode();
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    /// <summary>
    /// Counts what was lost: reports missing, not submitted, or without exactly one frozen version and one event. Reports
    /// stored after the deadline are not lost but late (a run offered more than the server could take in the window).
    /// </summary>
    private static async Task<int> VerifyAsync(LoadHost host, HttpClient http, LoadPopulation.Population population, SimulatedClock clock, DateOnly due)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var deadline = CircularPark.Time.ChinaTime.EndOfDayUtc(due);
        var stored = await db.YearlyReports.AsNoTracking().Where(r => r.RequirementId == population.RequirementId && r.Period == population.Period)
            .Select(r => new { r.ParkId, r.Status, r.FirstSubmittedAtUtc, Frozen = r.Versions.Count(v => v.Submitted), Versions = r.Versions.Count, Events = r.Events.Count })
            .ToListAsync();
        var good = stored.Where(r => r.Status == ReportStatus.Submitted && r.FirstSubmittedAtUtc is not null && r.Frozen == 1 && r.Versions == 1 && r.Events == 1).ToList();
        var late = good.Count(r => r.FirstSubmittedAtUtc > deadline);
        var lost = population.ParkIds.Count - good.Count;
        Print($"check: {stored.Count:N0} reports stored, {good.Count:N0} submitted with one frozen version and one event ({good.Count - late:N0} before the deadline, {late:N0} after it); lost {lost}");
        Print($"check: last submission stored at {stored.Max(r => r.FirstSubmittedAtUtc)!.Value.AddHours(8):yyyy-MM-dd HH:mm:ss} China time (deadline {due:yyyy-MM-dd} 23:59:59; simulated clock now {clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)):HH:mm:ss})");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/report-requirements/{population.RequirementId}/timeliness?period={population.Period}");
        request.Headers.Add("Cookie", await SignInAsync(http, LoadHost.MinistryEmail));
        using var response = await http.SendAsync(request);
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        var total = view.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "");
        Print($"check: timeliness as the ministry reads it: expected {total.GetProperty("expected")}, submitted {total.GetProperty("submitted")}, on time {total.GetProperty("onTime")}, late {total.GetProperty("late")}, missing {total.GetProperty("missing")}");
        var agrees = total.GetProperty("submitted").GetInt32() == good.Count && total.GetProperty("onTime").GetInt32() == good.Count - late;
        if (!agrees) Print($"check: the timeliness figures disagree with the stored reports");
        return agrees ? lost : Math.Max(lost, 1);
    }

    internal static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
