namespace CircularPark.Engines.Indicators.Library;

/// <summary>
/// One indicator computed for one park-year. <see cref="Value"/> is in the indicator's declared unit, or null
/// when it could not be computed (<see cref="Problem"/> says why: a missing value, no baseline, a zero
/// denominator). <see cref="Numerator"/> and <see cref="Denominator"/> are kept for roll-ups, each in its own
/// unit (<see cref="CompiledIndicator.NumeratorUnit"/>, <see cref="CompiledIndicator.DenominatorUnit"/>), and are
/// present whenever they could be computed, even when the value could not (a zero denominator still adds to a
/// city's sum). <see cref="Denominator"/> is null for an indicator that is not a ratio.
/// </summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Value">Value in the declared unit; null when not computable.</param>
/// <param name="Numerator">Numerator (or the whole value before conversion, for non-ratios).</param>
/// <param name="Denominator">Denominator of a ratio indicator.</param>
/// <param name="Problem">Why the value is null.</param>
public readonly record struct IndicatorValue(string Code, double? Value, double? Numerator, double? Denominator, IndicatorDiagnostic? Problem)
{
    /// <summary>True when <see cref="Value"/> is present.</summary>
    public bool IsComputed => Value is not null;
}
