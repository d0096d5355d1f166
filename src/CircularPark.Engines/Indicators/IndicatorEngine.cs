using CircularPark.Engines.Indicators.Carbon;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Engines.Indicators.Library;

namespace CircularPark.Engines.Indicators;

/// <summary>One park's values for one year, in canonical units (from <see cref="NormalizedStatistics"/> or built directly).</summary>
/// <param name="Year">Reporting year.</param>
/// <param name="Values">The values.</param>
public sealed record ParkYearValues(int Year, ItemValues Values);

/// <summary>The baseline year prepared once (energy with its own year's grid factor, derived items filled) and reused for every later year.</summary>
/// <param name="Year">Baseline year.</param>
/// <param name="Energy">Its energy and CO₂.</param>
/// <param name="Values">Its values with derived items.</param>
public sealed record BaselineYear(int Year, EnergyCarbonResult Energy, ItemValues Values);

/// <summary>
/// Everything computed for one park-year: energy and CO₂ by carrier (with the coefficient set used), the values
/// with derived items filled in, and the indicators. The baseline year's energy is computed with its own year's
/// grid factor.
/// </summary>
/// <param name="Year">Reporting year.</param>
/// <param name="Energy">This year's energy and CO₂.</param>
/// <param name="BaselineEnergy">The baseline year's energy and CO₂, when a baseline was given.</param>
/// <param name="Values">This year's values with derived items.</param>
/// <param name="Indicators">Indicator values.</param>
public sealed record ParkYearResult(int Year, EnergyCarbonResult Energy, EnergyCarbonResult? BaselineEnergy, ItemValues Values,
    IReadOnlyList<IndicatorValue> Indicators);

/// <summary>
/// The pure pipeline for one park-year: energy and carbon with a coefficient set → derived items → indicators
/// (with the baseline year for savings and cuts). Immutable and thread-safe; build it once and reuse it.
/// </summary>
/// <param name="library">Compiled indicators.</param>
/// <param name="calculator">Energy and carbon calculator over the same catalogue.</param>
public sealed class IndicatorEngine(IndicatorLibrary library, EnergyCarbonCalculator calculator)
{
    /// <summary>The built-in indicators with the built-in coefficient set.</summary>
    public static IndicatorEngine BuiltIn { get; } = new(IndicatorLibrary.BuiltIn,
        EnergyCarbonCalculator.Create(DataItemCatalogue.BuiltIn, CoefficientSets.ChinaDefault).Calculator);

    /// <summary>The indicators.</summary>
    public IndicatorLibrary Library => library;

    /// <summary>The calculator (and through it the coefficient set).</summary>
    public EnergyCarbonCalculator Calculator => calculator;

    /// <summary>Prepares a baseline year once, for <see cref="Compute"/> of each later year.</summary>
    /// <param name="baseline">The baseline year's values.</param>
    /// <param name="regionPath">The park's region codes, most specific first (for the grid factor).</param>
    public BaselineYear Baseline(ParkYearValues baseline, IReadOnlyList<string>? regionPath = null)
    {
        var energy = calculator.Compute(baseline.Values, baseline.Year, regionPath);
        return new BaselineYear(baseline.Year, energy, DerivedValues.Complete(baseline.Values, energy));
    }

    /// <summary>Computes one park-year; <paramref name="codes"/> limits the indicators (all when null).</summary>
    /// <param name="current">This year's values.</param>
    /// <param name="baseline">The baseline year (from <see cref="Baseline"/>), for indicators using BASE(…).</param>
    /// <param name="regionPath">The park's region codes, most specific first (for the grid factor).</param>
    /// <param name="codes">Indicator codes to compute.</param>
    public ParkYearResult Compute(ParkYearValues current, BaselineYear? baseline = null, IReadOnlyList<string>? regionPath = null,
        IEnumerable<string>? codes = null)
    {
        var energy = calculator.Compute(current.Values, current.Year, regionPath);
        var values = DerivedValues.Complete(current.Values, energy);
        return new ParkYearResult(current.Year, energy, baseline?.Energy, values, library.Evaluate(values, baseline?.Values, codes));
    }
}
