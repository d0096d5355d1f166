using CircularPark.Engines.Symbiosis;
using CircularPark.Localization;

namespace CircularPark.Enterprises;

/// <summary>
/// Units of yearly quantities. Chain gaps compare mass, so every unit converts to tonnes: water and energy carriers
/// (steam, hot water) by their mass, 1 m³ = 1 t. Heat in GJ has no mass and is not offered (see ADR 0022).
/// </summary>
public enum QuantityUnit
{
    Tonne = 1,
    TenThousandTonnes = 2,
    Kilogram = 3,
    CubicMetre = 4,
    TenThousandCubicMetres = 5,
}

public static class QuantityUnits
{
    private static readonly Dictionary<string, QuantityUnit> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["t"] = QuantityUnit.Tonne, ["吨"] = QuantityUnit.Tonne, ["t/a"] = QuantityUnit.Tonne, ["吨/年"] = QuantityUnit.Tonne,
        ["万t"] = QuantityUnit.TenThousandTonnes, ["万吨"] = QuantityUnit.TenThousandTonnes, ["万t/a"] = QuantityUnit.TenThousandTonnes,
        ["kg"] = QuantityUnit.Kilogram, ["千克"] = QuantityUnit.Kilogram, ["公斤"] = QuantityUnit.Kilogram,
        ["m3"] = QuantityUnit.CubicMetre, ["m³"] = QuantityUnit.CubicMetre, ["立方米"] = QuantityUnit.CubicMetre, ["m³/a"] = QuantityUnit.CubicMetre,
        ["万m3"] = QuantityUnit.TenThousandCubicMetres, ["万m³"] = QuantityUnit.TenThousandCubicMetres, ["万立方米"] = QuantityUnit.TenThousandCubicMetres,
    };

    public static double ToTonnes(this QuantityUnit unit, double quantity) => unit switch
    {
        QuantityUnit.TenThousandTonnes or QuantityUnit.TenThousandCubicMetres => quantity * 10_000,
        QuantityUnit.Kilogram => quantity / 1000,
        _ => quantity,
    };

    /// <summary>Volumes are for water and energy carriers only.</summary>
    public static bool IsVolume(this QuantityUnit unit) => unit is QuantityUnit.CubicMetre or QuantityUnit.TenThousandCubicMetres;

    public static bool Fits(this QuantityUnit unit, StreamKind kind) => !unit.IsVolume() || kind is StreamKind.Water or StreamKind.Energy;

    /// <summary>Reads a label in either language, the enum name or a common spelling (t, 吨, 万吨, m³, 立方米 …).</summary>
    public static bool TryParse(string? text, out QuantityUnit unit)
    {
        var s = (text ?? "").Trim();
        return Aliases.TryGetValue(s.Replace(" ", "", StringComparison.Ordinal), out unit) || Text.TryParseLabel(s, out unit);
    }
}
