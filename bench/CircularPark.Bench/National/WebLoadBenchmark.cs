using System.Globalization;
using System.Net.Http.Json;
using CircularPark.Accounts;
using CircularPark.Bench.Reporting;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Bench.National;

/// <summary>
/// Issue 15's web-load bench: the Release app (Kestrel on loopback) over the national data set (<see cref="NationalData"/>,
/// loaded first when missing) on PostgreSQL and then SQLite, driven by a mixed read workload of anonymous and signed-in users
/// at each level of concurrency — by wrk when it is installed (<see cref="WrkDriver"/>), else by an in-process HttpClient
/// (<see cref="HttpClientDriver"/>); first <c>/health</c> alone at each level as the machine's ceiling. The app is first
/// driven for a JIT warm-up (tiered compilation and dynamic PGO take about a minute of load to settle), then each run has its
/// own warm-up before its timed window. Prints per kind of request throughput, p50/p95/p99 and errors in the mix, and where
/// the CPU went in each window (<see cref="CpuMeter"/>). Then each kind is driven alone at each level (ADR 0091): whether a
/// kind collapses under concurrency is its throughput alone at the highest level against its peak over the levels — in the
/// mix a kind's share of the machine also depends on the other kinds (one with a large body gets more of it at 50
/// connections, where part of its cost is the kernel's copy, than at 200, where every kind waits in the same queue).
/// Every kind is checked to answer 200 before and after. Accounts are made through the product's use case (as the CLI and
/// the admin pages do) and sign in over HTTP, changing their first password as every new account must.
/// Options: --provider postgres|sqlite|both (both) --levels 50,200 --seconds 20 --warmup 10 --jit-warmup 60
/// --solo-seconds 10 --solo-warmup 3 (0: no runs alone) --solo-rounds 2 --driver wrk|httpclient (wrk when installed) --connection "…" (with one provider)
/// --accept-encoding "gzip, deflate, br, zstd" (what Chromium sends, the default; "identity" for bodies never compressed, ADR 0093).
/// </summary>
public sealed class WebLoadBenchmark : IBenchmark
{
    public string Name => "web-load";
    public string Description => "mixed read workload of anonymous and signed-in users over the national data, 50 and 200 connections, PostgreSQL and SQLite";

    private const string First = "First#Bench2026x", Final = LoadHost.Password;

    /// <summary>The Accept-Encoding Chromium sends with every request, pages and fetches alike.</summary>
    private const string Chromium = "gzip, deflate, br, zstd";

    public async Task<int> RunAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--provider");
        var providers = at >= 0 && args[at + 1] != "both" ? [args[at + 1]] : new[] { "postgres", "sqlite" };
        var levels = (Array.IndexOf(args, "--levels") is >= 0 and var l ? args[l + 1] : "50,200").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var run = new Timing(
            TimeSpan.FromSeconds(IndicatorBenchmark.Option(args, "--jit-warmup", 60)),
            TimeSpan.FromSeconds(IndicatorBenchmark.Option(args, "--warmup", 10)),
            TimeSpan.FromSeconds(IndicatorBenchmark.Option(args, "--seconds", 20)),
            TimeSpan.FromSeconds(IndicatorBenchmark.Option(args, "--solo-warmup", 3)),
            TimeSpan.FromSeconds(IndicatorBenchmark.Option(args, "--solo-seconds", 10)),
            IndicatorBenchmark.Option(args, "--solo-rounds", 2));
        var encoding = Array.IndexOf(args, "--accept-encoding") is >= 0 and var e ? args[e + 1] : Chromium;
        var wrk = Array.IndexOf(args, "--driver") is >= 0 and var d ? args[d + 1] == "wrk" : WrkDriver.Find() is not null;
        if (wrk && WrkDriver.Find() is null) throw new InvalidOperationException("--driver wrk: wrk is not installed (apt-get install wrk)");
        var failed = false;
        foreach (var provider in providers)
        {
            var target = NationalDataBenchmark.Target.From([.. args.Where((a, i) => a != "--provider" && (i == 0 || args[i - 1] != "--provider")), "--provider", provider]);
            await NationalDataBenchmark.EnsureAsync(target, new NationalData.Size(3_000, 10, 10_000));
            failed |= !await RunOneAsync(target, levels, run, wrk, encoding);
        }
        return failed ? 1 : 0;
    }

    /// <summary>How long the app is driven before measuring at all, before each timed window of the mix, each window, the same for each kind alone, and its rounds.</summary>
    private sealed record Timing(TimeSpan JitWarmUp, TimeSpan WarmUp, TimeSpan Window, TimeSpan SoloWarmUp, TimeSpan SoloWindow, int SoloRounds)
    {
        public Timing Alone => this with { WarmUp = SoloWarmUp, Window = SoloWindow };
    }

    private static async Task<bool> RunOneAsync(NationalDataBenchmark.Target target, IReadOnlyList<int> levels, Timing timing, bool wrk, string encoding)
    {
        var folder = Directory.CreateTempSubdirectory("cp-bench-web-").FullName;
        try
        {
            var connection = target.Provider == DatabaseProvider.Postgres ? $"{target.ConnectionString};Maximum Pool Size=40" : target.ConnectionString;
            await using var host = new LoadHost(connection, null, folder, target.Provider.ToString());
            host.Launch();
            var mix = await MixAsync(host);
            ILoadDriver driver = wrk ? new WrkDriver(host.BaseUrl, folder, encoding) : new HttpClientDriver(host.BaseUrl, encoding);
            Print($"web-load: {target} at {host.BaseUrl}; driver {driver.Name}; {mix.Count} kinds of request, each with its share of the connections, Accept-Encoding: {encoding}; JIT warm-up {timing.JitWarmUp.TotalSeconds:F0} s, then per run warm-up {timing.WarmUp.TotalSeconds:F0} s and window {timing.Window.TotalSeconds:F0} s; {Environment.ProcessorCount} processors; load {Load()}");
            await CheckAsync(host, mix, "before", encoding, print: true);
            await driver.RunAsync(mix, levels[^1], TimeSpan.Zero, timing.JitWarmUp);
            var figures = new List<TypeFigures>();
            var alone = new List<TypeFigures>();
            // The levels of one workload run back to back, so that what they are compared on is measured minutes apart at
            // most: on a shared machine the speed drifts over a run, and all the 50s before all the 200s would read a drift
            // as a collapse.
            foreach (var connections in levels)
                figures.AddRange(await MeasureAsync(driver, [new RequestType("/health", "/health", null)], connections, timing));
            foreach (var connections in levels)
                figures.AddRange(await MeasureAsync(driver, mix, connections, timing));
            // Each kind alone in rounds of alternating order (50, 200, 200, 50, …: a drift over the kind's runs weighs on
            // both levels alike), each level's figures combined over the rounds.
            if (timing.SoloWindow > TimeSpan.Zero)
                foreach (var type in mix)
                {
                    var runs = new List<TypeFigures>();
                    for (var round = 0; round < timing.SoloRounds; round++)
                        foreach (var connections in round % 2 == 0 ? levels : levels.Reverse())
                            runs.AddRange(await MeasureAsync(driver, [type], connections, timing.Alone));
                    alone.AddRange(levels.Select(c => Combine(runs.Where(r => r.Connections == c).ToList())));
                }
            await CheckAsync(host, mix, "after", encoding, print: false);
            return Report(figures, alone, levels[^1]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs of one kind at one level taken together: the mean rate, the worst percentiles, all errors.</summary>
    private static TypeFigures Combine(List<TypeFigures> runs) => runs is [var one] ? one : new TypeFigures(runs[0].Name, runs[0].Connections,
        runs.Sum(r => r.Done), runs.Average(r => r.PerSecond), runs.Max(r => r.P50), runs.Max(r => r.P95), runs.Max(r => r.P99),
        runs.Sum(r => r.Errors), runs.Select(r => r.FirstError).FirstOrDefault(e => e is not null));

    /// <summary>One run: its warm-up (discarded), then the timed window with the CPU split printed.</summary>
    private static async Task<List<TypeFigures>> MeasureAsync(ILoadDriver driver, List<RequestType> mix, int connections, Timing timing)
    {
        if (timing.WarmUp > TimeSpan.Zero) await driver.RunAsync(mix, connections, TimeSpan.Zero, timing.WarmUp);
        var meter = CpuMeter.Start();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var figures = await driver.RunAsync(mix, connections, TimeSpan.Zero, timing.Window);
        Print($"  {(mix.Count == 1 ? mix[0].Name : "mix")} at {connections}: {meter.Stop(watch.Elapsed)}; load {Load()}");
        return figures;
    }

    /// <summary>
    /// Every kind answers 200 with its user's cookie (wrk does not count a redirect to the sign-in page as an error), with and
    /// without the run's Accept-Encoding; printed first: each body's size as sent and plain.
    /// </summary>
    private static async Task CheckAsync(LoadHost host, List<RequestType> mix, string when, string encoding, bool print)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        foreach (var type in mix)
        {
            var sizes = new List<string>();
            foreach (var accept in new[] { encoding, "identity" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, type.Path);
                if (type.Cookie is { } cookie) request.Headers.Add("Cookie", cookie);
                request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);
                using var response = await http.SendAsync(request);
                if ((int)response.StatusCode != 200) throw new InvalidOperationException($"{type.Name} answered {(int)response.StatusCode} {when} the run (Accept-Encoding: {accept})");
                var body = await response.Content.ReadAsByteArrayAsync();
                sizes.Add($"{body.Length / 1024.0:F1} KB {response.Content.Headers.ContentEncoding.SingleOrDefault() ?? "plain"}");
            }
            if (print) Print($"  {type.Name}: {string.Join(" / ", sizes.Distinct())}");
        }
    }

    /// <summary>
    /// The mix's table (one row per kind and level, with the kind's share at the highest level against its peak in the mix for
    /// information), then each kind alone with its ratio at the highest level to its peak — the collapse check — and the verdict:
    /// at the highest level p95 &lt; 200 ms and no error for every kind of the mix, and no kind alone below 90 % of its peak.
    /// </summary>
    private static bool Report(List<TypeFigures> figures, List<TypeFigures> alone, int top)
    {
        var ok = Table("in the mix", figures, top, (f, _) => f.Errors == 0 && f.P95 < 200, out var slow);
        var mixTop = figures.Where(f => f.Connections == top && f.Name != "/health").Sum(f => f.PerSecond);
        var collapsed = new List<string>();
        var steady = alone.Count == 0 || Table("alone", alone, top, (f, peak) => f.Errors == 0 && f.PerSecond >= 0.9 * peak, out collapsed);
        var verdictMix = ok ? "met" : $"NOT met ({string.Join(", ", slow)})";
        var verdictAlone = alone.Count == 0 ? "not run" : collapsed.Count == 0 ? "met" : $"NOT met ({string.Join(", ", collapsed)})";
        Print($"mix at {top} connections: {mixTop:F1} req/s; p95 < 200 ms and 0 errors for every kind in the mix: {verdictMix}; every kind alone at {top} ≥ 90 % of its peak with 0 errors: {verdictAlone}");
        return ok && steady;
    }

    /// <summary>One row per kind and level with the ratio at the highest level to the kind's peak over the levels; the kinds at the highest level that fail <paramref name="meets"/> (given that peak).</summary>
    private static bool Table(string title, List<TypeFigures> figures, int top, Func<TypeFigures, double, bool> meets, out List<string> failing)
    {
        Print($"{title,-44} {"conn",5} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"errors",7}  {"at " + top + "/peak",10}");
        failing = [];
        foreach (var kind in figures.GroupBy(f => f.Name))
        {
            var peak = kind.Max(f => f.PerSecond);
            foreach (var f in kind)
            {
                var ratio = f.Connections == top ? $"{f.PerSecond / peak,9:P0}" : "";
                Print($"{f.Name,-44} {f.Connections,5} {f.PerSecond,8:F1} {f.P50,8:F1} {f.P95,8:F1} {f.P99,8:F1} {f.Errors,7}  {ratio,10}{(f.FirstError is null ? "" : "  " + f.FirstError)}");
                if (f.Connections == top && f.Name != "/health" && !meets(f, peak)) failing.Add(f.Name);
            }
        }
        return failing.Count == 0;
    }

    /// <summary>The mix: anonymous pages and APIs, the ministry's overview, a province's timeliness and campaign indicators, a park's dashboard and indicators.</summary>
    private static async Task<List<RequestType>> MixAsync(LoadHost host)
    {
        int requirement, park;
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            requirement = await db.Campaigns.Where(c => c.Code == NationalData.Campaign).SelectMany(c => c.Reports)
                .Where(r => r.From == ReportParty.Park && r.Recurrence == Recurrence.Yearly).Select(r => r.Id).SingleAsync();
            park = await db.Participations.Where(p => p.Campaign!.Code == NationalData.Campaign && p.State == ParticipationState.Implementing
                    && p.Park!.Memberships.Any(m => EF.Functions.Like(m.Region!.Path, "/000000/440000/%")))
                .OrderBy(p => p.ParkId).Select(p => p.ParkId).FirstAsync();
        }
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = new Uri(host.BaseUrl) };
        var ministry = await AccountAsync(host, http, new AccountInput { Email = "web-load-ministry@bench.cn", DisplayName = "负载测试部委用户", Role = Roles.Ministry });
        var province = await AccountAsync(host, http, new AccountInput { Email = "web-load-gd@bench.cn", DisplayName = "负载测试省级用户", Role = Roles.Province, Region = "440000" });
        var owner = await AccountAsync(host, http, new AccountInput { Email = "web-load-park@bench.cn", DisplayName = "负载测试园区用户", Role = Roles.Park, Park = park.ToString(CultureInfo.InvariantCulture) });
        const string c = NationalData.Campaign;
        return
        [
            new("campaign page (anon)", $"/campaigns/{c}", null),
            new("park search API (anon)", $"/api/parks?campaign={c}&q=%E9%AB%98%E6%96%B0", null),
            new("parks page (anon)", "/parks?region=440000", null),
            new("campaign summary API (anon)", $"/api/campaigns/{c}/summary", null),
            new("nation overview API (ministry)", "/api/regions/000000/overview", ministry),
            new("overview page (ministry)", "/overview", ministry),
            new("timeliness API (province)", $"/api/report-requirements/{requirement}/timeliness?period=2024", province),
            new("campaign indicators (province)", $"/api/campaigns/{c}/indicators?year=2024", province),
            new("park dashboard page (park)", $"/parks/{park}/dashboard", owner),
            new("park indicators API (park)", $"/api/parks/{park}/indicators?year=2024", owner),
        ];
    }

    /// <summary>An account made by the product's use case as an administrator would, signed in with its first password changed; reused when there.</summary>
    private static async Task<string> AccountAsync(LoadHost host, HttpClient http, AccountInput input)
    {
        using (var scope = host.Services.CreateScope())
        {
            var create = scope.ServiceProvider.GetRequiredService<CreateAccount>();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!await db.Users.AnyAsync(u => u.Email == input.Email))
            {
                var created = await create.ExecuteAsync(input with { Password = First }, new AccessScope(Roles.Admin, null, null, "web-load"), default);
                if (!created.IsOk) throw new InvalidOperationException($"account {input.Email}: {created.Failure}");
                var first = await ReportLoadBenchmark.SignInAsync(http, input.Email!, First);
                using var change = new HttpRequestMessage(HttpMethod.Post, "/api/account/password") { Content = JsonContent.Create(new { currentPassword = First, newPassword = Final }) };
                change.Headers.Add("Cookie", first);
                (await http.SendAsync(change)).EnsureSuccessStatusCode();
            }
        }
        return await ReportLoadBenchmark.SignInAsync(http, input.Email!, Final);
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[..3] is var a ? string.Join(' ', a) : "";

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
