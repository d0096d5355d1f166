namespace CircularPark.Engines.Indicators.Units;

/// <summary>
/// The units the engine knows and a parser for unit expressions: known units joined by <c>/</c> and <c>·</c>
/// (also <c>*</c>, <c>×</c>), read left to right, so <c>万元/t</c>, <c>tce/万元</c>, <c>亿元/km²</c>, <c>kgce/kWh</c>.
/// Spaces are ignored and letters match in any case. Chinese and ASCII spellings are synonyms (吨 = t,
/// 立方米 = m³ = m3, 万千瓦时 = 万kWh, 公顷 = hm² = ha, 吨标准煤 = tce). The first spelling listed is the one
/// used to name derived units.
/// </summary>
public static class UnitCatalogue
{
    private static readonly Dimension Money = new(1, 0, 0, 0, 0, 0);
    private static readonly Dimension Mass = new(0, 1, 0, 0, 0, 0);
    private static readonly Dimension Area = new(0, 0, 2, 0, 0, 0);
    private static readonly Dimension Volume = new(0, 0, 3, 0, 0, 0);
    private static readonly Dimension Energy = new(0, 0, 0, 1, 0, 0);
    private static readonly Dimension Coal = new(0, 0, 0, 0, 1, 0);
    private static readonly Dimension Count = new(0, 0, 0, 0, 0, 1);

    private static readonly Unit[] Preferred =
    [
        Unit.One, new("%", Dimension.None, 0.01), new("‰", Dimension.None, 0.001),
        new("元", Money, 1), new("千元", Money, 1e3), new("万元", Money, 1e4), new("亿元", Money, 1e8),
        new("kg", Mass, 1), new("t", Mass, 1e3), new("万t", Mass, 1e7), new("g", Mass, 1e-3),
        new("m²", Area, 1), new("万m²", Area, 1e4), new("亩", Area, 10_000.0 / 15), new("公顷", Area, 1e4), new("km²", Area, 1e6),
        new("m³", Volume, 1), new("万m³", Volume, 1e4), new("亿m³", Volume, 1e8),
        new("kJ", Energy, 1e3), new("MJ", Energy, 1e6), new("GJ", Energy, 1e9), new("kWh", Energy, 3.6e6),
        new("MWh", Energy, 3.6e9), new("万kWh", Energy, 3.6e10), new("亿kWh", Energy, 3.6e14),
        new("kgce", Coal, 1), new("tce", Coal, 1e3), new("万tce", Coal, 1e7),
        new("个", Count, 1),
    ];

    private static readonly (string Alias, string Symbol)[] Aliases =
    [
        ("吨", "t"), ("tCO2", "t"), ("tCO₂", "t"), ("千克", "kg"), ("公斤", "kg"), ("kgCO2", "kg"), ("kgCO₂", "kg"),
        ("万吨", "万t"), ("克", "g"), ("m2", "m²"), ("万m2", "万m²"), ("万平方米", "万m²"), ("m^2", "m²"), ("平方米", "m²"), ("hm²", "公顷"), ("hm2", "公顷"),
        ("ha", "公顷"), ("km2", "km²"), ("km^2", "km²"), ("平方公里", "km²"), ("平方千米", "km²"), ("m3", "m³"),
        ("m^3", "m³"), ("立方米", "m³"), ("万m3", "万m³"), ("万立方米", "万m³"), ("亿m3", "亿m³"), ("亿立方米", "亿m³"),
        ("千焦", "kJ"), ("兆焦", "MJ"), ("吉焦", "GJ"), ("千瓦时", "kWh"), ("度", "kWh"), ("兆瓦时", "MWh"),
        ("万千瓦时", "万kWh"), ("亿千瓦时", "亿kWh"), ("千克标准煤", "kgce"), ("吨标准煤", "tce"), ("吨标煤", "tce"),
        ("万吨标准煤", "万tce"), ("家", "个"), ("项", "个"), ("yuan", "元"), ("CNY", "元"),
    ];

    private static readonly Dictionary<string, Unit> Atoms = BuildAtoms();

    /// <summary>Every unit with its own name, in preferred order.</summary>
    public static IReadOnlyList<Unit> Known => Preferred;

    /// <summary>Parses a unit expression; false (and <paramref name="unit"/> null) when a part is unknown or the text is empty.</summary>
    public static bool TryParse(string? text, out Unit? unit)
    {
        if (text is not null && Atoms.TryGetValue(text, out unit)) return true;
        unit = null;
        var compact = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length == 0) return false;
        Unit? result = null;
        var divide = false;
        var start = 0;
        for (var i = 0; i <= compact.Length; i++)
        {
            if (i < compact.Length && !IsOperator(compact[i])) continue;
            if (!Atoms.TryGetValue(compact[start..i], out var atom)) return false;
            result = result is null ? atom : divide ? result.Divide(atom) : result.Multiply(atom);
            if (i < compact.Length) divide = compact[i] == '/';
            start = i + 1;
        }
        unit = result is null ? null : result with { Symbol = text!.Trim() };
        return result is not null;
    }

    /// <summary>The known unit with this dimension and scale, or a new unit named <paramref name="symbol"/>.</summary>
    internal static Unit Named(string symbol, Dimension dimension, double scale) =>
        Preferred.FirstOrDefault(u => u.Dimension == dimension && Math.Abs(u.Scale / scale - 1) < 1e-9)
        ?? new Unit(symbol, dimension, scale);

    private static bool IsOperator(char c) => c is '/' or '·' or '*' or '×' or '⋅';

    private static Dictionary<string, Unit> BuildAtoms()
    {
        var atoms = Preferred.ToDictionary(u => u.Symbol, StringComparer.OrdinalIgnoreCase);
        foreach (var (alias, symbol) in Aliases) atoms.Add(alias, atoms[symbol]);
        return atoms;
    }
}
