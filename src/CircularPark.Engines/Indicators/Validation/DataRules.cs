using CircularPark.Engines.Indicators.Carbon;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Engines.Indicators.Units;
using static CircularPark.Engines.Indicators.Data.DataItemCodes;

namespace CircularPark.Engines.Indicators.Validation;

/// <summary>The rules of <see cref="StatisticsValidator"/> over one normalised park-year.</summary>
internal sealed class DataRules(DataItemCatalogue catalogue, ValidationOptions options, NormalizedStatistics now,
    NormalizedStatistics? before, EnergyCarbonResult energy)
{
    private readonly ItemValues _values = now.Values;

    public IEnumerable<IndicatorDiagnostic> Ranges()
    {
        foreach (var (code, value) in _values.Present)
        {
            var item = catalogue[code];
            var unit = catalogue.UnitOf(code);
            if (item.Kind == DataItemKind.Rate)
            {
                var percent = value * unit.Scale / 0.01;
                if (percent < 0 || percent > 100) yield return Error("Data.RateOutOfRange", code, Name(code), percent);
            }
            else if (value < 0 && !item.MayBeNegative)
            {
                yield return Error("Data.Negative", code, Name(code), value, unit.Symbol);
            }
        }
    }

    public IEnumerable<IndicatorDiagnostic> SolidWasteBalance()
    {
        if (_values[SolidWasteUtilised] is not { } utilised) yield break;
        var generated = _values[SolidWasteGenerated] ?? 0;
        var stock = _values[SolidWasteUtilisedFromStock] ?? 0;
        if (Exceeds(utilised, generated + stock))
            yield return Error("Data.UtilisedExceedsAvailable", SolidWasteUtilised, Name(SolidWasteUtilised), utilised,
                Name(SolidWasteGenerated), generated, Name(SolidWasteUtilisedFromStock), stock, generated + stock, catalogue.UnitOf(SolidWasteUtilised).Symbol);
    }

    public IEnumerable<IndicatorDiagnostic> PartsWithinTotals()
    {
        foreach (var group in catalogue.Items.Where(i => i.TotalCode is not null).GroupBy(i => catalogue[i.TotalCode!].Code))
        {
            if (_values[group.Key] is not { } total) continue;
            var unit = catalogue.UnitOf(group.Key);
            var parts = group.Select(p => (p.Code, Value: Comparable(p, unit))).Where(p => p.Value is not null).ToList();
            foreach (var (code, value) in parts.Where(p => Exceeds(p.Value!.Value, total)))
                yield return catalogue[code].Group == DataItemGroup.Economy
                    ? Warning("Data.PartExceedsTotalOfficial", code, Name(code), value!.Value, Name(group.Key), total, unit.Symbol)
                    : Error("Data.PartExceedsTotal", code, Name(code), value!.Value, Name(group.Key), total, unit.Symbol);
            var sum = parts.Sum(p => p.Value!.Value);
            if (parts.Count > 1 && Exceeds(sum, total))
                yield return Warning("Data.PartsExceedTotal", group.Key, Name(group.Key), total, sum, unit.Symbol, string.Join(" + ", parts.Select(p => p.Code)));
        }
    }

    /// <summary>
    /// Clean and renewable energy are shares of the comprehensive consumption (reported, or computed from the carriers),
    /// never added to it: neither may exceed it, and renewable energy is part of clean energy.
    /// </summary>
    public IEnumerable<IndicatorDiagnostic> EnergySharesWithinTotal()
    {
        var total = _values[EnergyTotal] ?? (energy.TotalTce > 0 ? energy.TotalTce : null);
        var symbol = catalogue.UnitOf(EnergyTotal).Symbol;
        foreach (var code in (string[])[CleanEnergy, RenewableEnergy])
            if (total is { } t && _values[code] is { } share && Exceeds(share, t))
                yield return Error("Data.PartExceedsTotal", code, Name(code), share, Name(EnergyTotal), t, symbol);
        if (_values[RenewableEnergy] is { } renewable && _values[CleanEnergy] is { } clean && Exceeds(renewable, clean))
            yield return Error("Data.PartExceedsTotal", RenewableEnergy, Name(RenewableEnergy), renewable, Name(CleanEnergy), clean, symbol);
    }

    public IEnumerable<IndicatorDiagnostic> PriceBase()
    {
        foreach (var item in catalogue.Items.Where(i => i.RequiresPriceBaseYear && _values.Has(i.Code)))
        {
            if (!now.PriceBaseYears.TryGetValue(item.Code, out var year))
                yield return Warning("Data.PriceBaseYearMissing", item.Code, Name(item.Code));
            else if (before?.PriceBaseYears.TryGetValue(item.Code, out var earlier) == true && earlier != year)
                yield return Warning("Data.PriceBaseYearChanged", item.Code, Name(item.Code), earlier, year);
        }
    }

    public IEnumerable<IndicatorDiagnostic> YearOnYear()
    {
        if (before is null) yield break;
        var factor = options.YearOnYearFactor;
        foreach (var (code, value) in _values.Present)
        {
            if (before.Values[code] is not { } previous || now.Comments.ContainsKey(code) || previous < 0 || value < 0) continue;
            if (previous == 0 ? value != 0 : value > previous * factor || value < previous / factor)
                yield return Warning("Data.YearOnYearChange", code, Name(code), before.Year, previous, now.Year, value,
                    catalogue.UnitOf(code).Symbol, factor);
        }
    }

    /// <summary>A part's value in the total's unit: same dimension converts; an energy carrier against tce uses its computed tce.</summary>
    private double? Comparable(DataItem part, Unit totalUnit)
    {
        if (_values[part.Code] is not { } value) return null;
        if (catalogue.UnitOf(part.Code).TryGetFactorTo(totalUnit, out var factor)) return value * factor;
        var tce = energy.Carriers.FirstOrDefault(c => c.Code == part.Code)?.Tce;
        return tce is { } t && UnitCatalogue.TryParse("tce", out var tceUnit) && tceUnit!.TryGetFactorTo(totalUnit, out var f) ? t * f : null;
    }

    private bool Exceeds(double value, double limit) => value > limit + Math.Abs(limit) * options.Tolerance;

    private MessageArg Name(string code) => catalogue.Name(code);

    private static IndicatorDiagnostic Error(string key, string subject, params MessageArg[] args) =>
        Messages.Create(key, DiagnosticSeverity.Error, subject, args);

    private static IndicatorDiagnostic Warning(string key, string subject, params MessageArg[] args) =>
        Messages.Create(key, DiagnosticSeverity.Warning, subject, args);
}
