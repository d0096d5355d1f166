using System.Globalization;
using CircularPark.Inputs;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CircularPark.Exports;

/// <summary>Cell styles of our workbooks.</summary>
public enum XlsxStyle : uint
{
    Plain = 0,
    Header = 1,
    Bordered = 2,
    Title = 3,
}

/// <summary>One sheet being built: rows of strings and numbers, merged ranges, column widths.</summary>
public sealed class XlsxSheet(string name)
{
    internal string Name { get; } = name;
    internal List<(object?[] Cells, XlsxStyle Style)> Rows { get; } = [];
    internal List<string> Merges { get; } = [];
    internal List<double> Widths { get; } = [];

    public XlsxSheet Row(XlsxStyle style, params object?[] cells)
    {
        Rows.Add((cells, style));
        return this;
    }

    /// <summary>Merges an A1-style range such as "B2:D2".</summary>
    public XlsxSheet Merge(string range)
    {
        Merges.Add(range);
        return this;
    }

    public XlsxSheet ColumnWidths(params double[] widths)
    {
        Widths.AddRange(widths);
        return this;
    }
}

/// <summary>
/// Writes small workbooks (lists and tables people open in Excel) with DocumentFormat.OpenXml. Text passes through
/// <see cref="TextRules.Clean"/> here, the one place, so text stored before the input rules never breaks a workbook.
/// </summary>
public sealed class XlsxBuilder
{
    private readonly List<XlsxSheet> _sheets = [];

    public XlsxSheet Sheet(string name)
    {
        var sheet = new XlsxSheet(name);
        _sheets.Add(sheet);
        return sheet;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in _sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheet);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    public static string ColumnName(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }

    private static Worksheet Worksheet(XlsxSheet sheet)
    {
        var worksheet = new Worksheet();
        if (sheet.Widths.Count > 0)
            worksheet.Append(new Columns(sheet.Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })));
        var data = new SheetData();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var (cells, style) = sheet.Rows[r];
            var row = new Row { RowIndex = (uint)r + 1 };
            for (var c = 0; c < cells.Length; c++)
                row.Append(CellOf(cells[c], $"{ColumnName(c)}{r + 1}", style));
            data.Append(row);
        }
        worksheet.Append(data);
        if (sheet.Merges.Count > 0)
            worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m })));
        return worksheet;
    }

    private static Cell CellOf(object? value, string reference, XlsxStyle style)
    {
        var cell = new Cell { CellReference = reference, StyleIndex = (uint)style };
        switch (value)
        {
            case null:
                break;
            case int or long or double or decimal or float:
                cell.DataType = CellValues.Number;
                cell.CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            default:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(TextRules.Clean(Convert.ToString(value, CultureInfo.InvariantCulture))) { Space = SpaceProcessingModeValues.Preserve });
                break;
        }
        return cell;
    }

    private static Stylesheet Stylesheet()
    {
        Border Thin() => new(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        return new Stylesheet(
            new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 14 })),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), Thin()),
            new CellFormats(
                new CellFormat(),
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }) { FontId = 1, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true }) { BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat { FontId = 2, ApplyFont = true }));
    }
}
