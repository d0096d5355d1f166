using CircularPark.Engines.Indicators.Units;

namespace CircularPark.Engines.Indicators.Data;

/// <summary>One value as entered or imported: an item code, a number and the unit it was given in.</summary>
/// <param name="Code">Data item code.</param>
/// <param name="Value">The number, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit it was entered in; null means the item's canonical unit.</param>
public sealed record DataEntry(string Code, double Value, string? Unit = null)
{
    /// <summary>The reporter's comment (explains e.g. a large change on last year).</summary>
    public string? Comment { get; init; }

    /// <summary>For money at constant prices: the price base year (可比价基年).</summary>
    public int? PriceBaseYear { get; init; }
}

/// <summary>The raw statistics of one park for one year.</summary>
/// <param name="Year">Reporting year.</param>
/// <param name="Entries">The values entered.</param>
public sealed record ParkYearStatistics(int Year, IReadOnlyList<DataEntry> Entries);

/// <summary>
/// Statistics converted to canonical units, with the comments and price base years kept by item code, and
/// the entries that could not be taken (unknown item or unit, a unit of another dimension, not a number,
/// entered twice) as errors.
/// </summary>
/// <param name="Year">Reporting year.</param>
/// <param name="Values">Values in canonical units.</param>
/// <param name="Comments">Comments by item code.</param>
/// <param name="PriceBaseYears">Price base years by item code.</param>
/// <param name="Diagnostics">Entries refused.</param>
public sealed record NormalizedStatistics(
    int Year,
    ItemValues Values,
    IReadOnlyDictionary<string, string> Comments,
    IReadOnlyDictionary<string, int> PriceBaseYears,
    IReadOnlyList<IndicatorDiagnostic> Diagnostics)
{
    /// <summary>Converts <paramref name="statistics"/> to canonical units of <paramref name="catalogue"/>.</summary>
    public static NormalizedStatistics From(ParkYearStatistics statistics, DataItemCatalogue catalogue)
    {
        var values = catalogue.NewValues();
        var comments = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var baseYears = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var diagnostics = new List<IndicatorDiagnostic>();
        foreach (var entry in statistics.Entries)
        {
            var problem = Take(entry, catalogue, values);
            if (problem is not null)
            {
                diagnostics.Add(problem);
                continue;
            }
            var code = catalogue.Items[values.Slot(entry.Code)].Code;
            if (!string.IsNullOrWhiteSpace(entry.Comment)) comments[code] = entry.Comment;
            if (entry.PriceBaseYear is { } year) baseYears[code] = year;
        }
        return new NormalizedStatistics(statistics.Year, values, comments, baseYears, diagnostics);
    }

    private static IndicatorDiagnostic? Take(DataEntry entry, DataItemCatalogue catalogue, ItemValues values)
    {
        if (!catalogue.TryGet(entry.Code, out var item, out var slot))
            return Error("Data.UnknownItem", entry.Code, entry.Code);
        if (!double.IsFinite(entry.Value))
            return Error("Data.NotANumber", item.Code, catalogue.Name(item.Code));
        if (!double.IsNaN(values.Raw[slot]))
            return Error("Data.Duplicate", item.Code, catalogue.Name(item.Code));
        var canonical = catalogue.UnitAt(slot);
        var given = canonical;
        if (entry.Unit is not null && !UnitCatalogue.TryParse(entry.Unit, out given))
            return Error("Data.UnknownUnit", item.Code, catalogue.Name(item.Code), entry.Unit);
        if (!TryFactor(item, given!, canonical, out var factor))
            return Error("Data.UnitNotConvertible", item.Code, catalogue.Name(item.Code), entry.Unit!, canonical.Symbol);
        var value = entry.Value * factor;
        if (!double.IsFinite(value))
            return Error("Data.OutOfRange", item.Code, catalogue.Name(item.Code), canonical.Symbol);
        values.Raw[slot] = value;
        return null;
    }

    /// <summary>Same dimension: ratio of scales; a volume for a mass item with a density: via t/m³.</summary>
    private static bool TryFactor(DataItem item, Unit given, Unit canonical, out double factor)
    {
        if (given.TryGetFactorTo(canonical, out factor)) return true;
        if (item.TonnesPerCubicMetre is not { } density || !UnitCatalogue.TryParse("t/m³", out var perVolume)) return false;
        if (!given.Multiply(perVolume!).TryGetFactorTo(canonical, out factor)) return false;
        factor *= density;
        return true;
    }

    private static IndicatorDiagnostic Error(string code, string subject, params MessageArg[] args) =>
        Messages.Create(code, DiagnosticSeverity.Error, subject, args);
}
