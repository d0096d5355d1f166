using CircularPark.Engines.Indicators.Units;

namespace CircularPark.Engines.Indicators.Data;

/// <summary>
/// The data items a formula may name: the built-in ones plus users' own. Immutable. Codes match in any case
/// (<c>va</c> is <c>VA</c>). Each item has a slot, its index in <see cref="Items"/>, used by <see cref="ItemValues"/>.
/// </summary>
public sealed class DataItemCatalogue
{
    private readonly Dictionary<string, int> _slots;
    private readonly Unit[] _units;

    private DataItemCatalogue(List<DataItem> items, List<Unit> units)
    {
        Items = items;
        _units = [.. units];
        _slots = items.Select((item, slot) => (item.Code, slot)).ToDictionary(p => p.Code, p => p.slot, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in items only.</summary>
    public static DataItemCatalogue BuiltIn { get; } = Create([]).Catalogue;

    /// <summary>The items, in slot order: built-in ones first.</summary>
    public IReadOnlyList<DataItem> Items { get; }

    /// <summary>
    /// The built-in items plus <paramref name="userItems"/>. A user item with a malformed or taken code, an
    /// unknown unit, or a total that is not a known item of the same dimension is left out with an error.
    /// </summary>
    public static CatalogueBuild Create(IEnumerable<DataItem> userItems)
    {
        var items = new List<DataItem>();
        var units = new List<Unit>();
        var diagnostics = new List<IndicatorDiagnostic>();
        foreach (var item in BuiltInDataItems.All.Concat(userItems))
        {
            var problem = CheckItem(item, items, out var unit);
            if (problem is not null)
            {
                diagnostics.Add(problem);
                continue;
            }
            items.Add(item);
            units.Add(unit!);
        }
        foreach (var item in items.Where(i => i.TotalCode is not null && !i.IsBuiltIn && !IsValidTotal(i, items, units)).ToList())
        {
            diagnostics.Add(Messages.Create("Catalogue.UnknownTotal", DiagnosticSeverity.Error, item.Code, item.Code, item.TotalCode!));
            units.RemoveAt(items.IndexOf(item));
            items.Remove(item);
        }
        return new CatalogueBuild(new DataItemCatalogue(items, units), diagnostics);
    }

    /// <summary>True (with the item and its slot) when <paramref name="code"/> names an item.</summary>
    public bool TryGet(string code, out DataItem item, out int slot)
    {
        var found = _slots.TryGetValue(code, out slot);
        item = found ? Items[slot] : null!;
        return found;
    }

    /// <summary>The item named <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentException">No such item (a programming error; user input goes through validation).</exception>
    public DataItem this[string code] => TryGet(code, out var item, out _) ? item : throw new ArgumentException($"Unknown data item {code}.", nameof(code));

    /// <summary>The canonical unit of the item in <paramref name="slot"/>.</summary>
    public Unit UnitAt(int slot) => _units[slot];

    /// <summary>The canonical unit of the item named <paramref name="code"/>.</summary>
    public Unit UnitOf(string code) => TryGet(code, out _, out var slot) ? _units[slot] : throw new ArgumentException($"Unknown data item {code}.", nameof(code));

    /// <summary>An empty set of values (every item missing) over this catalogue.</summary>
    public ItemValues NewValues() => new(this);

    /// <summary>The message argument naming an item in both languages.</summary>
    internal MessageArg Name(string code) => TryGet(code, out var item, out _) ? MessageArg.Named(item.Code, item.NameZh, item.NameEn) : code;

    internal static bool IsValidCode(string code) =>
        code.Length is > 0 and <= 32 && char.IsAsciiLetter(code[0]) && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && !code.Equals("BASE", StringComparison.OrdinalIgnoreCase);

    private static IndicatorDiagnostic? CheckItem(DataItem item, List<DataItem> taken, out Unit? unit)
    {
        unit = null;
        if (!IsValidCode(item.Code))
            return Messages.Create("Catalogue.InvalidCode", DiagnosticSeverity.Error, item.Code, item.Code);
        if (taken.Any(t => t.Code.Equals(item.Code, StringComparison.OrdinalIgnoreCase)))
            return Messages.Create("Catalogue.DuplicateCode", DiagnosticSeverity.Error, item.Code, item.Code);
        if (!UnitCatalogue.TryParse(item.Unit, out unit))
            return Messages.Create("Catalogue.UnknownUnit", DiagnosticSeverity.Error, item.Code, item.Code, item.Unit);
        return null;
    }

    private static bool IsValidTotal(DataItem part, List<DataItem> items, List<Unit> units)
    {
        var total = items.FindIndex(i => i.Code.Equals(part.TotalCode, StringComparison.OrdinalIgnoreCase));
        return total >= 0 && (part.IsEnergyCarrier || units[items.IndexOf(part)].IsCommensurableWith(units[total]));
    }
}

/// <summary>A catalogue and the problems found with the user items that were left out of it.</summary>
/// <param name="Catalogue">The catalogue.</param>
/// <param name="Diagnostics">One error per user item left out.</param>
public sealed record CatalogueBuild(DataItemCatalogue Catalogue, IReadOnlyList<IndicatorDiagnostic> Diagnostics);
