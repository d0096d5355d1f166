namespace CircularPark.Engines.Indicators.Carbon;

/// <summary>Which standard-coal figure converts electricity (domain.md §10).</summary>
public enum ElectricityBasis
{
    /// <summary>当量值: the energy in the electricity, 0.1229 kgce/kWh (the usual basis for a park's 综合能耗).</summary>
    Calorific = 0,

    /// <summary>等价值: the coal burnt to generate it, a year-specific figure (about 0.3 kgce/kWh).</summary>
    Generation = 1,
}

/// <summary>A coefficient with the unit it is quoted in, e.g. 0.7143 kgce/kg or 2.16 kg/m³ (a unit expression of UnitCatalogue).</summary>
/// <param name="Value">The figure.</param>
/// <param name="Unit">Its unit, e.g. <c>kgce/kg</c>, <c>kgce/m³</c>, <c>kgce/MJ</c>, <c>kg/kg</c>, <c>kg/m³</c>, <c>t/GJ</c>.</param>
public readonly record struct Coefficient(double Value, string Unit);

/// <summary>The coefficients of one energy carrier.</summary>
/// <param name="CarrierCode">Data item code of the carrier (E_COAL, E_GAS…).</param>
/// <param name="StandardCoal">Standard coal per physical unit (dimension kgce per the carrier's dimension).</param>
/// <param name="Co2">CO₂ per physical unit (a mass per the carrier's dimension); null for electricity (grid factor) or when unknown.</param>
public sealed record CarrierCoefficients(string CarrierCode, Coefficient StandardCoal, Coefficient? Co2);

/// <summary>A grid emission factor: kg CO₂ per kWh of electricity used in <see cref="Region"/> in <see cref="Year"/>.</summary>
/// <param name="Year">Year it applies to.</param>
/// <param name="Region">Region code (GB/T 2260; 000000 is the nation).</param>
/// <param name="KgCo2PerKwh">kg CO₂/kWh.</param>
/// <param name="Source">Who published it.</param>
public sealed record GridFactor(int Year, string Region, double KgCo2PerKwh, string Source);

/// <summary>The generation-basis (等价值) standard-coal figure for electricity in one year.</summary>
/// <param name="Year">Year.</param>
/// <param name="KgcePerKwh">kgce/kWh.</param>
/// <param name="Source">Who published it.</param>
public sealed record GenerationFactor(int Year, double KgcePerKwh, string Source);

/// <summary>
/// A versioned set of energy and carbon coefficients, kept as data: standard-coal conversion and CO₂ factor per
/// carrier, the electricity basis, grid factors by year and region, generation-basis figures by year. Every
/// computation records the <see cref="Id"/> of the set it used. Immutable.
/// </summary>
/// <param name="Id">Stable identifier, e.g. <c>CN-DEFAULT-2023</c>.</param>
/// <param name="Name">Human name.</param>
/// <param name="Source">Where the figures come from.</param>
/// <param name="Year">Year of the set (of its newest figure).</param>
/// <param name="Region">Region it is meant for (000000 = national).</param>
public sealed record CoefficientSet(string Id, string Name, string Source, int Year, string Region)
{
    /// <summary>The region code of the nation, the fallback for grid factors.</summary>
    public const string NationalRegion = "000000";

    /// <summary>Basis for converting electricity to standard coal.</summary>
    public ElectricityBasis ElectricityBasis { get; init; }

    /// <summary>Per-carrier coefficients.</summary>
    public IReadOnlyList<CarrierCoefficients> Carriers { get; init; } = [];

    /// <summary>Grid factors by year and region.</summary>
    public IReadOnlyList<GridFactor> GridFactors { get; init; } = [];

    /// <summary>Generation-basis figures by year (used when <see cref="ElectricityBasis"/> is Generation).</summary>
    public IReadOnlyList<GenerationFactor> GenerationFactors { get; init; } = [];
}
