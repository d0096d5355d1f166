namespace CircularPark.Engines.MaterialFlow;

/// <summary>Tolerances and test levels of a reconciliation; the result states the options it used.</summary>
public sealed record ReconciliationOptions
{
    /// <summary>The defaults: significance 0.05, tolerance 1e-9, rank tolerance 1e-10, at most 100 iterations.</summary>
    public static ReconciliationOptions Default { get; } = new();

    /// <summary>
    /// Significance level α of the global χ² test (0 &lt; α &lt; 1). The per-quantity measurement test uses the Šidák
    /// level 1 − (1 − α)^(1/n) over the n redundant data, so that α is the chance of any false flag.
    /// </summary>
    public double Significance { get; init; } = 0.05;

    /// <summary>
    /// Relative tolerance (&gt; 0). Flows and stock changes use the absolute tolerance Tolerance × max(1, largest |given
    /// value| of a flow or stock change) in the layer's unit; transfer coefficients use Tolerance itself. It bounds the
    /// last iteration's change (convergence), what counts as balanced, and how far below a bound a value may fall
    /// before the bound is made active (smaller violations are clipped).
    /// </summary>
    public double Tolerance { get; init; } = 1e-9;

    /// <summary>
    /// Relative size (&gt; 0) under which a pivot counts as zero when the engine decides which unknowns are
    /// determinable, which constraints are independent, and which data are redundant.
    /// </summary>
    public double RankTolerance { get; init; } = 1e-10;

    /// <summary>Most linearisation steps per round of bounds (≥ 1); a linear system needs one.</summary>
    public int MaxIterations { get; init; } = 100;

    internal void Validate()
    {
        if (!(Significance is > 0 and < 1)) throw new ArgumentException("The significance lies strictly between 0 and 1.", nameof(Significance));
        if (!(Tolerance > 0) || !(RankTolerance > 0)) throw new ArgumentException("Tolerances are positive.", nameof(Tolerance));
        if (MaxIterations < 1) throw new ArgumentException("At least one iteration is needed.", nameof(MaxIterations));
    }
}
