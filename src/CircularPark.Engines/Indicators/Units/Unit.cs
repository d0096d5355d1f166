namespace CircularPark.Engines.Indicators.Units;

/// <summary>
/// A unit: a display <see cref="Symbol"/>, a <see cref="Dimension"/> and a <see cref="Scale"/>, the size of one
/// unit in the base units of its dimension (元, kg, m, J, kgce, 个). For example 万元 has scale 10⁴, t has 10³,
/// 万kWh has 3.6·10¹⁰, % has 0.01, and the derived 万元/t has 10⁴ ÷ 10³ = 10. Two units with the same dimension
/// are commensurable and convert by the ratio of their scales. Immutable.
/// </summary>
/// <param name="Symbol">How the unit is written (万元/t, m³, %).</param>
/// <param name="Dimension">Its dimension.</param>
/// <param name="Scale">Base units per unit; &gt; 0.</param>
public sealed record Unit(string Symbol, Dimension Dimension, double Scale)
{
    /// <summary>The pure number 1.</summary>
    public static Unit One { get; } = new("1", Dimension.None, 1);

    /// <summary>True when both units have the same dimension, so one converts to the other.</summary>
    public bool IsCommensurableWith(Unit other) => Dimension == other.Dimension;

    /// <summary>
    /// The factor that turns a value in this unit into a value in <paramref name="target"/> (e.g. 万kWh → kWh is
    /// 10⁴); false when the dimensions differ.
    /// </summary>
    public bool TryGetFactorTo(Unit target, out double factor)
    {
        factor = IsCommensurableWith(target) ? Scale / target.Scale : double.NaN;
        return !double.IsNaN(factor);
    }

    /// <summary>The unit of a product, named after a known unit when one matches (tce/万元 · 万元 = tce).</summary>
    public Unit Multiply(Unit other) => UnitCatalogue.Named(
        $"{Wrap(Symbol)}·{Wrap(other.Symbol)}", Dimension.Multiply(other.Dimension), Scale * other.Scale);

    /// <summary>The unit of a quotient, named after a known unit when one matches (t/t = 1).</summary>
    public Unit Divide(Unit other) => UnitCatalogue.Named(
        $"{Symbol}/{Wrap(other.Symbol)}", Dimension.Divide(other.Dimension), Scale / other.Scale);

    /// <summary>True when the two units are the same unit whatever their symbols (t and 吨).</summary>
    public bool IsSameAs(Unit other) => IsCommensurableWith(other) && Math.Abs(Scale / other.Scale - 1) < 1e-9;

    /// <inheritdoc/>
    public override string ToString() => Symbol;

    private static string Wrap(string symbol) => symbol.Contains('/', StringComparison.Ordinal) || symbol.Contains('·', StringComparison.Ordinal)
        ? $"({symbol})" : symbol;
}
