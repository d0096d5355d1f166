using CircularPark.Engines.MaterialFlow;

namespace CircularPark.Engines.Tests.MaterialFlow;

public class ModelValidationTests
{
    private static readonly Process[] Processes = [new("Outside", ProcessKind.Boundary), new("P")];

    public static TheoryData<string, FlowLayer> MalformedLayers => new()
    {
        { "duplicate process", new("m", LayerKind.TotalMass, [.. Processes, new("P")], []) },
        { "duplicate flow", new("m", LayerKind.TotalMass, Processes, [Flow("a", "Outside", "P"), Flow("a", "P", "Outside")]) },
        { "missing process", new("m", LayerKind.TotalMass, Processes, [Flow("a", "Outside", "Q")]) },
        { "self loop", new("m", LayerKind.TotalMass, Processes, [Flow("a", "P", "P")]) },
        { "coefficient of a missing flow", new("m", LayerKind.TotalMass, Processes, [Flow("a", "Outside", "P")], [new("k", "b", Quantity.Fixed(0.5))]) },
        { "coefficient of the boundary", new("m", LayerKind.TotalMass, Processes, [Flow("a", "Outside", "P")], [new("k", "a", Quantity.Fixed(0.5))]) },
        { "negative fixed flow", new("m", LayerKind.TotalMass, Processes, [new("a", "Outside", "P", Quantity.Fixed(-1))]) },
        { "fixed coefficient above one", new("m", LayerKind.TotalMass, Processes, [Flow("a", "P", "Outside")], [new("k", "a", Quantity.Fixed(1.5))]) },
    };

    private static Flow Flow(string id, string from, string to) => new(id, from, to, Quantity.Measured(1, 0.1));

    [Theory]
    [MemberData(nameof(MalformedLayers))]
    public void A_malformed_layer_is_a_programming_error(string because, FlowLayer layer)
    {
        var error = Assert.Throws<ArgumentException>(() => MaterialFlowReconciler.Reconcile(layer));
        Assert.False(string.IsNullOrEmpty(error.Message), because);
    }

    [Theory]
    [InlineData(0.0, 1e-9, 100)]
    [InlineData(1.0, 1e-9, 100)]
    [InlineData(0.05, 0.0, 100)]
    [InlineData(0.05, 1e-9, 0)]
    public void Options_out_of_range_are_rejected(double significance, double tolerance, int maxIterations)
    {
        var layer = new FlowLayer("m", LayerKind.TotalMass, Processes, [Flow("a", "Outside", "P")]);
        var options = new ReconciliationOptions { Significance = significance, Tolerance = tolerance, MaxIterations = maxIterations };

        Assert.Throws<ArgumentException>(() => MaterialFlowReconciler.Reconcile(layer, options));
    }

    [Theory]
    [InlineData(double.NaN, 0.1)]
    [InlineData(1.0, -0.1)]
    [InlineData(1.0, double.PositiveInfinity)]
    public void A_quantity_needs_a_finite_value_and_a_non_negative_standard_deviation(double value, double sd)
    {
        Assert.Throws<ArgumentException>(() => Quantity.Measured(value, sd));
    }

    [Fact]
    public void A_relative_uncertainty_scales_with_the_value_and_zero_uncertainty_makes_a_constant()
    {
        Assert.Equal(2.5, Quantity.WithRelativeUncertainty(QuantityStatus.Estimated, -50, 0.05).StandardDeviation, 12);
        Assert.False(Quantity.Measured(3, 0).IsUncertain);
        Assert.Throws<ArgumentException>(() => Quantity.WithRelativeUncertainty(QuantityStatus.Fixed, 1, 0.1));
    }

    [Fact]
    public void Fixed_and_non_redundant_data_are_returned_unchanged_with_their_own_uncertainty()
    {
        // P: a (fixed 10) in, b (measured) and c (unknown) out: b is not checked by anything.
        var layer = new FlowLayer("m", LayerKind.TotalMass, Processes,
        [
            new("a", "Outside", "P", Quantity.Fixed(10)),
            new("b", "P", "Outside", Quantity.Measured(4, 0.2)),
            new("c", "P", "Outside", Quantity.Unknown),
        ]);

        var result = MaterialFlowReconciler.Reconcile(layer);

        Assert.Equal((QuantityClass.Constant, 10.0, 0.0), (result.Flow("a").Class, result.Flow("a").Value, result.Flow("a").StandardDeviation));
        Assert.Equal((QuantityClass.NonRedundant, 4.0), (result.Flow("b").Class, result.Flow("b").Value));
        Assert.Equal(0.2, result.Flow("b").StandardDeviation, 12);
        Assert.Equal(6, result.Flow("c").Value, 12);
        Assert.Equal(0.2, result.Flow("c").StandardDeviation, 12);
        Assert.Equal(0, result.ChiSquare.DegreesOfFreedom);
        Assert.Empty(result.GrossErrorCandidates);
    }

    [Fact]
    public void Fixed_data_that_contradict_a_balance_are_reported_not_thrown()
    {
        var layer = new FlowLayer("m", LayerKind.TotalMass, Processes,
            [new("a", "Outside", "P", Quantity.Fixed(10)), new("b", "P", "Outside", Quantity.Fixed(7))]);

        var result = MaterialFlowReconciler.Reconcile(layer);

        var balance = Assert.Single(result.Balances);
        Assert.Equal(3, balance.Residual, 12);
        Assert.False(balance.IsBalanced);
        Assert.Equal(3, result.Convergence.MaxConstraintResidual, 12);
        Assert.Equal(0, result.ChiSquare.DegreesOfFreedom);
    }
}
