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

    /// <summary>The setup for <paramref name="coefficientSetId"/>, or null when no such set is stored.</summary>
    public async Task<IndicatorSetup?> LoadAsync(string? coefficientSetId = null, CancellationToken ct = default)
    {
        var id = coefficientSetId ?? DefaultSetId;
        var record = await db.CoefficientSets.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (record is null) return null;
        var set = JsonSerializer.Deserialize<CoefficientSet>(record.Json, Json)!;
        var items = await db.CustomDataItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        var indicators = await db.CustomIndicators.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        return Build(set, items.Select(i => i.ToEngine()), indicators.Select(i => i.ToEngine()));
    }

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
