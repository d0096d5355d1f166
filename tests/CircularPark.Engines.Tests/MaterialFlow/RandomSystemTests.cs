using CircularPark.Engines.MaterialFlow;

namespace CircularPark.Engines.Tests.MaterialFlow;

/// <summary>
/// Invariants on random consistent systems (seeded): random positive flows between internal processes, closed by an
/// import and an export per process so that every balance holds exactly; a share of the flows unknown; every
/// measured flow with a 5 % standard deviation.
/// </summary>
public class RandomSystemTests
{
    private sealed record Case(FlowLayer Layer, double[] Truth);

    private static Case Generate(int seed, int processes, int links, double unknownShare, double noise)
    {
        var random = new Random(seed);
        var nodes = Enumerable.Range(0, processes).Select(i => $"P{i}").ToArray();
        var edges = new List<(string From, string To, double Value)>();
        var net = new double[processes];
        for (var e = 0; e < links; e++)
        {
            var (from, to) = (random.Next(processes), random.Next(processes - 1));
            if (to >= from) to++;
            var value = 1 + 99 * random.NextDouble();
            edges.Add((nodes[from], nodes[to], value));
            (net[from], net[to]) = (net[from] - value, net[to] + value);
        }
        for (var p = 0; p < processes; p++)
        {
            var slack = 1 + 19 * random.NextDouble();
            edges.Add(("Outside", nodes[p], Math.Max(0, -net[p]) + slack));
            edges.Add((nodes[p], "Outside", Math.Max(0, net[p]) + slack));
        }
        var flows = edges.Select((e, i) => new Flow($"f{i}", e.From, e.To, random.NextDouble() < unknownShare
            ? Quantity.Unknown
            : Quantity.Measured(Math.Abs(e.Value * (1 + noise * Gaussian(random))), 0.05 * e.Value)));
        Process[] all = [new("Outside", ProcessKind.Boundary), .. nodes.Select(n => new Process(n))];
        return new Case(new FlowLayer("total mass", LayerKind.TotalMass, all, [.. flows]), [.. edges.Select(e => e.Value)]);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    [Theory]
    [InlineData(1, 5, 8, 0.0)]
    [InlineData(2, 12, 30, 0.15)]
    [InlineData(3, 40, 90, 0.25)]
    [InlineData(4, 80, 200, 0.10)]
    public void Exact_data_are_returned_unchanged_and_determinable_unknowns_take_their_true_values(int seed, int processes, int links, double unknownShare)
    {
        var (layer, truth) = Generate(seed, processes, links, unknownShare, noise: 0);

        var result = MaterialFlowReconciler.Reconcile(layer);

        Assert.Equal(0, result.ChiSquare.Statistic, 9);
        Assert.DoesNotContain(result.Quantities, q => q.AtBound);
        foreach (var flow in result.Flows.Where(f => f.IsDetermined))
            Assert.True(Math.Abs(flow.Value - truth[flow.Index]) <= 1e-9 * truth[flow.Index], $"{flow.Id}: {flow.Value} ≠ {truth[flow.Index]}");
        Assert.All(result.Balances.Where(b => b.UndeterminedTerms == 0), b => Assert.True(b.IsBalanced));
    }

    [Theory]
    [InlineData(11, 6, 10, 0.0)]
    [InlineData(12, 15, 40, 0.2)]
    [InlineData(13, 50, 120, 0.3)]
    [InlineData(14, 100, 250, 0.1)]
    public void Reconciled_noisy_data_balance_within_tolerance_and_are_no_less_certain(int seed, int processes, int links, double unknownShare)
    {
        var layer = Generate(seed, processes, links, unknownShare, noise: 0.05).Layer;

        var result = MaterialFlowReconciler.Reconcile(layer);

        Assert.True(result.Convergence.Converged);
        Assert.True(result.ChiSquare.Statistic > 0);
        Assert.All(result.Balances.Where(b => b.UndeterminedTerms == 0),
            b => Assert.True(Math.Abs(b.Residual) <= result.AbsoluteTolerance, $"{b.ProcessId}: residual {b.Residual}"));
        Assert.All(result.Flows.Where(f => f.IsDetermined), f => Assert.True(f.Value >= 0));
        Assert.All(result.Flows.Where(f => f.Given.IsUncertain),
            f => Assert.True(f.StandardDeviation <= f.Given.StandardDeviation * (1 + 1e-12)));
    }

    [Theory]
    [InlineData(21, 30, 80, 0.2)]
    [InlineData(22, 60, 150, 0.0)]
    public void Reconciling_reconciled_values_changes_nothing(int seed, int processes, int links, double unknownShare)
    {
        var layer = Generate(seed, processes, links, unknownShare, noise: 0.03).Layer;
        var first = MaterialFlowReconciler.Reconcile(layer);
        var again = layer with
        {
            Flows = [.. layer.Flows.Select((f, i) => f.Quantity.IsUncertain
                ? f with { Quantity = Quantity.Measured(first.Flows[i].Value, f.Quantity.StandardDeviation) }
                : f)],
        };

        var second = MaterialFlowReconciler.Reconcile(again);

        Assert.Equal(0, second.ChiSquare.Statistic, 9);
        Assert.Equal(first.ChiSquare.DegreesOfFreedom, second.ChiSquare.DegreesOfFreedom);
        foreach (var flow in second.Flows.Where(f => f.IsDetermined))
            Assert.Equal(first.Flows[flow.Index].Value, flow.Value, 8);
    }
}
