namespace CircularPark.Engines.MaterialFlow;

/// <summary>The kind of a quantity of a layer.</summary>
public enum QuantityType
{
    /// <summary>A flow; its id is the flow's.</summary>
    Flow,

    /// <summary>A process's stock change; its id is the process's.</summary>
    StockChange,

    /// <summary>A transfer coefficient; its id is the coefficient's.</summary>
    TransferCoefficient,
}

/// <summary>What the constraints say about a quantity after reconciliation.</summary>
public enum QuantityClass
{
    /// <summary>Fixed (or given with σ = 0): not changed.</summary>
    Constant,

    /// <summary>An uncertain datum the constraints check: it may be adjusted, and the measurement test applies.</summary>
    Redundant,

    /// <summary>An uncertain datum no constraint checks: returned unchanged, with its own standard deviation.</summary>
    NonRedundant,

    /// <summary>An unknown with a unique value under the constraints.</summary>
    Determinable,

    /// <summary>An unknown the constraints leave open: no value (NaN).</summary>
    NonDeterminable,
}

/// <summary>
/// One quantity after reconciliation, in the layer's unit (transfer coefficients: dimensionless).
/// Invariants: a flow's <see cref="Value"/> is ≥ 0 and a coefficient's lies in [0, 1] unless NaN (non-determinable);
/// <see cref="StandardDeviation"/> ≥ 0 (NaN when non-determinable) and, for a redundant datum, at most the given one.
/// </summary>
/// <param name="Index">Position in <see cref="ReconciliationResult.Quantities"/>.</param>
/// <param name="Type">Flow, stock change or transfer coefficient.</param>
/// <param name="Id">The flow's, process's or coefficient's id.</param>
/// <param name="Given">The quantity as given.</param>
/// <param name="Class">Redundancy or determinability.</param>
/// <param name="Value">The reconciled value.</param>
/// <param name="StandardDeviation">Its standard deviation by first-order error propagation at the solution.</param>
/// <param name="AtBound">True when the value was held at a bound (0 for a flow, 0 or 1 for a coefficient).</param>
/// <param name="MeasurementTest">
/// For a redundant datum: |wⱼ| / √Var(wⱼ) with w = Q⁻¹(data − reconciled), the maximum-power measurement test,
/// standard normal without gross error (with independent data it equals the normalised adjustment). NaN otherwise.
/// </param>
public sealed record ReconciledQuantity(
    int Index,
    QuantityType Type,
    string Id,
    Quantity Given,
    QuantityClass Class,
    double Value,
    double StandardDeviation,
    bool AtBound,
    double MeasurementTest)
{
    /// <summary>Reconciled minus given value; NaN for unknowns.</summary>
    public double Adjustment => Given.Status == QuantityStatus.Unknown ? double.NaN : Value - Given.Value;

    /// <summary>True when the quantity has a value (everything but non-determinable unknowns).</summary>
    public bool IsDetermined => Class != QuantityClass.NonDeterminable;
}

/// <summary>The global test: χ² = Σ (data − reconciled)² / σ² over the uncertain data, including data held at a bound.</summary>
/// <param name="Statistic">The χ² statistic (dimensionless).</param>
/// <param name="DegreesOfFreedom">Independent constraints on the data plus data held at a bound (each adds one).</param>
/// <param name="Significance">The test level α.</param>
/// <param name="CriticalValue">The (1 − α) quantile of χ² with these degrees of freedom; 0 when there are none.</param>
/// <param name="PValue">P(χ² ≥ statistic); 1 when there are no degrees of freedom.</param>
public sealed record ChiSquareTest(double Statistic, int DegreesOfFreedom, double Significance, double CriticalValue, double PValue)
{
    /// <summary>True when the data contradict the model beyond chance: statistic above the critical value.</summary>
    public bool Rejected => DegreesOfFreedom > 0 && Statistic > CriticalValue;
}

/// <summary>A redundant datum ranked by its measurement test statistic, largest first.</summary>
/// <param name="Quantity">The datum.</param>
/// <param name="Statistic">Its <see cref="ReconciledQuantity.MeasurementTest"/>.</param>
/// <param name="Flagged">True when the statistic exceeds <see cref="ReconciliationResult.MeasurementTestCriticalValue"/>.</param>
public sealed record GrossErrorCandidate(ReconciledQuantity Quantity, double Statistic, bool Flagged);

/// <summary>How the iteration went.</summary>
/// <param name="Converged">True when the last step changed no quantity by more than its tolerance (always for linear systems).</param>
/// <param name="IsLinear">True when no transfer coefficient multiplies a variable by a variable (one step is exact).</param>
/// <param name="Iterations">Linearisation steps taken, over all rounds of bounds.</param>
/// <param name="LastChange">The last step's largest change of a determined quantity, in units of that quantity's tolerance (≤ 1 means within).</param>
/// <param name="MaxConstraintResidual">Largest |constraint| at the result, in the layer's unit, over constraints whose quantities are all determined.</param>
/// <param name="BoundRounds">Rounds in which violated bounds were made active and the system solved again.</param>
public sealed record ConvergenceInfo(bool Converged, bool IsLinear, int Iterations, double LastChange, double MaxConstraintResidual, int BoundRounds);

/// <summary>The balance of one internal process: input = output + stock change + residual.</summary>
/// <param name="ProcessId">The process.</param>
/// <param name="Input">Σ of determined inflows (layer unit).</param>
/// <param name="Output">Σ of determined outflows.</param>
/// <param name="StockChange">The determined stock change (0 when the process has none).</param>
/// <param name="Residual">Input − output − stock change.</param>
/// <param name="UndeterminedTerms">Flows and stock change without a value; the residual is then partial.</param>
/// <param name="IsBalanced">True when all terms are determined and |residual| ≤ the absolute tolerance.</param>
public sealed record ProcessBalance(string ProcessId, double Input, double Output, double StockChange, double Residual, int UndeterminedTerms, bool IsBalanced);
