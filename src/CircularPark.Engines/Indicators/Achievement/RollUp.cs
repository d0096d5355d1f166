using CircularPark.Engines.Indicators.Library;

namespace CircularPark.Engines.Indicators.Achievement;

/// <summary>An indicator over a group of parks (a city, a province, the nation).</summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Value">Value in the declared unit; null when no park counted or the summed denominator is zero.</param>
/// <param name="NumeratorSum">Σ numerators (unit <see cref="CompiledIndicator.NumeratorUnit"/>).</param>
/// <param name="DenominatorSum">Σ denominators for a ratio; null otherwise.</param>
/// <param name="Included">Parks counted.</param>
/// <param name="Excluded">Parks left out because their numerator or denominator could not be computed.</param>
/// <param name="Problem">Why <see cref="Value"/> is null.</param>
public sealed record RollUpResult(string Code, double? Value, double NumeratorSum, double? DenominatorSum, int Included, int Excluded,
    IndicatorDiagnostic? Problem);

/// <summary>
/// Rolls indicators up to a region as the ratio of sums, never the average of ratios: a ratio indicator is
/// Factor × ΣN ÷ ΣD over the parks whose numerator and denominator are both known (a park whose own
/// denominator is 0 still counts); a non-ratio (quantities, savings) is the sum.
/// </summary>
public static class RollUp
{
    /// <summary>Combines the parks' values of <paramref name="indicator"/>.</summary>
    public static RollUpResult Combine(CompiledIndicator indicator, IEnumerable<IndicatorValue> parks)
    {
        double numerator = 0, denominator = 0;
        int included = 0, excluded = 0;
        foreach (var park in parks)
        {
            if (park.Numerator is not { } n || (indicator.IsRatio && park.Denominator is null))
            {
                excluded++;
                continue;
            }
            numerator += n;
            denominator += park.Denominator ?? 0;
            included++;
        }
        double? sumD = indicator.IsRatio ? denominator : null;
        var value = included == 0 ? null : indicator.Combine(numerator, sumD);
        var problem = value is not null ? null : Messages.Create(included == 0 ? "RollUp.NoParks" : "RollUp.ZeroDenominator",
            DiagnosticSeverity.Warning, indicator.Code, MessageArg.Named(indicator.Code, indicator.Definition.NameZh, indicator.Definition.NameEn));
        return new RollUpResult(indicator.Code, value, numerator, sumD, included, excluded, problem);
    }

    /// <summary>Combines by group (e.g. by city code): one result per group key.</summary>
    public static IReadOnlyDictionary<TKey, RollUpResult> ByGroup<TKey>(CompiledIndicator indicator, IEnumerable<(TKey Group, IndicatorValue Value)> parks)
        where TKey : notnull =>
        parks.GroupBy(p => p.Group).ToDictionary(g => g.Key, g => Combine(indicator, g.Select(p => p.Value)));
}
