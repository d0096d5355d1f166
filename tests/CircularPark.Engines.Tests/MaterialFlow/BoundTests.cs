using CircularPark.Engines.MaterialFlow;

namespace CircularPark.Engines.Tests.MaterialFlow;

/// <summary>One process P: a in; b and c out. Data that would drive a flow below zero hold it at zero instead.</summary>
public class BoundTests
{
    private static FlowLayer Process(Quantity a, Quantity b, Quantity c) => new("total mass", LayerKind.TotalMass,
        [new("Outside", ProcessKind.Boundary), new("P")],
        [new("a", "Outside", "P", a), new("b", "P", "Outside", b), new("c", "P", "Outside", c)]);

    [Fact]
    public void A_small_uncertain_flow_that_least_squares_would_make_negative_is_held_at_zero()
    {
        // Unbounded: r = 10 − 10.5 − 0.2 = −0.7, ĉ = 0.2 − 1 × 0.7 / 1.02 < 0. Held at 0: a = b, both 10.25.
        var result = MaterialFlowReconciler.Reconcile(Process(
            Quantity.Measured(10, 0.1), Quantity.Measured(10.5, 0.1), Quantity.Measured(0.2, 1)));

        var c = result.Flow("c");
        Assert.True(c.AtBound);
        Assert.Equal(0, c.Value);
        Assert.Equal(0, c.StandardDeviation);
        Assert.Equal(10.25, result.Flow("a").Value, 9);
        Assert.Equal(10.25, result.Flow("b").Value, 9);
        // χ² = 2 × 0.25² / 0.01 + 0.2² / 1 with one constraint plus one active bound.
        Assert.Equal(12.54, result.ChiSquare.Statistic, 9);
        Assert.Equal(2, result.ChiSquare.DegreesOfFreedom);
        Assert.Equal(1, result.Convergence.BoundRounds);
    }

    [Fact]
    public void An_unknown_flow_that_the_balance_would_make_negative_is_held_at_zero_and_the_data_adjusted()
    {
        // d = 10 − 12 < 0; with d = 0 the balance requires a = b: 11 each, χ² = 1² / 0.01 × 2 = 200.
        var result = MaterialFlowReconciler.Reconcile(Process(
            Quantity.Measured(10, 0.1), Quantity.Measured(12, 0.1), Quantity.Unknown));

        Assert.True(result.Flow("c").AtBound);
        Assert.Equal(0, result.Flow("c").Value);
        Assert.Equal(11, result.Flow("a").Value, 9);
        Assert.Equal(200, result.ChiSquare.Statistic, 6);
        Assert.Equal(1, result.ChiSquare.DegreesOfFreedom);
        Assert.True(result.ChiSquare.Rejected);
    }

    [Theory]
    [InlineData(1, 0.01, 3, 0.5, 0.1, 2)]
    [InlineData(5, 0.1, 0.2, 3, 7, 0.1)]
    [InlineData(10, 0.1, 0.5, 3, 12, 0.1)]
    public void Reconciled_flows_are_never_negative_and_balances_hold_after_bounds(double a, double sa, double b, double sb, double c, double sc)
    {
        var result = MaterialFlowReconciler.Reconcile(Process(
            Quantity.Measured(a, sa), Quantity.Measured(b, sb), Quantity.Measured(c, sc)));

        Assert.Contains(result.Flows, f => f.AtBound);
        Assert.All(result.Flows, f => Assert.True(f.Value >= 0));
        Assert.All(result.Balances, b => Assert.True(b.IsBalanced));
    }

    [Fact]
    public void A_transfer_coefficient_is_kept_at_most_one()
    {
        // b = k·a with k measured 1.2 ± 0.01 would send more out as b than comes in as a: k is held at 1, so b = a and c = 0.
        var layer = Process(Quantity.Measured(10, 2), Quantity.Unknown, Quantity.Measured(0.5, 1)) with
        {
            TransferCoefficients = [new TransferCoefficient("k", "b", Quantity.Measured(1.2, 0.01))],
        };

        var result = MaterialFlowReconciler.Reconcile(layer);

        Assert.True(result.TransferCoefficient("k").AtBound);
        Assert.Equal(1, result.TransferCoefficient("k").Value);
        Assert.Equal(0, result.Flow("c").Value, 9);
        Assert.All(result.Flows, f => Assert.True(f.Value >= 0));
    }
}
