using CircularPark.Engines.Indicators.Carbon;
using CircularPark.Engines.Indicators.Data;

namespace CircularPark.Engines.Indicators.Validation;

/// <summary>Settings of the validation rules.</summary>
public sealed record ValidationOptions
{
    /// <summary>
    /// A value more than this many times last year's, or less than last year's divided by it, needs a comment
    /// (default 2: doubling or halving). Must be &gt; 1.
    /// </summary>
    public double YearOnYearFactor { get; init; } = 2.0;

    /// <summary>Relative slack for the comparisons (part ≤ total…), absorbing rounding of unit conversions (default 10⁻⁹).</summary>
    public double Tolerance { get; init; } = 1e-9;
}

/// <summary>The outcome of validating one park-year: the normalised values and every failed rule.</summary>
/// <param name="Current">This year's statistics in canonical units.</param>
/// <param name="Previous">Last year's, when given.</param>
/// <param name="Diagnostics">Failed rules, errors and warnings.</param>
public sealed record ValidationReport(NormalizedStatistics Current, NormalizedStatistics? Previous, IReadOnlyList<IndicatorDiagnostic> Diagnostics)
{
    /// <summary>False when any error-level rule failed: such a report cannot be submitted.</summary>
    public bool IsSubmittable => !Diagnostics.Any(d => d.IsError);

    /// <summary>The error-level failures.</summary>
    public IEnumerable<IndicatorDiagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The warnings.</summary>
    public IEnumerable<IndicatorDiagnostic> Warnings => Diagnostics.Where(d => !d.IsError);
}

/// <summary>
/// Runs the data rules over one park-year (and, when given, the previous year), on entry, on import and in
/// batch. Rules and codes: Data.UnknownItem / UnknownUnit / UnitNotConvertible / NotANumber / Duplicate (entries
/// that cannot be taken, error); Data.Negative (quantities and money ≥ 0, error); Data.RateOutOfRange (rates in
/// 0–100 %, error); Data.UtilisedExceedsAvailable (solid waste utilised ≤ generated + utilised from earlier
/// storage, error); Data.PartExceedsTotal (each part ≤ its total, energy carriers compared in tce, error);
/// Data.PartsExceedTotal (sum of parts ≤ total, warning); Data.YearOnYearChange (a change beyond the factor
/// without a comment, warning); Data.PriceBaseYearMissing / PriceBaseYearChanged (constant prices, warning).
/// </summary>
/// <param name="catalogue">The data items.</param>
/// <param name="calculator">Converts energy carriers to tce for the part-of-total check.</param>
/// <param name="options">Rule settings; defaults when null.</param>
public sealed class StatisticsValidator(DataItemCatalogue catalogue, EnergyCarbonCalculator calculator, ValidationOptions? options = null)
{
    private readonly ValidationOptions _options = CheckOptions(options ?? new ValidationOptions());

    /// <summary>A validator over the built-in items and the built-in coefficient set, with default options.</summary>
    public static StatisticsValidator BuiltIn { get; } = new(DataItemCatalogue.BuiltIn, IndicatorEngine.BuiltIn.Calculator);

    /// <summary>Validates <paramref name="current"/>; <paramref name="previous"/> enables the year-on-year rules.</summary>
    public ValidationReport Validate(ParkYearStatistics current, ParkYearStatistics? previous = null)
    {
        var now = NormalizedStatistics.From(current, catalogue);
        var before = previous is null ? null : NormalizedStatistics.From(previous, catalogue);
        var rules = new DataRules(catalogue, _options, now, before, calculator.Compute(now.Values, now.Year));
        var diagnostics = now.Diagnostics.Concat(rules.Ranges()).Concat(rules.SolidWasteBalance()).Concat(rules.PartsWithinTotals()).Concat(rules.EnergySharesWithinTotal())
            .Concat(rules.PriceBase()).Concat(rules.YearOnYear()).ToList();
        return new ValidationReport(now, before, diagnostics);
    }

    private static ValidationOptions CheckOptions(ValidationOptions options) =>
        options.YearOnYearFactor > 1 && options.Tolerance >= 0 ? options
            : throw new ArgumentOutOfRangeException(nameof(options), "The year-on-year factor must exceed 1 and the tolerance be ≥ 0.");
}
