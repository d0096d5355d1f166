using System.Collections.Concurrent;
using System.Globalization;

namespace CircularPark.Bench.Reporting;

/// <summary>Latency samples of one kind of request, summarised as the percentiles a load report gives.</summary>
internal sealed class Latencies(string name)
{
    private readonly ConcurrentBag<double> _milliseconds = [];

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    public int Count => _milliseconds.Count;

    /// <summary>Nearest-rank percentile (p in 0–100) of the samples in milliseconds.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public override string ToString()
    {
        var sorted = _milliseconds.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-28} n={sorted.Count,5}  p50 {Percentile(sorted, 50),7:F1} ms  p95 {Percentile(sorted, 95),7:F1} ms  p99 {Percentile(sorted, 99),7:F1} ms  max {(sorted.Count == 0 ? double.NaN : sorted[^1]),7:F1} ms");
    }
}
