using CircularPark.Engines.Symbiosis;

namespace CircularPark.Engines.Tests.Symbiosis;

public class MinCostFlowTests
{
    [Fact]
    public void The_five_node_reference_network_costs_150()
    {
        var problem = new MinCostFlowProblem([20, 0, 0, -5, -15],
        [
            new(0, 1, 15, 4), new(0, 2, 8, 4), new(1, 2, 20, 2), new(1, 3, 4, 2), new(1, 4, 10, 6),
            new(2, 3, 15, 1), new(2, 4, 4, 3), new(3, 4, 20, 2), new(4, 2, 5, 3),
        ]);

        var result = NetworkSimplex.Solve(problem);

        Assert.Equal(MinCostFlowStatus.Optimal, result.Status);
        Assert.Equal(150, result.TotalCost);
        FlowCertificate.AssertOptimal(problem, result);
    }

    [Fact]
    public void The_transport_case_with_surplus_supply_costs_8600_and_leaves_900_units_to_disposal()
    {
        // Nodes: 0 = A, 1 = B, 2..6 = needs, 7 = disposal (free, uncapacitated).
        long[] needs = [500, 900, 1800, 200, 700];
        long[][] unitCost = [[2, 4, 5, 2, 1], [3, 1, 3, 2, 3]];
        var arcs = new List<FlowArc>();
        for (var s = 0; s < 2; s++)
        {
            for (var j = 0; j < needs.Length; j++) arcs.Add(new FlowArc(s, 2 + j, FlowArc.Unlimited, unitCost[s][j]));
            arcs.Add(new FlowArc(s, 7, FlowArc.Unlimited, 0));
        }
        var problem = new MinCostFlowProblem([1000, 4000, .. needs.Select(n => -n), -900], arcs);

        var result = NetworkSimplex.Solve(problem);

        Assert.Equal(MinCostFlowStatus.Optimal, result.Status);
        Assert.Equal(8600, result.TotalCost);
        Assert.Equal(900, result.Flows[5] + result.Flows[11]);
        FlowCertificate.AssertOptimal(problem, result);
    }

    [Fact]
    public void A_demand_beyond_the_capacity_is_infeasible_and_the_unrouted_amounts_are_reported()
    {
        var problem = new MinCostFlowProblem([10, 0, -10], [new(0, 1, 10, 1), new(1, 2, 6, 1)]);

        var result = NetworkSimplex.Solve(problem);

        Assert.Equal(MinCostFlowStatus.Infeasible, result.Status);
        Assert.Equal([6L, 6L], result.Flows);
        Assert.Equal(4, result.Unrouted.Where(u => u > 0).Sum());
        Assert.Equal(-4, result.Unrouted[2]);
    }

    [Fact]
    public void A_negative_cycle_of_unlimited_capacity_is_unbounded()
    {
        var problem = new MinCostFlowProblem([1, -1, 0],
            [new(0, 1, 5, 1), new(1, 2, FlowArc.Unlimited, -3), new(2, 1, FlowArc.Unlimited, 1)]);

        Assert.Equal(MinCostFlowStatus.Unbounded, NetworkSimplex.Solve(problem).Status);
    }

    [Fact]
    public void A_negative_cycle_of_limited_capacity_is_saturated()
    {
        var problem = new MinCostFlowProblem([0, 0, 0], [new(0, 1, 4, -2), new(1, 2, 7, -1), new(2, 0, 9, 1)]);

        var result = NetworkSimplex.Solve(problem);

        Assert.Equal(MinCostFlowStatus.Optimal, result.Status);
        Assert.Equal([4L, 4L, 4L], result.Flows);
        Assert.Equal(-8, result.TotalCost);
        FlowCertificate.AssertOptimal(problem, result);
    }

    [Theory]
    [InlineData(new long[] { 5, -3 }, 2)]
    [InlineData(new long[] { -1, 0, 0 }, -1)]
    public void Supplies_that_do_not_sum_to_zero_are_reported_as_unbalanced_not_solved(long[] supplies, long imbalance)
    {
        var result = NetworkSimplex.Solve(new MinCostFlowProblem(supplies, [new(0, 1, 10, 1)]));

        Assert.Equal(MinCostFlowStatus.Unbalanced, result.Status);
        Assert.Equal(imbalance, result.Imbalance);
        Assert.All(result.Flows, f => Assert.Equal(0, f));
    }

    [Fact]
    public void An_empty_network_and_a_network_without_supplies_are_optimal_at_zero_cost()
    {
        Assert.Equal(MinCostFlowStatus.Optimal, NetworkSimplex.Solve(new MinCostFlowProblem([], [])).Status);
        var idle = NetworkSimplex.Solve(new MinCostFlowProblem([0, 0], [new(0, 1, 3, 5), new(1, 0, 3, 1)]));
        Assert.Equal((MinCostFlowStatus.Optimal, 0L), (idle.Status, idle.TotalCost));
    }

    [Theory]
    [InlineData(0, 2, 1, 1)] // head is not a node
    [InlineData(-1, 0, 1, 1)] // tail is not a node
    [InlineData(0, 1, -1, 1)] // negative capacity
    [InlineData(0, 1, 1, long.MaxValue / 2)] // cost too large for exact 64-bit prices
    public void Malformed_arcs_are_rejected(int tail, int head, long capacity, long cost)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MinCostFlowProblem([0, 0], [new(tail, head, capacity, cost)]));
    }
}
