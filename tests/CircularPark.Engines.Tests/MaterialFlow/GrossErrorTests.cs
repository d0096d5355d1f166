using CircularPark.Engines.MaterialFlow;

namespace CircularPark.Engines.Tests.MaterialFlow;

/// <summary>
/// Four plants A–D with a recycle D → A, every flow measured to 2 %: A 100 + 20 in, 60 + 60 out; B 50 + 60 in,
/// 70 + 40 out; C 60 + 70 in, 80 + 50 out; D 40 + 80 in, 100 + 20 out. No two flows touch the same plants in the
/// same way, so a single gross error can be located.
/// </summary>
public class GrossErrorTests
{
    private static readonly (string Id, string From, string To, double Value)[] Flows =
    [
        ("f1", "Outside", "A", 100), ("f2", "Outside", "B", 50), ("f3", "A", "B", 60), ("f4", "A", "C", 60),
        ("f5", "B", "C", 70), ("f6", "B", "D", 40), ("f7", "C", "D", 80), ("f8", "C", "Outside", 50),
        ("f9", "D", "Outside", 100), ("f10", "D", "A", 20),
    ];

    private static FlowLayer Park(string? wrong, double factor) => new("total mass", LayerKind.TotalMass,
        [new("Outside", ProcessKind.Boundary), new("A"), new("B"), new("C"), new("D")],
        [.. Flows.Select(f => new Flow(f.Id, f.From, f.To, Quantity.Measured(f.Id == wrong ? f.Value * factor : f.Value, 0.02 * f.Value)))]);

    [Theory]
    [InlineData("f1", 1.25)]
    [InlineData("f3", 0.75)]
    [InlineData("f5", 1.25)]
    [InlineData("f7", 1.25)]
    [InlineData("f9", 0.80)]
    public void One_grossly_wrong_measurement_ranks_first_and_the_chi_square_test_rejects(string wrong, double factor)
    {
        var result = MaterialFlowReconciler.Reconcile(Park(wrong, factor));

        Assert.True(result.ChiSquare.Rejected);
        Assert.Equal(4, result.ChiSquare.DegreesOfFreedom);
        Assert.True(result.ChiSquare.PValue < 0.05);
        var first = result.GrossErrorCandidates[0];
        Assert.Equal(wrong, first.Quantity.Id);
        Assert.True(first.Flagged);
        Assert.True(first.Statistic > result.GrossErrorCandidates[1].Statistic);
    }

    [Fact]
    public void Consistent_measurements_pass_both_tests_and_stay_unchanged()
    {
        var result = MaterialFlowReconciler.Reconcile(Park(null, 1));

        Assert.False(result.ChiSquare.Rejected);
        Assert.Equal(0, result.ChiSquare.Statistic, 12);
        Assert.DoesNotContain(result.GrossErrorCandidates, c => c.Flagged);
        Assert.All(result.Flows, f => Assert.Equal(f.Given.Value, f.Value, 9));
    }

    [Fact]
    public void The_measurement_test_critical_value_is_the_Sidak_corrected_normal_quantile()
    {
        var result = MaterialFlowReconciler.Reconcile(Park(null, 1));

        // 10 redundant flows at α = 0.05: β = 1 − 0.95^(1/10) = 0.0051162, z(1 − β/2) = 2.7996 (scipy.stats.norm.ppf).
        Assert.Equal(10, result.GrossErrorCandidates.Count);
        Assert.Equal(2.7996, result.MeasurementTestCriticalValue, 4);
    }
}
