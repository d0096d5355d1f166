namespace CircularPark.Engines.Indicators.Data;

/// <summary>
/// The values of one park-year, one per catalogue item, each in the item's canonical unit; a missing value is
/// absent (not zero). A mutable working buffer (one array), cheap to copy, built by validation or by callers.
/// </summary>
public sealed class ItemValues
{
    internal ItemValues(DataItemCatalogue catalogue)
    {
        Catalogue = catalogue;
        Raw = new double[catalogue.Items.Count];
        Array.Fill(Raw, double.NaN);
    }

    /// <summary>The catalogue the values belong to.</summary>
    public DataItemCatalogue Catalogue { get; }

    /// <summary>Values by slot; NaN marks a missing value.</summary>
    internal double[] Raw { get; private init; }

    /// <summary>The value of <paramref name="code"/> in its canonical unit, or null when missing or unknown.</summary>
    public double? this[string code] => Catalogue.TryGet(code, out _, out var slot) && !double.IsNaN(Raw[slot]) ? Raw[slot] : null;

    /// <summary>The items that have a value, with their values in canonical units.</summary>
    public IEnumerable<KeyValuePair<string, double>> Present =>
        Catalogue.Items.Select((item, slot) => KeyValuePair.Create(item.Code, Raw[slot])).Where(p => !double.IsNaN(p.Value));

    /// <summary>Sets <paramref name="code"/> to <paramref name="value"/> (canonical unit); NaN removes it.</summary>
    /// <exception cref="ArgumentException">Unknown code.</exception>
    public ItemValues Set(string code, double value)
    {
        Raw[Slot(code)] = value;
        return this;
    }

    /// <summary>True when <paramref name="code"/> has a value.</summary>
    public bool Has(string code) => this[code] is not null;

    /// <summary>An independent copy.</summary>
    public ItemValues Copy() => new(Catalogue) { Raw = (double[])Raw.Clone() };

    internal int Slot(string code) => Catalogue.TryGet(code, out _, out var slot) ? slot : throw new ArgumentException($"Unknown data item {code}.", nameof(code));
}
