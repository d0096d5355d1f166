using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace CircularPark.Bench.Reporting;

/// <summary>The timed window: each park's draft and submission at its scheduled simulated moment, at most C requests in flight.</summary>
internal sealed class LoadRun(HttpClient http, LoadPopulation.Population population, string[] cookies, int concurrency) : IDisposable
{
    private readonly SemaphoreSlim _inFlight = new(concurrency, concurrency);
    private readonly Latencies _save = new("PUT draft");
    private readonly Latencies _submit = new("POST submit");
    private readonly Latencies _service = new("submission (both requests)");
    private readonly Latencies _endToEnd = new("submission (from arrival)");

    /// <summary>Failed requests: "PUT 409", "POST 500", exception type… with counts.</summary>
    public ConcurrentDictionary<string, int> Failures { get; } = new();

    public async Task<TimeSpan> ExecuteAsync(SimulatedClock clock, TimeSpan[] arrivals, int seed)
    {
        var order = Enumerable.Range(0, arrivals.Length).ToArray();
        new Random(seed + 1).Shuffle(order); // which park arrives when
        var watch = Stopwatch.StartNew();
        clock.Run();
        await Task.WhenAll(order.Select((park, slot) => SubmitAsync(park, arrivals[slot] / clock.Speed, watch, seed)));
        return watch.Elapsed;
    }

    private async Task SubmitAsync(int park, TimeSpan at, Stopwatch watch, int seed)
    {
        var wait = at - watch.Elapsed;
        if (wait > TimeSpan.Zero) await Task.Delay(wait);
        try
        {
            var (reportId, saving) = await TimedAsync(_save, "PUT", HttpMethod.Put,
                $"/api/parks/{population.ParkIds[park]}/reports/{population.RequirementId}/{population.Period}", park, Content(park, seed));
            if (reportId is null) return;
            var (submitted, submitting) = await TimedAsync(_submit, "POST", HttpMethod.Post, $"/api/reports/{reportId}/submit", park, new { reason = (string?)null });
            if (submitted is null) return;
            _service.Add(saving + submitting);
            _endToEnd.Add(watch.Elapsed - at);
        }
        catch (HttpRequestException e)
        {
            Failures.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
        }
    }

    /// <summary>One request, timed from when it may go (a slot in flight is free) to its answer: the report id (null when it failed) and the time.</summary>
    private async Task<(int? ReportId, TimeSpan Elapsed)> TimedAsync(Latencies latencies, string label, HttpMethod method, string path, int park, object body)
    {
        await _inFlight.WaitAsync();
        try
        {
            var started = Stopwatch.GetTimestamp();
            using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
            request.Headers.Add("Cookie", cookies[park]);
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(started);
            latencies.Add(elapsed);
            if (response.IsSuccessStatusCode) return (JsonDocument.Parse(text).RootElement.GetProperty("reportId").GetInt32(), elapsed);
            Failures.AddOrUpdate($"{label} {(int)response.StatusCode}", 1, (_, n) => n + 1);
            return (null, elapsed);
        }
        finally
        {
            _inFlight.Release();
        }
    }

    /// <summary>A plausible yearly report: three key projects with progress and investment, savings, text.</summary>
    private static object Content(int park, int seed)
    {
        var random = new Random(seed ^ (park * 7919));
        return new
        {
            progress = "重点项目按计划推进，示例数据。", results = "完成年度节能节水目标。", experience = "统一供热与中水回用。", difficulties = "融资成本较高。",
            energySavedTce = Math.Round(random.NextDouble() * 5_000, 1), waterSavedM3 = Math.Round(random.NextDouble() * 200_000), co2CutT = Math.Round(random.NextDouble() * 12_000, 1),
            pollutantsCutT = Math.Round(random.NextDouble() * 300, 1),
            projects = Enumerable.Range(1, 3).Select(k =>
            {
                var total = Math.Round(1_000 + random.NextDouble() * 20_000);
                var percent = Math.Round(random.NextDouble() * 100, 1);
                return new { projectKey = $"P{k:D2}", status = percent >= 100 ? "已完成" : "在建", percentComplete = percent, investmentThisYear = Math.Round(total * 0.3), investmentTotal = total, milestones = "主体工程完工", delayReason = percent < 30 ? "设备到货延迟" : null };
            }).ToList(),
        };
    }

    public void Dispose() => _inFlight.Dispose();

    public void Print(TimeSpan real, SimulatedClock clock)
    {
        var done = _endToEnd.Count;
        ReportLoadBenchmark.Print($"load: {done:N0} submissions ({_save.Count + _submit.Count:N0} requests) in {real.TotalSeconds:F1} s real = {real.TotalSeconds * clock.Speed / 60:F1} simulated minutes; throughput {done / real.TotalSeconds:F1} submissions/s, {(_save.Count + _submit.Count) / real.TotalSeconds:F1} requests/s");
        foreach (var latencies in new[] { _save, _submit, _service, _endToEnd }) Console.WriteLine(latencies);
        ReportLoadBenchmark.Print($"failures: {(Failures.IsEmpty ? "none" : string.Join(", ", Failures.Select(f => $"{f.Key} ×{f.Value}")))}");
    }
}
