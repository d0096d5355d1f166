using System.Text;
using CircularPark.Localization;

namespace CircularPark.Imports;

/// <summary>A sheet read from a file: a header row and data rows, each with its spreadsheet row number (header = 1).</summary>
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<TableRow> Rows);

public sealed record TableRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column >= 0 && column < Cells.Count ? Cells[column].Trim() : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>The file could not be read as a table: the rule broken (<c>file</c>, a limit, <c>control-character</c>) and why, in both languages.</summary>
public class TableReadException(string rule, Bilingual reason, Exception? inner = null) : Exception(reason.En, inner)
{
    public string Rule { get; } = rule;

    public Bilingual Reason { get; } = reason;

    /// <summary>The problem an import reports for the whole file (row 0).</summary>
    public ImportProblem Problem => ImportProblem.Of(0, null, Rule, Reason);
}

/// <summary>
/// Reads the first sheet of an .xlsx file or a CSV file (UTF-8 with or without BOM, or GB18030 as Excel saves it in
/// China), under <see cref="SheetLimits"/> (ADR 0056): every reader of spreadsheets in the product goes through here.
/// </summary>
public static class TableReader
{
    public static int MaxRows => SheetLimits.Default.MaxRows;

    /// <exception cref="NotSupportedException">Neither .xlsx nor .csv/.txt.</exception>
    /// <exception cref="TableReadException">Unreadable, or beyond a limit (<see cref="InputLimitException"/>).</exception>
    public static Table Read(Stream stream, string fileName, SheetLimits? limits = null) =>
        Read(stream, fileName, limits ?? SheetLimits.Default, keep: true);

    /// <summary>Reads the file only to find whether it breaks a limit (nothing is kept): the API's check before a use case reads it.</summary>
    /// <exception cref="InputLimitException">The first limit the file breaks.</exception>
    public static void CheckLimits(Stream stream, string fileName, SheetLimits? limits = null)
    {
        try
        {
            Read(stream, fileName, limits ?? SheetLimits.Default, keep: false);
        }
        catch (Exception e) when (e is NotSupportedException || e is TableReadException and not InputLimitException)
        {
            // Not a limit: the use case reports it with the rest of the file's problems.
        }
    }

    /// <summary>Every sheet of an .xlsx file, in workbook order, each split into header and rows like <see cref="Read(Stream, string, SheetLimits?)"/>.</summary>
    /// <exception cref="TableReadException">The file is not a readable workbook, or breaks a limit.</exception>
    public static IReadOnlyList<(string Name, Table Table)> ReadWorkbook(Stream stream, SheetLimits? limits = null) =>
        ReadXlsx(stream, limits ?? SheetLimits.Default, keep: true);

    private static Table Read(Stream stream, string fileName, SheetLimits limits, bool keep)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".xlsx" => ReadXlsx(stream, limits, keep) is { Count: > 0 } sheets ? sheets[0].Table : throw new TableReadException("file", Text.Get("Rule.file", "no sheet")),
            ".csv" or ".txt" => ReadCsv(stream, fileName, limits, keep),
            _ => throw new NotSupportedException(extension),
        };
    }

    private static IReadOnlyList<(string Name, Table Table)> ReadXlsx(Stream stream, SheetLimits limits, bool keep)
    {
        try
        {
            if (stream.CanSeek && stream.Length - stream.Position > limits.MaxFileBytes) throw FileTooLarge(limits);
            using var seekable = stream.CanSeek ? null : Copy(stream, limits);
            return XlsxReader.Read(seekable ?? stream, limits, keep);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or IOException or FormatException)
        {
            throw new TableReadException("file", Text.Get("Rule.file", e.Message), e);
        }
    }

    private static MemoryStream Copy(Stream stream, SheetLimits limits)
    {
        var copy = new MemoryStream();
        using (var limited = new LimitedStream(stream, limits.MaxFileBytes, () => FileTooLarge(limits), leaveOpen: true)) limited.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static InputLimitException FileTooLarge(SheetLimits limits) =>
        InputLimitException.Of("file-size", InputLimitException.TooLarge, SheetLimits.Megabytes(limits.MaxFileBytes));

    private static Table ReadCsv(Stream stream, string fileName, SheetLimits limits, bool keep)
    {
        using var buffer = Copy(stream, limits);
        var builder = new TableBuilder(new CellBudget(limits), fileName, keep);
        var number = 0;
        foreach (var cells in ParseCsv(Decode(buffer.ToArray()), limits.MaxColumns))
        {
            builder.StartRow(++number);
            for (var i = 0; i < cells.Count; i++) builder.Cell(i, cells[i]);
        }
        return builder.Build();
    }

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    /// <summary>RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. A row stops growing one field past
    /// <paramref name="maxColumns"/>, which the table builder then refuses.</summary>
    private static IEnumerable<List<string>> ParseCsv(string text, int maxColumns)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == ',') { if (row.Count <= maxColumns) row.Add(field.ToString()); field.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString());
                field.Clear();
                yield return row;
                row = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}
