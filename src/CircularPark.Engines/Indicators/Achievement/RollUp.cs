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
        var sums = new Sums(indicator.IsRatio);
        foreach (var park in parks) sums.Add(park);
        return sums.Result(indicator);
    }

    /// <summary>Combines by group (e.g. by city code): one result per group key.</summary>
    public static IReadOnlyDictionary<TKey, RollUpResult> ByGroup<TKey>(CompiledIndicator indicator, IEnumerable<(TKey Group, IndicatorValue Value)> parks)
        where TKey : notnull
    {
        var groups = new Dictionary<TKey, Sums>();
        foreach (var (group, value) in parks)
        {
            if (!groups.TryGetValue(group, out var sums)) groups.Add(group, sums = new Sums(indicator.IsRatio));
            sums.Add(value);
        }
        return groups.ToDictionary(g => g.Key, g => g.Value.Result(indicator));
    }

    /// <summary>Running sums of one group; a park counts when its numerator and (for a ratio) denominator are known.</summary>
    private sealed class Sums(bool ratio)
    {
        private double _numerator;
        private double _denominator;
        private int _included;
        private int _excluded;

        public void Add(IndicatorValue park)
        {
            if (park.Numerator is not { } n || (ratio && park.Denominator is null))
            {
                _excluded++;
                return;
            }
            _numerator += n;
            _denominator += park.Denominator ?? 0;
            _included++;
        }

        public RollUpResult Result(CompiledIndicator indicator)
        {
            double? denominator = ratio ? _denominator : null;
            var value = _included == 0 ? null : indicator.Combine(_numerator, denominator);
            var problem = value is not null ? null : Messages.Create(_included == 0 ? "RollUp.NoParks" : "RollUp.ZeroDenominator",
                DiagnosticSeverity.Warning, indicator.Code, MessageArg.Named(indicator.Code, indicator.Definition.NameZh, indicator.Definition.NameEn));
            return new RollUpResult(indicator.Code, value, _numerator, denominator, _included, _excluded, problem);
        }
    }
}
