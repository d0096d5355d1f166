using System.Diagnostics;
using System.Globalization;
using CircularPark.Bench.Symbiosis;
using CircularPark.Engines.Symbiosis;

namespace CircularPark.Bench;

/// <summary>
/// Optimal waste-exchange matching, 2,000 offers × 2,000 needs, 100,000 feasible pairs: our network simplex against
/// Debian's glpsol (the same network as a CPLEX LP) and networkx.network_simplex (the same network in DIMACS), in
/// one run. Returns 1 when the optimal costs disagree by more than 1 unit + 10⁻⁹ relative (1 unit = 10⁻⁵ yuan;
/// our engine and networkx are exact integers, glpsol solves in doubles and prints 15 digits).
/// Options: --seed N (default 20261123), --keep (keep the instance files).
/// </summary>
public sealed class SymbiosisBenchmark : IBenchmark
{
    private const int WarmRuns = 5;

    public string Name => "matching";

    public string Description => "waste-exchange matching 2,000 × 2,000 (100,000 pairs): engine vs glpsol vs networkx";

    public async Task<int> RunAsync(string[] args)
    {
        var seed = args.SkipWhile(a => a != "--seed").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(20261123);
        var problem = MatchingInstance.Create(seed);
        var watch = Stopwatch.StartNew();
        var network = WasteExchange.Build(problem);
        var buildMs = watch.Elapsed.TotalMilliseconds;
        var (result, firstMs, bestMs) = SolveTimed(network.Flow);
        var plan = network.Report(result);
        Print($"matching: seed {seed}; {problem.Offers.Count} offers × {problem.Needs.Count} needs; {plan.FeasiblePairs} feasible pairs, {plan.Exclusions.Count} excluded, {plan.IncompatiblePairs} incompatible");
        Print($"  network: {network.Flow.NodeCount} nodes, {network.Flow.Arcs.Count} arcs; flow unit 1 kg, cost unit 1e-5 yuan");
        Print($"  plan: {plan.Allocations.Count} shipments, {plan.Totals.TonnesDiverted:F3} t diverted, transport CO2 {plan.Totals.TransportCo2Kg / 1000:F1} t, saving {plan.Totals.SavingsYuan:F2} yuan");
        if (result.Status != MinCostFlowStatus.Optimal || plan.FeasiblePairs != 100_000)
        {
            Print($"  FAILED: status {result.Status}, {plan.FeasiblePairs} feasible pairs (100000 expected)");
            return 1;
        }

        var folder = Directory.CreateTempSubdirectory("circularpark-matching-").FullName;
        try
        {
            var (lp, dimacs) = (Path.Combine(folder, "matching.lp"), Path.Combine(folder, "matching.dimacs"));
            ReferenceSolvers.WriteCplexLp(network.Flow, lp);
            ReferenceSolvers.WriteDimacs(network.Flow, dimacs);
            var glpk = await ReferenceSolvers.RunGlpsolAsync(lp);
            var networkx = await ReferenceSolvers.RunNetworkxAsync(FindScript(), dimacs);
            Print($"  engine   solve {bestMs,9:F1} ms (best of {WarmRuns}; first run {firstMs:F1} ms; build {buildMs:F1} ms)  cost {result.TotalCost}  ({result.Pivots} pivots)");
            foreach (var r in new[] { glpk, networkx })
            {
                Print($"  {r.Solver,-8} solve {r.SolveSeconds * 1000,9:F1} ms (own timer; process {r.ProcessSeconds * 1000:F0} ms)  cost {r.Cost:F0}");
            }
            var agree = Agrees(result.TotalCost, glpk.Cost) && Agrees(result.TotalCost, networkx.Cost);
            Print($"  optimal costs {(agree ? "agree" : "DISAGREE")} (tolerance 1 unit + 1e-9 relative): {result.TotalCost / WasteExchangeNetwork.CostUnitsPerYuan:F5} yuan");
            if (args.Contains("--keep")) Print($"  instance files kept in {folder}");
            return agree ? 0 : 1;
        }
        finally
        {
            if (!args.Contains("--keep")) Directory.Delete(folder, recursive: true);
        }
    }

    private static (MinCostFlowResult Result, double FirstMs, double BestMs) SolveTimed(MinCostFlowProblem flow)
    {
        var watch = Stopwatch.StartNew();
        var result = NetworkSimplex.Solve(flow);
        var first = watch.Elapsed.TotalMilliseconds;
        var best = double.MaxValue;
        for (var i = 0; i < WarmRuns; i++)
        {
            watch.Restart();
            result = NetworkSimplex.Solve(flow);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        return (result, first, best);
    }

    private static bool Agrees(long ours, double theirs) => Math.Abs(ours - theirs) <= 1 + 1e-9 * Math.Abs(ours);

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "scripts", "mcf_networkx.py");
            if (File.Exists(candidate)) return candidate;
        }
        return Path.GetFullPath(Path.Combine("bench", "scripts", "mcf_networkx.py"));
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
