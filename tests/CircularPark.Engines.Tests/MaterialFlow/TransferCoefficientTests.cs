using CircularPark.Engines.MaterialFlow;

namespace CircularPark.Engines.Tests.MaterialFlow;

/// <summary>
/// A smelter P1 takes ore a and sends b = k × a to a refinery P2 and the slag c out; P2 sends d out and keeps a
/// loop e (P2 → P3) and g (P3 → P2) whose size no balance fixes. With a, k and c measured the constraint b = k·a is
/// bilinear. The independent check eliminates the constraints by hand: c = (1 − k)·a, so the least squares is over
/// (a, k) alone; for each k the best a is closed-form and k is found by golden-section search.
/// </summary>
public class TransferCoefficientTests
{
    private const double Ma = 100, Sa = 3, Mk = 0.6, Sk = 0.03, Mc = 45, Sc = 2;

    private static FlowLayer Smelter(Quantity b, Quantity k) => new("total mass", LayerKind.TotalMass,
        [new("Outside", ProcessKind.Boundary), new("P1"), new("P2"), new("P3")],
        [
            new("a", "Outside", "P1", Quantity.Measured(Ma, Sa)),
            new("b", "P1", "P2", b),
            new("c", "P1", "Outside", Quantity.Measured(Mc, Sc)),
            new("d", "P2", "Outside", Quantity.Unknown),
            new("e", "P2", "P3", Quantity.Unknown),
            new("g", "P3", "P2", Quantity.Unknown),
        ],
        [new("k", "b", k)]);

    [Fact]
    public void A_measured_transfer_coefficient_converges_to_the_independent_least_squares_solution()
    {
        var result = MaterialFlowReconciler.Reconcile(Smelter(Quantity.Unknown, Quantity.Measured(Mk, Sk)));
        var (a, k) = IndependentSolution();

        Assert.True(result.Convergence is { Converged: true, IsLinear: false });
        Assert.True(result.Convergence.Iterations > 1);
        Assert.Equal(a, result.Flow("a").Value, 6);
        Assert.Equal(k, result.TransferCoefficient("k").Value, 8);
        Assert.Equal((1 - k) * a, result.Flow("c").Value, 6);
        Assert.Equal(k * a, result.Flow("b").Value, 6);
        Assert.Equal(k * a, result.Flow("d").Value, 6);
        Assert.Equal(1, result.ChiSquare.DegreesOfFreedom);
        Assert.True(result.Convergence.MaxConstraintResidual < result.AbsoluteTolerance);
    }

    [Fact]
    public void Standard_deviations_under_a_transfer_coefficient_match_the_parametric_error_propagation()
    {
        var result = MaterialFlowReconciler.Reconcile(Smelter(Quantity.Unknown, Quantity.Measured(Mk, Sk)));
        var (a, k) = IndependentSolution();
        // Cov(a, k) = (Gᵀ Q⁻¹ G)⁻¹ with G = ∂(a, k, c)/∂(a, k) and c = (1 − k)·a.
        double[][] g = [[1, 0], [0, 1], [1 - k, -a]];
        double[] q = [Sa * Sa, Sk * Sk, Sc * Sc];
        var (h11, h12, h22) = (0.0, 0.0, 0.0);
        for (var i = 0; i < 3; i++) (h11, h12, h22) = (h11 + g[i][0] * g[i][0] / q[i], h12 + g[i][0] * g[i][1] / q[i], h22 + g[i][1] * g[i][1] / q[i]);
        var det = h11 * h22 - h12 * h12;
        var (vaa, vak, vkk) = (h22 / det, -h12 / det, h11 / det);
        double Sd(double da, double dk) => Math.Sqrt(da * da * vaa + 2 * da * dk * vak + dk * dk * vkk);

        Assert.Equal(Sd(1, 0), result.Flow("a").StandardDeviation, 6);
        Assert.Equal(Sd(0, 1), result.TransferCoefficient("k").StandardDeviation, 8);
        Assert.Equal(Sd(1 - k, -a), result.Flow("c").StandardDeviation, 6);
        Assert.Equal(Sd(k, a), result.Flow("b").StandardDeviation, 6);
    }

    [Fact]
    public void A_transfer_coefficient_case_reports_the_flows_that_cannot_be_determined()
    {
        var result = MaterialFlowReconciler.Reconcile(Smelter(Quantity.Unknown, Quantity.Measured(Mk, Sk)));

        Assert.Equal(["e", "g"], result.NonDeterminable.Select(q => q.Id));
        Assert.All(result.NonDeterminable, q => Assert.True(double.IsNaN(q.Value)));
        Assert.Equal(QuantityClass.Determinable, result.Flow("b").Class);
        Assert.Equal(QuantityClass.Determinable, result.Flow("d").Class);
        var p2 = result.Balances.Single(b => b.ProcessId == "P2");
        Assert.Equal(2, p2.UndeterminedTerms);
        Assert.False(p2.IsBalanced);
    }

    [Fact]
    public void An_unknown_transfer_coefficient_is_determined_from_reconciled_flows()
    {
        var result = MaterialFlowReconciler.Reconcile(Smelter(Quantity.Measured(62, 2), Quantity.Unknown));
        // Linear reconciliation of a = b + c by hand: residual r = 100 − 62 − 45 = −7 over S = 9 + 4 + 4.
        var lambda = -7.0 / 17;
        var (a, b) = (Ma - 9 * lambda, 62 + 4 * lambda);

        Assert.True(result.Convergence.Converged);
        Assert.Equal(a, result.Flow("a").Value, 8);
        Assert.Equal(b, result.Flow("b").Value, 8);
        Assert.Equal(b / a, result.TransferCoefficient("k").Value, 10);
        Assert.Equal(QuantityClass.Determinable, result.TransferCoefficient("k").Class);
    }

    [Fact]
    public void A_nonlinear_case_stopped_early_reports_non_convergence_instead_of_throwing()
    {
        var options = new ReconciliationOptions { MaxIterations = 1 };

        var result = MaterialFlowReconciler.Reconcile(Smelter(Quantity.Unknown, Quantity.Measured(Mk, Sk)), options);

        Assert.False(result.Convergence.Converged);
        Assert.Equal(1, result.Convergence.Iterations);
        Assert.True(result.Convergence.LastChange > 1);
    }

    [Theory]
    [InlineData(0.3, 0.3, 0.4)]
    [InlineData(0.1, 0.2, 0.7)]
    [InlineData(0.15, 0.35, 0.5)]
    public void Fixed_coefficients_that_add_up_to_one_repeat_the_balance_and_check_nothing(double k1, double k2, double k3)
    {
        // P splits a + d into b, c, e by fixed shares: the balance is implied, so d (measured) stays non-redundant
        // and a, b, c, e stay open, whatever rounding the shares leave.
        var layer = new FlowLayer("m", LayerKind.TotalMass,
            [new("Outside", ProcessKind.Boundary), new("Q"), new("P")],
            [
                new("a", "Q", "P", Quantity.Unknown),
                new("q", "Outside", "Q", Quantity.Unknown),
                new("d", "Outside", "P", Quantity.Measured(10, 1)),
                new("b", "P", "Outside", Quantity.Unknown),
                new("c", "P", "Outside", Quantity.Unknown),
                new("e", "P", "Outside", Quantity.Unknown),
            ],
            [new("k1", "b", Quantity.Fixed(k1)), new("k2", "c", Quantity.Fixed(k2)), new("k3", "e", Quantity.Fixed(k3))]);

        var result = MaterialFlowReconciler.Reconcile(layer);

        Assert.Equal(QuantityClass.NonRedundant, result.Flow("d").Class);
        Assert.Equal(10, result.Flow("d").Value, 12);
        Assert.Equal(0, result.ChiSquare.DegreesOfFreedom);
        Assert.Equal(["a", "q", "b", "c", "e"], result.NonDeterminable.Select(q => q.Id));
    }

    /// <summary>Minimises J(a, k) = (a − ma)²/qa + (k − mk)²/qk + ((1 − k)a − mc)²/qc.</summary>
    private static (double A, double K) IndependentSolution()
    {
        static double BestA(double k) => (Ma / (Sa * Sa) + (1 - k) * Mc / (Sc * Sc)) / (1 / (Sa * Sa) + (1 - k) * (1 - k) / (Sc * Sc));
        static double J(double k)
        {
            var a = BestA(k);
            return Math.Pow((a - Ma) / Sa, 2) + Math.Pow((k - Mk) / Sk, 2) + Math.Pow(((1 - k) * a - Mc) / Sc, 2);
        }
        var (lo, hi) = (0.0, 1.0);
        var phi = (Math.Sqrt(5) - 1) / 2;
        for (var i = 0; i < 200; i++)
        {
            var (x1, x2) = (hi - phi * (hi - lo), lo + phi * (hi - lo));
            if (J(x1) < J(x2)) hi = x2; else lo = x1;
        }
        var k = (lo + hi) / 2;
        return (BestA(k), k);
    }
}
