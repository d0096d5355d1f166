using CircularPark.Engines.Indicators.Units;

namespace CircularPark.MaterialFlows;

/// <summary>
/// A unit of a flow per period: a unit of the indicator engine's catalogue (t, 万t, m³, 万m³, tce, GJ, kWh…) with an
/// optional "per year" suffix (/a, /年, /yr) that all flows of a model share. Flows of a layer may use any unit of
/// the layer unit's dimension; they are converted to the layer's unit for reconciliation.
/// </summary>
public sealed record FlowUnit(string Text, Unit Unit)
{
    private static readonly string[] PerYear = ["/a", "/年", "/yr", "/y"];

    public static bool TryParse(string? text, out FlowUnit unit)
    {
        unit = null!;
        var trimmed = (text ?? "").Trim();
        var bare = PerYear.Where(s => trimmed.EndsWith(s, StringComparison.OrdinalIgnoreCase)).Select(s => trimmed[..^s.Length]).FirstOrDefault() ?? trimmed;
        if (!UnitCatalogue.TryParse(bare, out var parsed) || parsed is null) return false;
        unit = new FlowUnit(trimmed, parsed);
        return true;
    }

    /// <exception cref="ArgumentException">Not a known unit (validated documents never have one).</exception>
    public static FlowUnit Parse(string text) => TryParse(text, out var unit) ? unit : throw new ArgumentException($"Unknown unit {text}.", nameof(text));

    public bool IsCommensurableWith(FlowUnit other) => Unit.IsCommensurableWith(other.Unit);

    /// <summary>The factor that turns a value in this unit into one in <paramref name="target"/> (1 for the same unit).</summary>
    public double FactorTo(FlowUnit target) => Unit.TryGetFactorTo(target.Unit, out var f) ? f
        : throw new ArgumentException($"{Text} does not convert to {target.Text}.", nameof(target));
}
