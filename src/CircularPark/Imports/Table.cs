using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CircularPark.Imports;

/// <summary>A sheet read from a file: a header row and data rows, each with its spreadsheet row number (header = 1).</summary>
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<TableRow> Rows);

public sealed record TableRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column >= 0 && column < Cells.Count ? Cells[column].Trim() : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>The file could not be read as a table; the message says why.</summary>
public sealed class TableReadException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Reads the first sheet of an .xlsx file or a CSV file (UTF-8 with or without BOM, or GB18030 as Excel saves it in China).</summary>
public static class TableReader
{
    public const int MaxRows = 100_000;

    public static Table Read(Stream stream, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".xlsx" => ReadXlsx(stream),
            ".csv" or ".txt" => ReadCsv(stream),
            _ => throw new NotSupportedException(extension),
        };
    }

    private static Table ReadXlsx(Stream stream)
    {
        var sheets = ReadWorkbook(stream);
        return sheets.Count > 0 ? sheets[0].Table : throw new TableReadException("no sheet");
    }

    /// <summary>Every sheet of an .xlsx file, in workbook order, each split into header and rows like <see cref="Read"/>.</summary>
    /// <exception cref="TableReadException">The file is not a readable workbook.</exception>
    public static IReadOnlyList<(string Name, Table Table)> ReadWorkbook(Stream stream)
    {
        try
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            using var document = SpreadsheetDocument.Open(copy, false);
            var workbook = document.WorkbookPart ?? throw new TableReadException("no workbook");
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            return [.. (workbook.Workbook.Sheets?.Elements<Sheet>() ?? []).Select(sheet =>
                (sheet.Name?.Value ?? "", ReadSheet((WorksheetPart)workbook.GetPartById(sheet.Id!), shared)))];
        }
        catch (Exception e) when (e is not TableReadException and not OutOfMemoryException)
        {
            throw new TableReadException(e.Message, e);
        }
    }

    private static Table ReadSheet(WorksheetPart part, string[] shared)
    {
        var lines = new List<TableRow>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var number = (int)(row.RowIndex?.Value ?? (uint)(lines.Count + 1));
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column) cells.Add("");
                cells.Add(CellText(cell, shared));
            }
            lines.Add(new TableRow(number, cells));
            if (lines.Count > MaxRows + 1) break;
        }
        return Split(lines);
    }

    private static string CellText(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
        return raw;
    }

    /// <summary>"C12" → 2 (zero-based).</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return Math.Max(0, index - 1);
    }

    private static Table ReadCsv(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var text = Decode(buffer.ToArray());
        var lines = new List<TableRow>();
        var number = 0;
        foreach (var cells in ParseCsv(text))
        {
            number++;
            lines.Add(new TableRow(number, cells));
            if (lines.Count > MaxRows + 1) break;
        }
        return Split(lines);
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

    /// <summary>RFC 4180: quoted fields may hold commas, quotes ("") and line breaks.</summary>
    private static IEnumerable<List<string>> ParseCsv(string text)
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
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
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

    private static Table Split(List<TableRow> lines)
    {
        var content = lines.Where(l => !l.IsBlank).ToList();
        if (content.Count == 0) return new Table([], []);
        return new Table(content[0].Cells.Select(c => c.Trim()).ToList(), content.Skip(1).ToList());
    }
}
