using System.Text.Json;
using CircularPark.Data;
using CircularPark.Engines.Indicators;
using CircularPark.Engines.Indicators.Carbon;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Engines.Indicators.Library;
using CircularPark.Engines.Indicators.Validation;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Indicators;

/// <summary>Everything needed to check statistics and compute indicators with one coefficient set.</summary>
public sealed record IndicatorSetup(CoefficientSet Set, DataItemCatalogue Catalogue, IndicatorLibrary Library, IndicatorEngine Engine, StatisticsValidator Validator);

/// <summary>
/// Builds the indicator engine from the built-in catalogue and library plus the user-defined data items and
/// indicators stored in the database, with a stored coefficient set (the national default unless named).
/// </summary>
public sealed class IndicatorCatalog(AppDbContext db)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string DefaultSetId => CoefficientSets.ChinaDefault.Id;

    /// <summary>
    /// The setup for <paramref name="coefficientSetId"/>, or null when no such set is stored. Compiling the library is the
    /// costly part, so a compiled setup is kept per coefficient set and definitions (<see cref="s_compiled"/>): each call
    /// reads only the set's JSON and the ids and versions of the user's items and indicators, and compiles again exactly
    /// when one of them changed (a save bumps <c>Version</c>; a new or deleted definition changes the ids) — on every node alike.
    /// </summary>
    public async Task<IndicatorSetup?> LoadAsync(string? coefficientSetId = null, CancellationToken ct = default)
    {
        var id = coefficientSetId ?? DefaultSetId;
        var json = await db.CoefficientSets.AsNoTracking().Where(s => s.Id == id).Select(s => s.Json).SingleOrDefaultAsync(ct);
        if (json is null) return null;
        var itemVersions = await db.CustomDataItems.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Id, i.Version }).ToListAsync(ct);
        var indicatorVersions = await db.CustomIndicators.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Id, i.Version }).ToListAsync(ct);
        var key = string.Join('|', id, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json))),
            string.Join(',', itemVersions.Select(i => $"{i.Id}:{i.Version}")), string.Join(',', indicatorVersions.Select(i => $"{i.Id}:{i.Version}")));
        if (s_compiled.TryGetValue(key, out var compiled)) return compiled;
        var set = JsonSerializer.Deserialize<CoefficientSet>(json, Json)!;
        var items = await db.CustomDataItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        var indicators = await db.CustomIndicators.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        var setup = Build(set, items.Select(i => i.ToEngine()), indicators.Select(i => i.ToEngine()));
        if (items.Count != itemVersions.Count || indicators.Count != indicatorVersions.Count) return setup; // changed meanwhile: not kept
        if (s_compiled.Count >= 32) s_compiled.Clear(); // old versions are never asked for again
        s_compiled[key] = setup;
        return setup;
    }

    /// <summary>Compiled setups by coefficient set, its content and the versions of the user's definitions (immutable, shared by requests).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IndicatorSetup> s_compiled = new(StringComparer.Ordinal);

    /// <summary>Composes the engine pieces; definitions that no longer compile are left out (and reported by the library).</summary>
    public static IndicatorSetup Build(CoefficientSet set, IEnumerable<DataItem> userItems, IEnumerable<IndicatorDefinition> userIndicators)
    {
        var catalogue = DataItemCatalogue.Create(userItems).Catalogue;
        var library = IndicatorCompiler.Compile(catalogue, BuiltInIndicators.All.Concat(userIndicators));
        var calculator = EnergyCarbonCalculator.Create(catalogue, set).Calculator;
        return new IndicatorSetup(set, catalogue, library, new IndicatorEngine(library, calculator), new StatisticsValidator(catalogue, calculator));
    }

    public static CoefficientSetRecord Record(CoefficientSet set) => new()
    {
        Id = set.Id, Name = set.Name, Source = set.Source, Year = set.Year, Region = set.Region,
        Json = JsonSerializer.Serialize(set, Json),
    };
}
