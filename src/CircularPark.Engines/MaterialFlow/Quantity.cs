namespace CircularPark.Engines.MaterialFlow;

/// <summary>What is known about a quantity (a flow, a stock change or a transfer coefficient) before reconciliation.</summary>
public enum QuantityStatus
{
    /// <summary>Measured, with a standard deviation; reconciliation may adjust it.</summary>
    Measured,

    /// <summary>Estimated (e.g. from a coefficient or an expert), with a standard deviation; treated like a measurement.</summary>
    Estimated,

    /// <summary>Known exactly (a constant of the model); reconciliation never changes it.</summary>
    Fixed,

    /// <summary>Not known; computed from the balance equations where it is determinable.</summary>
    Unknown,
}

/// <summary>
/// A quantity as given to the engine: a value in the layer's unit (the engine is unit-agnostic: every flow of one
/// layer must be in the same unit, e.g. t/a) and its standard deviation in the same unit.
/// Invariants: the value is finite for every status but <see cref="QuantityStatus.Unknown"/> (whose value is NaN);
/// the standard deviation is finite and ≥ 0, and 0 for fixed and unknown quantities. A measured or estimated
/// quantity with a standard deviation of 0 is a constant, like a fixed one.
/// </summary>
public readonly record struct Quantity
{
    private Quantity(QuantityStatus status, double value, double standardDeviation)
    {
        if (status != QuantityStatus.Unknown && !double.IsFinite(value))
            throw new ArgumentException("A known quantity needs a finite value.", nameof(value));
        if (!double.IsFinite(standardDeviation) || standardDeviation < 0)
            throw new ArgumentException("A standard deviation is finite and not negative.", nameof(standardDeviation));
        (Status, Value, StandardDeviation) = (status, value, standardDeviation);
    }

    /// <summary>What is known about the quantity.</summary>
    public QuantityStatus Status { get; }

    /// <summary>The given value in the layer's unit; NaN when unknown.</summary>
    public double Value { get; }

    /// <summary>The given standard deviation in the layer's unit (0 for fixed and unknown quantities).</summary>
    public double StandardDeviation { get; }

    /// <summary>True when reconciliation treats the quantity as an uncertain datum (measured or estimated, σ &gt; 0).</summary>
    public bool IsUncertain => (Status is QuantityStatus.Measured or QuantityStatus.Estimated) && StandardDeviation > 0;

    /// <summary>A measured value with its standard deviation (same unit as the value).</summary>
    public static Quantity Measured(double value, double standardDeviation) => new(QuantityStatus.Measured, value, standardDeviation);

    /// <summary>An estimated value with its standard deviation (same unit as the value).</summary>
    public static Quantity Estimated(double value, double standardDeviation) => new(QuantityStatus.Estimated, value, standardDeviation);

    /// <summary>A measured or estimated value whose standard deviation is <paramref name="relativeUncertainty"/> × |value| (0.05 = 5 %).</summary>
    /// <exception cref="ArgumentException">The status is neither measured nor estimated, or the relative uncertainty is negative.</exception>
    public static Quantity WithRelativeUncertainty(QuantityStatus status, double value, double relativeUncertainty)
    {
        if (status is not (QuantityStatus.Measured or QuantityStatus.Estimated))
            throw new ArgumentException("Only measured and estimated quantities carry an uncertainty.", nameof(status));
        if (!(relativeUncertainty >= 0)) throw new ArgumentException("A relative uncertainty is not negative.", nameof(relativeUncertainty));
        return new(status, value, relativeUncertainty * Math.Abs(value));
    }

    /// <summary>A value known exactly.</summary>
    public static Quantity Fixed(double value) => new(QuantityStatus.Fixed, value, 0);

    /// <summary>A quantity to be computed.</summary>
    public static Quantity Unknown { get; } = new(QuantityStatus.Unknown, double.NaN, 0);
}
