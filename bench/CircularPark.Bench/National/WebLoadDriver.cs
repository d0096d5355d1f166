using System.Collections.Concurrent;
using System.Diagnostics;
using CircularPark.Bench.Reporting;

namespace CircularPark.Bench.National;

/// <summary>One kind of request of the mix: a name, the path, and the cookie of the user who sends it (null: anonymous).</summary>
internal sealed record RequestType(string Name, string Path, string? Cookie);

/// <summary>What one level of concurrency gave for one kind of request.</summary>
internal sealed record TypeFigures(string Name, int Connections, int Done, double PerSecond, double P50, double P95, double P99, int Errors, string? FirstError);

/// <summary>Drives the mix: C closed-loop connections, connection c always sending kind c mod K, for a warm-up then a timed window.</summary>
internal interface ILoadDriver
{
    string Name { get; }

    Task<List<TypeFigures>> RunAsync(IReadOnlyList<RequestType> mix, int connections, TimeSpan warmUp, TimeSpan window);
}

/// <summary>
/// A closed-loop HTTP driver in this process (used when wrk is not installed; its own CPU competes with the server's): C connections, connection c always sending kind c mod K of the mix (so each kind has its own
/// C/K users and its throughput is its own, not the slowest kind's) as soon as its previous request answered, for a timed
/// window after an untimed warm-up. Latency is
/// from sending to the last byte of the body (as sent: a compressed body is not decoded); an error is a status other than 200 or an exception.
/// </summary>
internal sealed class HttpClientDriver(string baseUrl, string? acceptEncoding) : ILoadDriver
{
    public string Name => "HttpClient (in process)";

    public async Task<List<TypeFigures>> RunAsync(IReadOnlyList<RequestType> mix, int connections, TimeSpan warmUp, TimeSpan window)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30),
        };
        var samples = mix.Select(_ => new ConcurrentBag<double>()).ToArray();
        var errors = new int[mix.Count];
        var firstErrors = new ConcurrentDictionary<int, string>();
        var watch = Stopwatch.StartNew();
        var end = warmUp + window;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            var type = c % mix.Count;
            while (watch.Elapsed < end)
            {
                var started = Stopwatch.GetTimestamp();
                string? error;
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, mix[type].Path);
                    if (mix[type].Cookie is { } cookie) request.Headers.Add("Cookie", cookie);
                    if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
                    using var response = await http.SendAsync(request);
                    await response.Content.CopyToAsync(Stream.Null);
                    error = (int)response.StatusCode == 200 ? null : $"HTTP {(int)response.StatusCode}";
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    error = e.GetType().Name;
                }
                var at = watch.Elapsed;
                if (at < warmUp || at > end) continue;
                samples[type].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (error is null) continue;
                Interlocked.Increment(ref errors[type]);
                firstErrors.TryAdd(type, error);
            }
        })));
        return [.. mix.Select((t, i) =>
        {
            var sorted = samples[i].Order().ToList();
            return new TypeFigures(t.Name, connections, sorted.Count, sorted.Count / window.TotalSeconds,
                Latencies.Percentile(sorted, 50), Latencies.Percentile(sorted, 95), Latencies.Percentile(sorted, 99), errors[i], firstErrors.GetValueOrDefault(i));
        })];
    }
}
