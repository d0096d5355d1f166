namespace CircularPark.Engines.Indicators.Carbon;

/// <summary>One carrier's consumption converted: physical quantity in the item's canonical unit, tce and t CO₂.</summary>
/// <param name="Code">Carrier item code.</param>
/// <param name="Quantity">Quantity in the canonical unit.</param>
/// <param name="Unit">Symbol of the canonical unit.</param>
/// <param name="Tce">Tonnes of standard coal equivalent.</param>
/// <param name="Co2Tonnes">Tonnes of CO₂; null when the set has no factor for the carrier.</param>
public sealed record CarrierEnergy(string Code, double Quantity, string Unit, double Tce, double? Co2Tonnes);

/// <summary>
/// Energy and CO₂ of one park-year by carrier and in total, with the coefficient set, year and electricity
/// basis used and the grid factor applied. Carriers without a value are left out; <see cref="Diagnostics"/>
/// notes a grid factor taken from another year or a missing generation figure (a fuel without a CO₂ factor is
/// reported once, when the calculator is created).
/// </summary>
/// <param name="CoefficientSetId">Id of the set used.</param>
/// <param name="Year">Year computed.</param>
/// <param name="ElectricityBasis">Basis used for electricity.</param>
/// <param name="Carriers">Per carrier.</param>
/// <param name="TotalTce">Sum of <see cref="CarrierEnergy.Tce"/>.</param>
/// <param name="TotalCo2Tonnes">Sum of the known <see cref="CarrierEnergy.Co2Tonnes"/>.</param>
/// <param name="GridFactor">The grid factor used for electricity, if any was needed and found.</param>
/// <param name="Diagnostics">Notes (warnings).</param>
public sealed record EnergyCarbonResult(
    string CoefficientSetId,
    int Year,
    ElectricityBasis ElectricityBasis,
    IReadOnlyList<CarrierEnergy> Carriers,
    double TotalTce,
    double TotalCo2Tonnes,
    GridFactor? GridFactor,
    IReadOnlyList<IndicatorDiagnostic> Diagnostics);
