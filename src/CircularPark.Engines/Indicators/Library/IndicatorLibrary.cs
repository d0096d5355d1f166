using CircularPark.Engines.Indicators.Data;

namespace CircularPark.Engines.Indicators.Library;

/// <summary>The compiled indicators over one catalogue, and the diagnostics of those that were refused. Immutable.</summary>
public sealed class IndicatorLibrary
{
    private readonly Dictionary<string, CompiledIndicator> _byCode;

    internal IndicatorLibrary(DataItemCatalogue catalogue, IReadOnlyList<CompiledIndicator> indicators, IReadOnlyList<IndicatorDiagnostic> diagnostics)
    {
        Catalogue = catalogue;
        Indicators = indicators;
        Diagnostics = diagnostics;
        _byCode = indicators.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The 35 built-in indicators over the built-in catalogue.</summary>
    public static IndicatorLibrary BuiltIn { get; } = IndicatorCompiler.Compile(DataItemCatalogue.BuiltIn, BuiltInIndicators.All);

    /// <summary>The catalogue the indicators read.</summary>
    public DataItemCatalogue Catalogue { get; }

    /// <summary>The valid indicators, in definition order.</summary>
    public IReadOnlyList<CompiledIndicator> Indicators { get; }

    /// <summary>Why some definitions were refused.</summary>
    public IReadOnlyList<IndicatorDiagnostic> Diagnostics { get; }

    /// <summary>The indicator with this code, if valid.</summary>
    public bool TryGet(string code, out CompiledIndicator indicator) => _byCode.TryGetValue(code, out indicator!);

    /// <summary>The indicator with this code.</summary>
    /// <exception cref="ArgumentException">No valid indicator has this code.</exception>
    public CompiledIndicator this[string code] =>
        TryGet(code, out var indicator) ? indicator : throw new ArgumentException($"Unknown indicator {code}.", nameof(code));

    /// <summary>Evaluates every indicator (or those named) for one park-year.</summary>
    public IReadOnlyList<IndicatorValue> Evaluate(ItemValues current, ItemValues? baseline = null, IEnumerable<string>? codes = null) =>
        [.. (codes is null ? Indicators : codes.Select(c => this[c])).Select(i => i.Evaluate(current, baseline))];
}
