using System.Collections.Concurrent;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Engines.Indicators.Units;

namespace CircularPark.Engines.Indicators.Carbon;

/// <summary>
/// Converts a park-year's energy carriers to tce and t CO₂ with one coefficient set. Coefficients are turned
/// into per-canonical-unit factors once (0.7143 kgce/kg × t → 0.7143 tce per t; 1.2143 kgce/m³ × 万m³ → 12.143
/// tce per 万m³), checking their dimensions. Electricity CO₂ uses the grid factor of the year and the park's
/// region, else of the nation, else of the nearest earlier (then later) year, with a note. Pure.
/// </summary>
public sealed class EnergyCarbonCalculator
{
    private static readonly Unit Tce = Parse("tce");
    private static readonly Unit Tonne = Parse("t");
    private static readonly Unit Kwh = Parse("kWh");
    private readonly List<Factors> _carriers;
    private readonly ConcurrentDictionary<(int Year, string Regions), Electricity> _electricity = new();

    private EnergyCarbonCalculator(CoefficientSet set, List<Factors> carriers) => (Set, _carriers) = (set, carriers);

    /// <summary>The coefficient set used.</summary>
    public CoefficientSet Set { get; }

    /// <summary>
    /// A calculator for the energy carriers of <paramref name="catalogue"/>. A carrier without coefficients, or
    /// with a coefficient of the wrong dimension, is reported (error) and left out; a fuel without a CO₂ factor
    /// is reported (warning) and counts in tce only (its <see cref="CarrierEnergy.Co2Tonnes"/> is null).
    /// </summary>
    public static CalculatorBuild Create(DataItemCatalogue catalogue, CoefficientSet set)
    {
        var factors = new List<Factors>();
        var diagnostics = new List<IndicatorDiagnostic>();
        foreach (var item in catalogue.Items.Where(i => i.IsEnergyCarrier))
        {
            catalogue.TryGet(item.Code, out _, out var slot);
            var unit = catalogue.UnitAt(slot);
            var coefficients = set.Carriers.FirstOrDefault(c => c.CarrierCode.Equals(item.Code, StringComparison.OrdinalIgnoreCase));
            var isElectricity = item.Code == DataItemCodes.Electricity;
            double? tce = coefficients is null ? null : Convert(coefficients.StandardCoal, unit, Tce);
            double? co2 = coefficients?.Co2 is { } c ? Convert(c, unit, Tonne) : null;
            if (tce is null || (coefficients?.Co2 is not null && co2 is null))
            {
                diagnostics.Add(Messages.Create(coefficients is null ? "Carbon.NoCoefficient" : "Carbon.CoefficientUnitMismatch",
                    DiagnosticSeverity.Error, item.Code, catalogue.Name(item.Code), set.Id));
                continue;
            }
            if (co2 is null && !isElectricity)
                diagnostics.Add(Messages.Create("Carbon.NoCo2Factor", DiagnosticSeverity.Warning, item.Code, catalogue.Name(item.Code), set.Id));
            factors.Add(new Factors(item.Code, slot, unit.Symbol, tce.Value, co2, isElectricity ? unit.Scale / Kwh.Scale : null));
        }
        return new CalculatorBuild(new EnergyCarbonCalculator(set, factors), diagnostics);
    }

    /// <summary>Energy and CO₂ of the carriers present in <paramref name="values"/> in <paramref name="year"/>.</summary>
    /// <param name="values">This park-year's values.</param>
    /// <param name="year">Reporting year (selects grid and generation figures).</param>
    /// <param name="regionPath">The park's region codes from the most specific up (county, city, province); the nation is always tried last.</param>
    public EnergyCarbonResult Compute(ItemValues values, int year, IReadOnlyList<string>? regionPath = null)
    {
        var carriers = new List<CarrierEnergy>(_carriers.Count);
        Electricity? electricity = null;
        double totalTce = 0, totalCo2 = 0;
        foreach (var f in _carriers)
        {
            var quantity = values.Raw[f.Slot];
            if (double.IsNaN(quantity)) continue;
            var tce = quantity * f.TcePerUnit;
            var co2 = quantity * f.Co2PerUnit;
            if (f.KwhPerUnit is { } kwh)
            {
                electricity = ElectricityFor(year, regionPath);
                if (electricity.KgcePerKwh is { } generation) tce = quantity * kwh * generation / 1000;
                co2 = quantity * kwh * electricity.Grid?.KgCo2PerKwh / 1000;
            }
            carriers.Add(new CarrierEnergy(f.Code, quantity, f.Unit, tce, co2));
            totalTce += tce;
            totalCo2 += co2 ?? 0;
        }
        return new EnergyCarbonResult(Set.Id, year, Set.ElectricityBasis, carriers, totalTce, totalCo2, electricity?.Grid, electricity?.Notes ?? []);
    }

    /// <summary>The electricity figures of a year and region path, looked up once and kept (the notes are immutable).</summary>
    private Electricity ElectricityFor(int year, IReadOnlyList<string>? regionPath)
    {
        var key = (year, regionPath is null ? "" : string.Join(',', regionPath));
        return _electricity.GetOrAdd(key, _ =>
        {
            var notes = new List<IndicatorDiagnostic>();
            return new Electricity(GenerationFigure(year, notes), GridFactorFor(year, regionPath, notes), notes);
        });
    }

    /// <summary>kgce/kWh on the generation basis, or null for the calorific basis (or, with a note, when the year has no figure).</summary>
    private double? GenerationFigure(int year, List<IndicatorDiagnostic> notes)
    {
        if (Set.ElectricityBasis == ElectricityBasis.Calorific) return null;
        var figure = Set.GenerationFactors.FirstOrDefault(g => g.Year == year);
        if (figure is null) notes.Add(Messages.Create("Carbon.GenerationBasisMissing", DiagnosticSeverity.Warning, DataItemCodes.Electricity, year, Set.Id));
        return figure?.KgcePerKwh;
    }

    private GridFactor? GridFactorFor(int year, IReadOnlyList<string>? regionPath, List<IndicatorDiagnostic> notes)
    {
        GridFactor? exact = null, earlier = null, later = null;
        foreach (var region in (regionPath ?? []).Append(CoefficientSet.NationalRegion))
        {
            foreach (var g in Set.GridFactors.Where(g => g.Region == region))
            {
                if (g.Year == year) exact ??= g;
                else if (g.Year < year && (earlier is null || g.Year > earlier.Year)) earlier = g;
                else if (g.Year > year && (later is null || g.Year < later.Year)) later = g;
            }
        }
        var found = exact ?? earlier ?? later;
        if (found is null)
            notes.Add(Messages.Create("Carbon.NoGridFactor", DiagnosticSeverity.Warning, DataItemCodes.Electricity, year, Set.Id));
        else if (found.Year != year)
            notes.Add(Messages.Create("Carbon.GridFactorFallback", DiagnosticSeverity.Warning, DataItemCodes.Electricity, year, found.Year, found.Region, Set.Id));
        return found;
    }

    /// <summary>The coefficient as a factor from one <paramref name="carrierUnit"/> to <paramref name="target"/>; null on a dimension mismatch or unknown unit.</summary>
    private static double? Convert(Coefficient coefficient, Unit carrierUnit, Unit target) =>
        UnitCatalogue.TryParse(coefficient.Unit, out var unit) && unit!.Multiply(carrierUnit).TryGetFactorTo(target, out var factor)
            ? coefficient.Value * factor : null;

    private static Unit Parse(string symbol) => UnitCatalogue.TryParse(symbol, out var unit) ? unit! : throw new InvalidOperationException(symbol);

    private sealed record Factors(string Code, int Slot, string Unit, double TcePerUnit, double? Co2PerUnit, double? KwhPerUnit);

    private sealed record Electricity(double? KgcePerKwh, GridFactor? Grid, IReadOnlyList<IndicatorDiagnostic> Notes);
}

/// <summary>A calculator and the problems found with the coefficient set (carriers left out).</summary>
/// <param name="Calculator">The calculator.</param>
/// <param name="Diagnostics">Carriers without coefficients or with coefficients of the wrong dimension.</param>
public sealed record CalculatorBuild(EnergyCarbonCalculator Calculator, IReadOnlyList<IndicatorDiagnostic> Diagnostics);
