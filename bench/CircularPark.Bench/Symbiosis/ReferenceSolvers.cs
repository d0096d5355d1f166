using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CircularPark.Engines.Symbiosis;

namespace CircularPark.Bench.Symbiosis;

/// <summary>What an external solver reported: its optimal cost (objective units), its own solve time and the wall
/// time of its whole process (reading the file included).</summary>
internal sealed record ReferenceRun(string Solver, double Cost, double SolveSeconds, double ProcessSeconds);

/// <summary>Writes a flow problem for Debian's glpsol (CPLEX LP) and for networkx (DIMACS min), and runs them.</summary>
internal static partial class ReferenceSolvers
{
    /// <summary>CPLEX LP: min Σ cost·x subject to out − in = supply per node and 0 ≤ x ≤ capacity.</summary>
    public static void WriteCplexLp(MinCostFlowProblem problem, string path)
    {
        var text = new StringBuilder("\\ CircularPark matching benchmark: min-cost flow as an LP\nMinimize\n cost:");
        for (var e = 0; e < problem.Arcs.Count; e++)
        {
            text.Append(CultureInfo.InvariantCulture, $" + {problem.Arcs[e].Cost} x{e}");
            if (e % 8 == 7) text.Append("\n ");
        }
        text.Append("\nSubject To\n");
        var incident = Incidence(problem);
        for (var u = 0; u < problem.NodeCount; u++)
        {
            text.Append(CultureInfo.InvariantCulture, $" n{u}:");
            var terms = 0;
            foreach (var (e, sign) in incident[u])
            {
                text.Append(CultureInfo.InvariantCulture, $" {(sign > 0 ? '+' : '-')} x{e}");
                if (++terms % 8 == 0) text.Append("\n ");
            }
            text.Append(CultureInfo.InvariantCulture, $" = {problem.Supplies[u]}\n");
        }
        text.Append("Bounds\n");
        for (var e = 0; e < problem.Arcs.Count; e++)
        {
            if (problem.Arcs[e].Capacity != FlowArc.Unlimited) text.Append(CultureInfo.InvariantCulture, $" x{e} <= {problem.Arcs[e].Capacity}\n");
        }
        text.Append("End\n");
        File.WriteAllText(path, text.ToString());
    }

    /// <summary>DIMACS min-cost-flow format, nodes 1-based; an unlimited capacity is written as Σ positive supplies,
    /// which no flow of this problem can exceed on an arc (all its costs are ≥ 0, so no cycle carries flow).</summary>
    public static void WriteDimacs(MinCostFlowProblem problem, string path)
    {
        var bound = problem.Supplies.Where(s => s > 0).Sum();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"c CircularPark matching benchmark\np min {problem.NodeCount} {problem.Arcs.Count}\n");
        for (var u = 0; u < problem.NodeCount; u++)
        {
            if (problem.Supplies[u] != 0) text.Append(CultureInfo.InvariantCulture, $"n {u + 1} {problem.Supplies[u]}\n");
        }
        foreach (var a in problem.Arcs)
        {
            var capacity = a.Capacity == FlowArc.Unlimited ? bound : a.Capacity;
            text.Append(CultureInfo.InvariantCulture, $"a {a.Tail + 1} {a.Head + 1} 0 {capacity} {a.Cost}\n");
        }
        File.WriteAllText(path, text.ToString());
    }

    public static async Task<ReferenceRun> RunGlpsolAsync(string lpPath)
    {
        var raw = Path.ChangeExtension(lpPath, ".raw");
        var (output, seconds) = await RunAsync("glpsol", ["--lp", lpPath, "-w", raw]);
        if (!output.Contains("OPTIMAL LP SOLUTION FOUND", StringComparison.Ordinal)) throw new InvalidOperationException("glpsol found no optimum:\n" + output);
        // The raw solution's "s bas ROWS COLS PRIM DUAL OBJ" line carries the objective with all 15 digits.
        var status = File.ReadLines(raw).First(l => l.StartsWith("s bas", StringComparison.Ordinal));
        var cost = double.Parse(status.Split(' ')[^1], CultureInfo.InvariantCulture);
        var used = GlpsolTime().Match(output);
        var solve = used.Success ? double.Parse(used.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
        return new ReferenceRun("glpsol", cost, solve, seconds);
    }

    public static async Task<ReferenceRun> RunNetworkxAsync(string script, string dimacsPath)
    {
        var (output, seconds) = await RunAsync("/usr/bin/python3", [script, dimacsPath]);
        using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var root = json.RootElement;
        return new ReferenceRun("networkx", root.GetProperty("cost").GetDouble(), root.GetProperty("solve_seconds").GetDouble(), seconds);
    }

    private static List<(int Arc, int Sign)>[] Incidence(MinCostFlowProblem problem)
    {
        var incident = Enumerable.Range(0, problem.NodeCount).Select(_ => new List<(int, int)>()).ToArray();
        for (var e = 0; e < problem.Arcs.Count; e++)
        {
            incident[problem.Arcs[e].Tail].Add((e, +1));
            incident[problem.Arcs[e].Head].Add((e, -1));
        }
        return incident;
    }

    private static async Task<(string Output, double Seconds)> RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var seconds = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} exited with {process.ExitCode}:\n{await stderr}\n{await stdout}");
        return (await stdout, seconds);
    }

    [GeneratedRegex(@"Time used:\s*([0-9.]+) secs")]
    private static partial Regex GlpsolTime();
}
