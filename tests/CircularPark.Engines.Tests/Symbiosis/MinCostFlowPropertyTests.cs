using CircularPark.Engines.Symbiosis;

namespace CircularPark.Engines.Tests.Symbiosis;

public class MinCostFlowPropertyTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40).Select(s => s * 7919)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void On_tiny_random_networks_the_cost_and_status_match_brute_force_enumeration(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 25; round++)
        {
            var problem = TinyProblem(random);

            var result = NetworkSimplex.Solve(problem);

            var best = BruteForceMinimum(problem);
            if (best is null)
            {
                Assert.Equal(MinCostFlowStatus.Infeasible, result.Status);
                Assert.Contains(result.Unrouted, u => u != 0);
            }
            else
            {
                Assert.Equal(best, result.TotalCost);
                FlowCertificate.AssertOptimal(problem, result);
            }
        }
    }

    [Theory]
    [InlineData(1, 30, 150)]
    [InlineData(2, 60, 400)]
    [InlineData(3, 200, 1500)]
    [InlineData(4, 500, 5000)]
    public void On_larger_random_networks_the_solution_carries_an_optimality_certificate(int seed, int nodes, int arcs)
    {
        var random = new Random(seed);
        for (var round = 0; round < 10; round++)
        {
            var problem = RandomProblem(random, nodes, arcs);

            var result = NetworkSimplex.Solve(problem);

            FlowCertificate.AssertOptimal(problem, result);
        }
    }

    private static MinCostFlowProblem TinyProblem(Random random)
    {
        var n = random.Next(2, 6);
        var arcs = Enumerable.Range(0, random.Next(1, 7))
            .Select(_ => new FlowArc(random.Next(n), random.Next(n), random.Next(0, 4), random.Next(-3, 6)))
            .ToList();
        var supplies = Enumerable.Range(0, n).Select(_ => (long)random.Next(-3, 4)).ToArray();
        supplies[^1] -= supplies.Sum();
        return new MinCostFlowProblem(supplies, arcs);
    }

    /// <summary>A feasible instance by construction: supplies come from a random flow within the capacities;
    /// a spanning chain of uncapacitated non-negative arcs keeps it connected; negative costs only on capacitated arcs.</summary>
    private static MinCostFlowProblem RandomProblem(Random random, int n, int m)
    {
        var arcs = new List<FlowArc>();
        for (var u = 0; u + 1 < n; u++) arcs.Add(new FlowArc(u, u + 1, FlowArc.Unlimited, random.Next(0, 50)));
        while (arcs.Count < m)
        {
            var (tail, head) = (random.Next(n), random.Next(n));
            arcs.Add(random.Next(4) == 0
                ? new FlowArc(tail, head, FlowArc.Unlimited, random.Next(0, 100))
                : new FlowArc(tail, head, random.Next(0, 60), random.Next(-20, 100)));
        }
        var supplies = new long[n];
        foreach (var a in arcs)
        {
            var f = a.Capacity == FlowArc.Unlimited ? random.Next(0, 30) : random.NextInt64(0, a.Capacity + 1);
            supplies[a.Tail] += f;
            supplies[a.Head] -= f;
        }
        return new MinCostFlowProblem(supplies, arcs);
    }

    /// <summary>Minimum over every integer flow within the capacities, or null when none meets the supplies.</summary>
    private static long? BruteForceMinimum(MinCostFlowProblem problem)
    {
        var arcs = problem.Arcs;
        var flows = new long[arcs.Count];
        long? best = null;
        void Enumerate(int e)
        {
            if (e == arcs.Count)
            {
                var net = new long[problem.NodeCount];
                for (var i = 0; i < arcs.Count; i++)
                {
                    net[arcs[i].Tail] += flows[i];
                    net[arcs[i].Head] -= flows[i];
                }
                if (net.SequenceEqual(problem.Supplies)) best = Math.Min(best ?? long.MaxValue, FlowCertificate.Cost(problem, flows));
                return;
            }
            for (flows[e] = 0; flows[e] <= arcs[e].Capacity; flows[e]++) Enumerate(e + 1);
        }
        Enumerate(0);
        return best;
    }
}
