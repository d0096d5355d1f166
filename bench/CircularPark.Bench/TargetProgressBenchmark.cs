using System.Diagnostics;
using System.Globalization;
using CircularPark.Engines.Campaigns;

namespace CircularPark.Bench;

/// <summary>Sanity benchmark of the harness: a million target computations.</summary>
public sealed class TargetProgressBenchmark : IBenchmark
{
    public string Name => "targets";
    public string Description => "1,000,000 campaign-target progress computations";

    public Task<int> RunAsync(string[] args)
    {
        var watch = Stopwatch.StartNew();
        var met = 0;
        for (var i = 0; i < 1_000_000; i++)
            if (TargetProgress.Compute(i % 200, i % 150, i % 90, 0.5, null).IsMet) met++;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"targets: {watch.Elapsed.TotalMilliseconds:F1} ms for 1,000,000 ({met} met)"));
        return Task.FromResult(0);
    }
}
