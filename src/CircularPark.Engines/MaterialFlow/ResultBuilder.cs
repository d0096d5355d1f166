using MathNet.Numerics.Distributions;

namespace CircularPark.Engines.MaterialFlow;

/// <summary>
/// Turns the last linearised step into a <see cref="ReconciliationResult"/>: classes, standard deviations
/// (Var ŷⱼ = qⱼ − qⱼ² Wⱼⱼ for data, gᵀ Cov(ŷ) g for unknowns), the χ² test and the measurement tests.
/// </summary>
internal sealed class ResultBuilder(FlowNetwork network, ReconciliationOptions options, double absoluteTolerance)
{
    public ReconciliationResult Build(QuantityLayout layout, LinearisedStep step, double[] values, bool[] atBound, ConvergenceInfo convergence)
    {
        var projection = step.Projection;
        var count = network.QuantityCount;
        var gradients = new SparseVector?[count];
        var quantities = new ReconciledQuantity[count];
        for (var q = 0; q < count; q++)
        {
            gradients[q] = SparseVector.Empty;
            quantities[q] = Quantity(q, network.Given[q].IsUncertain ? QuantityClass.Redundant : QuantityClass.Constant, values[q], 0, atBound[q]);
        }
        for (var j = 0; j < layout.Uncertain.Length; j++)
        {
            var q = layout.Uncertain[j];
            gradients[q] = SparseVector.Unit(j);
            quantities[q] = Datum(q, j, projection, values[q]);
        }
        for (var k = 0; k < layout.Unknowns.Length; k++)
        {
            var q = layout.Unknowns[k];
            gradients[q] = step.Determinable[k] ? step.UnknownGradient(k) : null;
            var sd = gradients[q] is { } g ? Math.Sqrt(Math.Max(0, projection.Covariance(g, g))) : double.NaN;
            var kind = step.Determinable[k] ? QuantityClass.Determinable : QuantityClass.NonDeterminable;
            quantities[q] = Quantity(q, kind, values[q], sd, false);
        }
        foreach (var q in Enumerable.Range(0, count).Where(q => atBound[q] && network.Given[q].Status == QuantityStatus.Unknown))
            quantities[q] = quantities[q] with { Class = QuantityClass.Determinable };
        return new ReconciliationResult(network.Layer, options, absoluteTolerance, quantities, projection, gradients)
        {
            Balances = MaterialBalance.Compute(network, values, absoluteTolerance),
            ChiSquare = ChiSquare(quantities, projection.Rank),
            MeasurementTestCriticalValue = MeasurementCritical(quantities),
            GrossErrorCandidates = Candidates(quantities),
            Convergence = convergence,
        };
    }

    private ReconciledQuantity Quantity(int q, QuantityClass kind, double value, double sd, bool atBound, double test = double.NaN) =>
        new(q, network.Types[q], network.Ids[q], network.Given[q], kind, value, sd, atBound, test);

    /// <summary>An uncertain datum: redundant when its redundancy qⱼWⱼⱼ (the share of its variance the constraints remove) exceeds the rank tolerance.</summary>
    private ReconciledQuantity Datum(int q, int j, Projection projection, double value)
    {
        var variance = network.Given[q].StandardDeviation * network.Given[q].StandardDeviation;
        var weight = projection.AdjustmentWeight(j);
        var redundant = variance * weight > options.RankTolerance;
        var sd = Math.Sqrt(Math.Max(0, variance - variance * variance * weight));
        var test = redundant ? Math.Abs(network.Given[q].Value - value) / (variance * Math.Sqrt(weight)) : double.NaN;
        return Quantity(q, redundant ? QuantityClass.Redundant : QuantityClass.NonRedundant, value, sd, false, test);
    }

    private ChiSquareTest ChiSquare(ReconciledQuantity[] quantities, int rank)
    {
        var statistic = 0.0;
        var held = 0;
        foreach (var q in quantities.Where(q => q.Given.IsUncertain))
        {
            statistic += q.Adjustment * q.Adjustment / (q.Given.StandardDeviation * q.Given.StandardDeviation);
            if (q.AtBound) held++;
        }
        var df = rank + held;
        if (df == 0) return new ChiSquareTest(statistic, 0, options.Significance, 0, 1);
        return new ChiSquareTest(statistic, df, options.Significance,
            ChiSquared.InvCDF(df, 1 - options.Significance), 1 - ChiSquared.CDF(df, statistic));
    }

    /// <summary>z at the two-sided Šidák level β = 1 − (1 − α)^(1/n) over the n redundant data.</summary>
    private double MeasurementCritical(ReconciledQuantity[] quantities)
    {
        var n = quantities.Count(q => !double.IsNaN(q.MeasurementTest));
        if (n == 0) return double.NaN;
        var beta = 1 - Math.Pow(1 - options.Significance, 1.0 / n);
        return Normal.InvCDF(0, 1, 1 - beta / 2);
    }

    private IReadOnlyList<GrossErrorCandidate> Candidates(ReconciledQuantity[] quantities)
    {
        var critical = MeasurementCritical(quantities);
        return [.. quantities
            .Where(q => !double.IsNaN(q.MeasurementTest))
            .OrderByDescending(q => q.MeasurementTest)
            .ThenBy(q => q.Index)
            .Select(q => new GrossErrorCandidate(q, q.MeasurementTest, q.MeasurementTest > critical))];
    }
}
