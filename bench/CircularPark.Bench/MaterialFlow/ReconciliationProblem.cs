using System.Text.Json;
using CircularPark.Engines.MaterialFlow;

namespace CircularPark.Bench.MaterialFlow;

/// <summary>
/// A random, seeded reconciliation problem in the plain form both implementations read: process 0 is the boundary,
/// 1 … P internal; flow j goes From[j] → To[j]; Measured[j] says whether Value[j] ± Sd[j] is a datum or the flow is
/// unknown (Value 0, Sd 0). Unknowns are chosen so that each is determinable and the balances stay independent.
/// </summary>
internal sealed record ReconciliationProblem(int Processes, int[] From, int[] To, bool[] Measured, double[] Value, double[] Sd)
{
    /// <summary>
    /// <paramref name="processes"/> internal processes linked by <paramref name="links"/> random flows, each closed by
    /// an import and an export so that the true flows balance; data = truth + 2 % Gaussian noise, σ = 2 % of truth.
    /// </summary>
    public static ReconciliationProblem Generate(int seed, int processes, int links, double unknownShare)
    {
        var random = new Random(seed);
        var (from, to, truth) = (new List<int>(), new List<int>(), new List<double>());
        var net = new double[processes + 1];
        void Add(int a, int b, double value)
        {
            (net[a], net[b]) = (net[a] - value, net[b] + value);
            from.Add(a); to.Add(b); truth.Add(value);
        }
        for (var e = 0; e < links; e++)
        {
            var a = 1 + random.Next(processes);
            var b = 1 + random.Next(processes - 1);
            Add(a, b >= a ? b + 1 : b, 5 + 95 * random.NextDouble());
        }
        for (var p = 1; p <= processes; p++)
        {
            var slack = 5 + 45 * random.NextDouble();
            var (import, export) = (Math.Max(0, -net[p]) + slack, Math.Max(0, net[p]) + slack);
            Add(0, p, import);
            Add(p, 0, export);
        }
        var measured = ChooseMeasured(random, from, to, truth, processes, unknownShare);
        var sd = truth.Select((t, j) => measured[j] ? 0.02 * t : 0).ToArray();
        var value = truth.Select((t, j) => measured[j] ? t + sd[j] * Gaussian(random) : 0).ToArray();
        return new(processes, [.. from], [.. to], measured, value, sd);
    }

    /// <summary>Unknowns among the larger flows, accepted only while they form a forest over the processes with the boundary as one node.</summary>
    private static bool[] ChooseMeasured(Random random, List<int> from, List<int> to, List<double> truth, int processes, double unknownShare)
    {
        var parent = Enumerable.Range(0, processes + 1).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var measured = Enumerable.Repeat(true, truth.Count).ToArray();
        var unknowns = 0;
        foreach (var j in Enumerable.Range(0, truth.Count).OrderBy(_ => random.Next()))
        {
            if (unknowns >= unknownShare * truth.Count || truth[j] < 20) continue;
            var (a, b) = (Find(from[j]), Find(to[j]));
            if (a == b) continue;
            parent[a] = b;
            measured[j] = false;
            unknowns++;
        }
        return measured;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>The problem as a layer for our engine.</summary>
    public FlowLayer ToLayer()
    {
        var names = Enumerable.Range(0, Processes + 1).Select(p => p == 0 ? "Outside" : $"P{p}").ToArray();
        Process[] processes = [new("Outside", ProcessKind.Boundary), .. names.Skip(1).Select(n => new Process(n))];
        var flows = From.Select((_, j) => new Flow($"f{j}", names[From[j]], names[To[j]],
            Measured[j] ? Quantity.Measured(Value[j], Sd[j]) : Quantity.Unknown));
        return new FlowLayer("bench", LayerKind.TotalMass, processes, [.. flows]);
    }

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, JsonSerializerOptions.Web));
}
