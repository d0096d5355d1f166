namespace CircularPark.Engines.Indicators.Data;

/// <summary>What sort of number a data item holds; decides which range rules apply.</summary>
public enum DataItemKind
{
    /// <summary>A physical amount (t, m³, km², kWh): never negative unless the item allows it.</summary>
    Quantity = 0,

    /// <summary>A share in % (0–100 inclusive).</summary>
    Rate = 1,

    /// <summary>An amount of money (万元): never negative unless the item allows it.</summary>
    Money = 2,
}

/// <summary>What a data item describes: the park's resources and environment, or its economy.</summary>
public enum DataItemGroup
{
    /// <summary>Energy, water, land, wastes, discharges, management rates.</summary>
    Environment = 0,

    /// <summary>
    /// Value added, output, investment, projects (seed 001): official statistics, so structural rules (a part above its total)
    /// warn instead of refusing: the source's own parts exceed its total.
    /// </summary>
    Economy = 1,
}

/// <summary>
/// A statistic a park reports each year (数据项). Values are held in the item's canonical <see cref="Unit"/>;
/// input in another unit of the same dimension is converted on entry. Items may be built in or defined by users.
/// </summary>
/// <param name="Code">Stable code used in formulas: a letter, then letters, digits or '_' (at most 32).</param>
/// <param name="NameZh">Name in Simplified Chinese.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="Unit">Canonical unit, a unit expression of <see cref="Units.UnitCatalogue"/> (e.g. 万元, t, 万kWh, %).</param>
/// <param name="Kind">Quantity, rate or money.</param>
public sealed record DataItem(string Code, string NameZh, string NameEn, string Unit, DataItemKind Kind)
{
    /// <summary>The code of the item this one is a part of (tap water is part of fresh water): part ≤ total, and the sum of parts ≤ total.</summary>
    public string? TotalCode { get; init; }

    /// <summary>True for an energy carrier: converted to tce and CO₂ with the coefficient set.</summary>
    public bool IsEnergyCarrier { get; init; }

    /// <summary>True for money at constant prices: the entry must state the price base year.</summary>
    public bool RequiresPriceBaseYear { get; init; }

    /// <summary>True when a negative value is allowed (e.g. a user-defined balance).</summary>
    public bool MayBeNegative { get; init; }

    /// <summary>For a mass item that may be entered as a volume: tonnes per m³ (wastewater: 1 t/m³).</summary>
    public double? TonnesPerCubicMetre { get; init; }

    /// <summary>True when the engine computes the item from others when it is not reported (fresh water, total energy, CO₂).</summary>
    public bool IsDerived { get; init; }

    /// <summary>Environment or economy.</summary>
    public DataItemGroup Group { get; init; }

    /// <summary>False for items users defined.</summary>
    public bool IsBuiltIn { get; init; }
}
