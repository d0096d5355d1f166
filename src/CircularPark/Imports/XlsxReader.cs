using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using CircularPark.Localization;

namespace CircularPark.Imports;

/// <summary>
/// Reads the sheets of an .xlsx file as streams (SAX, never a document tree), under <see cref="SheetLimits"/>: the zip
/// directory is checked first (number of parts, their unpacked sizes, each part's compression ratio), each part is read
/// through a counter that stops at its declared size, and every XML element is handled as it passes. Only the parts a
/// table needs are opened: the package and workbook relationships, the workbook, the shared strings and the sheets.
/// DTDs are refused (no entity expansion, no external entities).
/// </summary>
internal static class XlsxReader
{
    private const int EndOfDirectoryBytes = 22;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true, CloseInput = true,
    };

    public static IReadOnlyList<(string Name, Table Table)> Read(Stream stream, SheetLimits limits, bool keep)
    {
        // Every zip archive ends with a 22-byte directory record; on anything shorter ZipArchive throws ArgumentOutOfRangeException.
        if (stream.CanSeek && stream.Length - stream.Position < EndOfDirectoryBytes) throw new InvalidDataException("shorter than a zip archive");
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var parts = CheckDirectory(zip, limits);
        var workbook = Relationships(parts, "", limits).FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target
            ?? throw new TableReadException("file", Text.Get("Rule.file", "no workbook"));
        var relationships = Relationships(parts, workbook, limits);
        var shared = relationships.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target is { } path
            ? SharedStrings(Part(parts, path, limits), limits) : [];
        var budget = new CellBudget(limits);
        return [.. Sheets(Part(parts, workbook, limits)).Select(sheet =>
        {
            var target = relationships.FirstOrDefault(r => r.Id == sheet.Id).Target ?? throw new TableReadException("file", Text.Get("Rule.file", "no sheet " + sheet.Name));
            var builder = new TableBuilder(budget, sheet.Name, keep);
            ReadSheet(Part(parts, target, limits), builder, shared);
            return (sheet.Name, builder.Build());
        })];
    }

    private static Dictionary<string, ZipArchiveEntry> CheckDirectory(ZipArchive zip, SheetLimits limits)
    {
        if (zip.Entries.Count > limits.MaxEntries) throw InputLimitException.Of("entries", InputLimitException.TooLarge, limits.MaxEntries);
        if (zip.Entries.Sum(e => e.Length) > limits.MaxUnpackedBytes)
            throw InputLimitException.Of("unpacked", InputLimitException.TooLarge, SheetLimits.Megabytes(limits.MaxUnpackedBytes));
        if (zip.Entries.FirstOrDefault(e => e.Length > limits.RatioCheckedAboveBytes && e.Length > Math.Max(1, e.CompressedLength) * limits.MaxCompressionRatio) is { } bomb)
            throw InputLimitException.Of("compression", InputLimitException.TooLarge, bomb.FullName, limits.MaxCompressionRatio);
        var parts = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries) parts.TryAdd(entry.FullName, entry);
        return parts;
    }

    private static XmlReader Part(Dictionary<string, ZipArchiveEntry> parts, string name, SheetLimits limits)
    {
        if (!parts.TryGetValue(name, out var entry)) throw new TableReadException("file", Text.Get("Rule.file", "missing part " + name));
        var stream = new LimitedStream(entry.Open(), entry.Length,
            () => InputLimitException.Of("unpacked", InputLimitException.TooLarge, SheetLimits.Megabytes(limits.MaxUnpackedBytes)));
        return XmlReader.Create(stream, Settings);
    }

    private readonly record struct Relationship(string Id, string Type, string? Target);

    /// <summary>The relationships of <paramref name="source"/> ("" for the package), targets resolved to part names.</summary>
    private static List<Relationship> Relationships(Dictionary<string, ZipArchiveEntry> parts, string source, SheetLimits limits)
    {
        var folder = source.Contains('/', StringComparison.Ordinal) ? source[..(source.LastIndexOf('/') + 1)] : "";
        var name = $"{folder}_rels/{source[folder.Length..]}.rels";
        var list = new List<Relationship>();
        if (!parts.ContainsKey(name)) return list;
        using var x = Part(parts, name, limits);
        while (x.Read())
        {
            if (x.NodeType != XmlNodeType.Element || x.LocalName != "Relationship" || x.GetAttribute("TargetMode") == "External") continue;
            list.Add(new Relationship(x.GetAttribute("Id") ?? "", x.GetAttribute("Type") ?? "", Resolve(folder, x.GetAttribute("Target") ?? "")));
        }
        return list;
    }

    private static string Resolve(string folder, string target)
    {
        var segments = new List<string>();
        foreach (var segment in (target.StartsWith('/') ? target[1..] : folder + target).Split('/'))
        {
            if (segment == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); }
            else if (segment is not ("." or "")) segments.Add(segment);
        }
        return string.Join('/', segments);
    }

    private static List<(string Name, string Id)> Sheets(XmlReader x)
    {
        using (x)
        {
            var sheets = new List<(string, string)>();
            while (x.Read())
            {
                if (x.NodeType != XmlNodeType.Element || x.LocalName != "sheet") continue;
                var id = Attribute(x, "id", "relationships") ?? "";
                sheets.Add((x.GetAttribute("name") ?? "", id));
            }
            return sheets;
        }
    }

    /// <summary>An attribute by local name whose namespace ends with <paramref name="namespaceEnd"/> (transitional or strict OOXML).</summary>
    private static string? Attribute(XmlReader x, string localName, string namespaceEnd)
    {
        for (var more = x.MoveToFirstAttribute(); more; more = x.MoveToNextAttribute())
        {
            if (x.LocalName == localName && x.NamespaceURI.EndsWith(namespaceEnd, StringComparison.Ordinal))
            {
                var value = x.Value;
                x.MoveToElement();
                return value;
            }
        }
        x.MoveToElement();
        return null;
    }

    private static string[] SharedStrings(XmlReader x, SheetLimits limits)
    {
        using (x)
        {
            var strings = new List<string>();
            long chars = 0;
            while (x.Read())
            {
                if (x.NodeType != XmlNodeType.Element || x.LocalName != "si") continue;
                var text = ReadRich(x, limits.MaxCellChars, () => TooLongShared(limits));
                chars += text.Length;
                if (strings.Count >= limits.MaxSharedStrings || chars > limits.MaxSharedStringChars) throw TooLongShared(limits);
                strings.Add(text);
            }
            return [.. strings];
        }
    }

    private static InputLimitException TooLongShared(SheetLimits limits) =>
        InputLimitException.Of("shared-strings", InputLimitException.TooLarge, CellBudget.Count(limits.MaxSharedStrings),
            CellBudget.Count(limits.MaxSharedStringChars), CellBudget.Count(limits.MaxCellChars));

    private static void ReadSheet(XmlReader x, TableBuilder builder, string[] shared)
    {
        using (x)
        {
            var row = 0;
            while (x.Read())
            {
                if (x.NodeType != XmlNodeType.Element) continue;
                if (x.LocalName == "row")
                {
                    row = int.TryParse(x.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : row + 1;
                    builder.StartRow(row);
                }
                else if (x.LocalName == "c") ReadCell(x, builder, shared);
            }
        }
    }

    private static void ReadCell(XmlReader x, TableBuilder builder, string[] shared)
    {
        var reference = x.GetAttribute("r");
        var type = x.GetAttribute("t");
        var column = reference is null ? builder.NextColumn : builder.Column(reference);
        string? value = null, inline = null;
        if (!x.IsEmptyElement)
        {
            var depth = x.Depth;
            while (x.Read() && x.Depth > depth)
            {
                if (x.NodeType != XmlNodeType.Element) continue;
                if (x.LocalName == "v") value = ReadText(x, builder.Limits.MaxCellChars, () => builder.CellTooLong(column));
                else if (x.LocalName == "is") inline = ReadRich(x, builder.Limits.MaxCellChars, () => builder.CellTooLong(column));
            }
        }
        var text = type switch
        {
            "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? shared[i] : "",
            "inlineStr" => inline ?? "",
            _ => value ?? inline ?? "",
        };
        builder.Cell(column, text);
    }

    /// <summary>The text of a rich-text element (&lt;si&gt; or &lt;is&gt;): its &lt;t&gt; runs, without phonetic guides.</summary>
    private static string ReadRich(XmlReader x, int max, Func<InputLimitException> tooLong)
    {
        if (x.IsEmptyElement) return "";
        var depth = x.Depth;
        var phonetic = -1;
        var text = new StringBuilder();
        while (x.Read() && x.Depth > depth)
        {
            if (x.NodeType == XmlNodeType.Element && x.LocalName == "rPh" && !x.IsEmptyElement) phonetic = x.Depth;
            else if (x.NodeType == XmlNodeType.EndElement && x.Depth == phonetic) phonetic = -1;
            else if (x.NodeType == XmlNodeType.Element && x.LocalName == "t" && phonetic < 0) text.Append(ReadText(x, max - text.Length, tooLong));
        }
        return text.ToString();
    }

    /// <summary>An element's text, read in chunks and refused past <paramref name="max"/> characters.</summary>
    private static string ReadText(XmlReader x, int max, Func<InputLimitException> tooLong)
    {
        if (x.IsEmptyElement) return "";
        var depth = x.Depth;
        var text = new StringBuilder();
        var buffer = new char[4096];
        while (x.Read() && x.Depth > depth)
        {
            if (x.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)) continue;
            int read;
            while ((read = x.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
            {
                if (text.Length + read > max) throw tooLong();
                text.Append(buffer, 0, read);
            }
        }
        return text.ToString();
    }
}
