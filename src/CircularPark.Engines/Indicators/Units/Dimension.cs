namespace CircularPark.Engines.Indicators.Units;

/// <summary>
/// The physical dimension of a unit as integer exponents of six base dimensions: money (元), mass (kg),
/// length (m; area is length², volume length³), energy (J), standard-coal equivalent (kgce) and count (个).
/// Standard coal is its own dimension on purpose: turning kWh or m³ of gas into kgce needs a coefficient set,
/// not a fixed factor. All exponents zero is a pure number.
/// </summary>
/// <param name="Money">Exponent of money.</param>
/// <param name="Mass">Exponent of mass.</param>
/// <param name="Length">Exponent of length.</param>
/// <param name="Energy">Exponent of energy.</param>
/// <param name="CoalEquivalent">Exponent of standard-coal equivalent.</param>
/// <param name="Count">Exponent of count.</param>
public readonly record struct Dimension(int Money, int Mass, int Length, int Energy, int CoalEquivalent, int Count)
{
    /// <summary>A pure number (ratios, %).</summary>
    public static Dimension None => default;

    /// <summary>True for a pure number.</summary>
    public bool IsNone => this == default;

    /// <summary>The dimension of a product: exponents add.</summary>
    public Dimension Multiply(Dimension other) => new(Money + other.Money, Mass + other.Mass, Length + other.Length,
        Energy + other.Energy, CoalEquivalent + other.CoalEquivalent, Count + other.Count);

    /// <summary>The dimension of a quotient: exponents subtract.</summary>
    public Dimension Divide(Dimension other) => new(Money - other.Money, Mass - other.Mass, Length - other.Length,
        Energy - other.Energy, CoalEquivalent - other.CoalEquivalent, Count - other.Count);
}
