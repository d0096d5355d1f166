using System.Collections.Frozen;
using System.Reflection;

namespace CircularPark.Engines.Localization;

/// <summary>
/// A table of texts in the product's two languages, read from a tab-separated file embedded in an assembly: one line per
/// key, <c>key&lt;TAB&gt;Simplified Chinese&lt;TAB&gt;English</c>; blank lines and lines starting with <c>#</c> are skipped.
/// The TSV is the only source of the texts (no generated .resx), so two changes adding keys merge line by line.
/// </summary>
public sealed class MessageTable
{
    private readonly FrozenDictionary<string, (string Zh, string En)> _texts;

    private MessageTable(FrozenDictionary<string, (string Zh, string En)> texts) => _texts = texts;

    /// <summary>Every key, for checks that each text exists in both languages.</summary>
    public IEnumerable<string> Keys => _texts.Keys;

    /// <summary>The Chinese and English text of <paramref name="key"/>, or null when the table has no such key.</summary>
    public (string Zh, string En)? Find(string key) => _texts.TryGetValue(key, out var text) ? text : null;

    /// <summary>Reads the embedded resource <paramref name="resourceName"/> of <paramref name="assembly"/>.</summary>
    /// <exception cref="InvalidDataException">A line without exactly three fields, or a key given twice.</exception>
    public static MessageTable Load(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidDataException($"{assembly.GetName().Name} embeds no resource {resourceName}.");
        using var reader = new StreamReader(stream);
        return Parse(reader, resourceName);
    }

    /// <summary>Parses the TSV text read from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">A line without exactly three fields, or a key given twice.</exception>
    public static MessageTable Parse(TextReader reader, string source)
    {
        var texts = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length != 3) throw new InvalidDataException($"{source}:{number}: expected key<TAB>zh<TAB>en, found {parts.Length} fields.");
            if (!texts.TryAdd(parts[0], (parts[1], parts[2])))
                throw new InvalidDataException($"{source}:{number}: the key {parts[0]} is given twice.");
        }
        return new MessageTable(texts.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
