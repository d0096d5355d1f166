using CircularPark.Engines.MaterialFlow;

namespace CircularPark.Engines.Tests.MaterialFlow;

/// <summary>
/// Dovì &amp; Solisio's six streams and three units: x1 + x2 = x3 (unit A), x3 = x2 + x4 (unit B), x4 = x5 + x6 (unit C).
/// Modelled as a network: x1 imported into A, x2 a recycle from B back to A, x3 from A to B, x4 from B to C,
/// x5 and x6 exported from C.
/// </summary>
public class DoviSolisioTests
{
    private static readonly double[] Data = [11, 9.9, 21.25, 11.1, 7, 3.8];
    private static readonly double[] Variances = [0.032, 0.026, 0.120, 0.033, 0.052, 0.015];

    internal static FlowLayer Layer(double[] data) => new("total mass", LayerKind.TotalMass,
        [new("Outside", ProcessKind.Boundary), new("A"), new("B"), new("C")],
        [
            Measured("x1", "Outside", "A", data, 0),
            Measured("x2", "B", "A", data, 1),
            Measured("x3", "A", "B", data, 2),
            Measured("x4", "B", "C", data, 3),
            Measured("x5", "C", "Outside", data, 4),
            Measured("x6", "C", "Outside", data, 5),
        ]);

    private static Flow Measured(string id, string from, string to, double[] data, int i) =>
        new(id, from, to, Quantity.Measured(data[i], Math.Sqrt(Variances[i])));

    [Theory]
    [InlineData("x1", 11.0293, 0.1095)]
    [InlineData("x2", 9.9571, 0.1475)]
    [InlineData("x3", 20.9864, 0.1717)]
    [InlineData("x4", 11.0293, 0.1095)]
    [InlineData("x5", 7.1780, 0.1374)]
    [InlineData("x6", 3.8513, 0.1106)]
    public void Dovi_Solisio_case_reconciles_to_the_published_values(string flow, double value, double standardDeviation)
    {
        var result = MaterialFlowReconciler.Reconcile(Layer(Data));

        Assert.Equal(value, result.Flow(flow).Value, 4);
        Assert.Equal(standardDeviation, result.Flow(flow).StandardDeviation, 4);
        Assert.Equal(QuantityClass.Redundant, result.Flow(flow).Class);
    }

    [Fact]
    public void Dovi_Solisio_case_passes_the_chi_square_test_with_three_degrees_of_freedom()
    {
        var result = MaterialFlowReconciler.Reconcile(Layer(Data));

        Assert.Equal(1.667, result.ChiSquare.Statistic, 3);
        Assert.Equal(3, result.ChiSquare.DegreesOfFreedom);
        Assert.Equal(7.8147, result.ChiSquare.CriticalValue, 4);
        Assert.False(result.ChiSquare.Rejected);
        Assert.True(result.Convergence is { Converged: true, IsLinear: true, Iterations: 1 });
        Assert.All(result.Balances, b => Assert.True(b.IsBalanced));
        Assert.All(result.GrossErrorCandidates, c => Assert.False(c.Flagged));
    }

    [Fact]
    public void The_given_data_of_the_Dovi_Solisio_case_leave_residuals_in_every_unit()
    {
        var balances = MaterialBalance.OfGivenData(Layer(Data));

        Assert.Equal([-0.35, 0.25, 0.3], balances.Select(b => Math.Round(b.Residual, 10)));
        Assert.All(balances, b => Assert.False(b.IsBalanced));
    }

    [Fact]
    public void The_covariance_of_the_estimates_matches_the_closed_form()
    {
        var result = MaterialFlowReconciler.Reconcile(Layer(Data));
        var (x1, x4) = (result.Flow("x1"), result.Flow("x4"));

        // x1 = x4 holds exactly after reconciliation, so they are perfectly correlated.
        Assert.Equal(result.Covariance(x1, x1), result.Covariance(x1, x4), 12);
        Assert.Equal(0, result.Variance([(x1, 1), (x4, -1)]), 12);
        Assert.Equal(0.1095 * 0.1095, result.Covariance(x1, x1), 4);
    }
}
