using System.Diagnostics;
using System.Globalization;

namespace CircularPark.Bench.National;

/// <summary>
/// The mix driven by wrk (Debian package <c>wrk</c>), a C event-loop client whose own CPU is a small share of the machine's:
/// one wrk process per kind of request, all at once, each with one thread and the kind's share of the connections
/// (connection c sends kind c mod K) and the kind's cookie, first for the warm-up (discarded) then for the window. A Lua
/// <c>done</c> hook prints wrk's own percentiles. Every request carries the run's Accept-Encoding (a browser's by default). Errors are what wrk counts — socket errors, timeouts (30 s) and answers of
/// 400 or more; a redirect is not among them, so each kind is checked to answer 200 before and after (<see cref="WebLoadBenchmark"/>).
/// </summary>
internal sealed class WrkDriver(string baseUrl, string folder, string? acceptEncoding) : ILoadDriver
{
    public string Name => "wrk";

    /// <summary>wrk when it is on the PATH, else null.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "wrk")).FirstOrDefault(File.Exists);

    private const string Script = """
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("RESULT %d %d %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
            latency:percentile(50), latency:percentile(95), latency:percentile(99),
            e.connect + e.read + e.write, e.timeout, e.status, latency.max))
        end
        """;

    public async Task<List<TypeFigures>> RunAsync(IReadOnlyList<RequestType> mix, int connections, TimeSpan warmUp, TimeSpan window)
    {
        var script = Path.Combine(folder, "web-load.lua");
        await File.WriteAllTextAsync(script, Script);
        if (warmUp > TimeSpan.Zero) await RunAllAsync(mix, connections, warmUp, script);
        var results = await RunAllAsync(mix, connections, window, script);
        return [.. mix.Select((t, i) => results[i] is { } r
            ? new TypeFigures(t.Name, connections, (int)r.Requests, r.Requests / (r.DurationUs / 1e6), r.P50, r.P95, r.P99, (int)r.Errors, r.Errors == 0 ? null : r.Describe())
            : new TypeFigures(t.Name, connections, 0, 0, double.NaN, double.NaN, double.NaN, 1, "wrk printed no result"))];
    }

    private async Task<Result?[]> RunAllAsync(IReadOnlyList<RequestType> mix, int connections, TimeSpan duration, string script) =>
        await Task.WhenAll(mix.Select((t, i) =>
        {
            var share = connections / mix.Count + (i < connections % mix.Count ? 1 : 0);
            return share == 0 ? Task.FromResult<Result?>(null) : RunOneAsync(t, share, duration, script);
        }));

    private async Task<Result?> RunOneAsync(RequestType type, int connections, TimeSpan duration, string script)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-t1", $"-c{connections}", string.Create(CultureInfo.InvariantCulture, $"-d{Math.Max(1, (int)duration.TotalSeconds)}s"), "--timeout", "30s", "-s", script })
            start.ArgumentList.Add(a);
        if (acceptEncoding is not null)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add("Accept-Encoding: " + acceptEncoding);
        }
        if (type.Cookie is { } cookie)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add("Cookie: " + cookie);
        }
        start.ArgumentList.Add(baseUrl.TrimEnd('/') + type.Path);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
            throw new InvalidOperationException($"wrk for {type.Name} exited with {process.ExitCode}: {await errors}{await output}");
        var f = line.Split(' ')[1..].Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return new Result(f[0], f[1], f[2] / 1000.0, f[3] / 1000.0, f[4] / 1000.0, f[5], f[6], f[7]);
    }

    private sealed record Result(long Requests, long DurationUs, double P50, double P95, double P99, long Socket, long Timeouts, long Status)
    {
        public long Errors => Socket + Timeouts + Status;

        public string Describe() => string.Create(CultureInfo.InvariantCulture, $"socket {Socket}, timeouts {Timeouts}, HTTP ≥ 400 {Status}");
    }
}
