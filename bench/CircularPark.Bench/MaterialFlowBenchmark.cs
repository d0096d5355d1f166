using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CircularPark.Bench.MaterialFlow;
using CircularPark.Engines.MaterialFlow;
using OsProcess = System.Diagnostics.Process;

namespace CircularPark.Bench;

/// <summary>
/// Reconciles a random system of 1,000 flows and 300 processes with our engine and with an independent scipy
/// implementation of the same weighted least squares (bench/scripts/mfa_scipy.py, Debian's python3-scipy), and
/// compares values, standard deviations and χ². Fails (1) when they differ by more than 1e-6.
/// Options: --seed N (default 6), --repeats N (default 5).
/// </summary>
public sealed class MaterialFlowBenchmark : IBenchmark
{
    private const int Processes = 300, Links = 400, Seed = 6;
    private const double UnknownShare = 0.1, Limit = 1e-6;

    public string Name => "mfa";
    public string Description => "reconcile 1,000 flows / 300 processes; compare with scipy (python3-scipy)";

    public async Task<int> RunAsync(string[] args)
    {
        var seed = Option(args, "--seed", Seed);
        var repeats = Math.Max(1, Option(args, "--repeats", 5));
        var problem = ReconciliationProblem.Generate(seed, Processes, Links, UnknownShare);
        var path = Path.Combine(Path.GetTempPath(), $"circularpark-mfa-{seed}-{Environment.ProcessId}.json");
        problem.Write(path);
        try
        {
            var layer = problem.ToLayer();
            var (result, first, best) = Time(() => MaterialFlowReconciler.Reconcile(layer), repeats);
            Print($"mfa: {layer.Flows.Count} flows ({problem.Measured.Count(m => !m)} unknown), {Processes} processes + boundary, seed {seed}");
            Print($"ours : first {first:F1} ms, best of {repeats} {best:F1} ms; χ² {result.ChiSquare.Statistic:F6} (dof {result.ChiSquare.DegreesOfFreedom})");
            Print($"       {result.Convergence.Iterations} iteration(s), {result.Quantities.Count(q => q.AtBound)} at bound, {result.NonDeterminable.Count()} non-determinable");
            var scipy = await RunScipyAsync(path, repeats);
            if (scipy is null) return 2;
            Print($"scipy: first {scipy.FirstMs:F1} ms, best of {repeats} {scipy.BestMs:F1} ms; χ² {scipy.Chi2:F6} (dof {scipy.Dof})");
            var valueDiff = result.Flows.Max(f => Math.Abs(f.Value - scipy.Value[f.Index]));
            var sdDiff = result.Flows.Max(f => Math.Abs(f.StandardDeviation - scipy.Sd[f.Index]));
            var chiDiff = Math.Abs(result.ChiSquare.Statistic - scipy.Chi2);
            Print($"largest |difference|: values {valueDiff:E2}, standard deviations {sdDiff:E2}, χ² {chiDiff:E2} (limit {Limit:E0})");
            Print($"speed-up (best vs best): {scipy.BestMs / best:F1}×");
            var same = valueDiff <= Limit && sdDiff <= Limit && chiDiff <= Limit && result.ChiSquare.DegreesOfFreedom == scipy.Dof;
            return same ? 0 : 1;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (T Result, double FirstMs, double BestMs) Time<T>(Func<T> run, int repeats)
    {
        var watch = Stopwatch.StartNew();
        var result = run();
        var first = watch.Elapsed.TotalMilliseconds;
        var best = first;
        for (var i = 1; i < repeats; i++)
        {
            watch.Restart();
            result = run();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return (result, first, best);
    }

    private static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerOptions.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private sealed record ScipyResult(double[] Value, double[] Sd, double Chi2, int Dof, double FirstMs, double BestMs);

    private static async Task<ScipyResult?> RunScipyAsync(string problem, int repeats)
    {
        var script = FindScript();
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { script, problem, repeats.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(arg);
        using var python = OsProcess.Start(start)!;
        var output = python.StandardOutput.ReadToEndAsync();
        var error = python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();
        if (python.ExitCode != 0)
        {
            Console.Error.WriteLine($"{script} failed ({python.ExitCode}); is python3-scipy installed " +
                $"(apt-get install -y --no-install-recommends python3-scipy)?\n{await error}");
            return null;
        }
        return JsonSerializer.Deserialize<ScipyResult>(await output, SnakeCase);
    }

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "scripts", "mfa_scipy.py");
            if (File.Exists(candidate)) return candidate;
        }
        return Path.Combine("bench", "scripts", "mfa_scipy.py");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
