using CircularPark.Engines.Symbiosis;

namespace CircularPark.Engines.Tests.Symbiosis;

/// <summary>Checks a claimed optimum independently of the solver: a feasible flow whose cost is Σ flow × cost and
/// whose potentials satisfy complementary slackness is optimal (LP duality).</summary>
internal static class FlowCertificate
{
    public static void AssertOptimal(MinCostFlowProblem problem, MinCostFlowResult result)
    {
        Assert.Equal(MinCostFlowStatus.Optimal, result.Status);
        AssertFeasible(problem, result.Flows);
        Assert.Equal(Cost(problem, result.Flows), result.TotalCost);
        for (var e = 0; e < problem.Arcs.Count; e++)
        {
            var a = problem.Arcs[e];
            var reduced = a.Cost + result.Potentials[a.Tail] - result.Potentials[a.Head];
            if (reduced > 0) Assert.True(result.Flows[e] == 0, $"arc {e}: reduced cost {reduced} > 0 but flow {result.Flows[e]}");
            if (reduced < 0) Assert.True(result.Flows[e] == a.Capacity, $"arc {e}: reduced cost {reduced} < 0 but not full");
        }
    }

    public static void AssertFeasible(MinCostFlowProblem problem, IReadOnlyList<long> flows)
    {
        var net = new long[problem.NodeCount];
        for (var e = 0; e < problem.Arcs.Count; e++)
        {
            var a = problem.Arcs[e];
            Assert.InRange(flows[e], 0, a.Capacity);
            net[a.Tail] += flows[e];
            net[a.Head] -= flows[e];
        }
        Assert.Equal(problem.Supplies, net);
    }

    public static long Cost(MinCostFlowProblem problem, IReadOnlyList<long> flows) =>
        problem.Arcs.Select((a, e) => a.Cost * flows[e]).Sum();
}
