using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CircularPark.Exports;

/// <summary>
/// Writes Word documents in the layout of Chinese official documents (GB/T 9704): A4, title in 方正小标宋简体 二号
/// (22 pt), body in 仿宋_GB2312 三号 (16 pt), tables with single borders. Sizes are in points.
/// </summary>
public sealed class DocxBuilder
{
    public const string TitleFont = "方正小标宋简体";
    public const string BodyFont = "仿宋_GB2312";
    public const string HeadingFont = "黑体";

    private readonly List<OpenXmlElement> _body = [];

    public DocxBuilder Title(string text) => Add(Paragraph(text, TitleFont, 22, bold: false, JustificationValues.Center));

    public DocxBuilder Heading(string text) => Add(Paragraph(text, HeadingFont, 16, bold: false, JustificationValues.Left));

    public DocxBuilder Text(string text, bool indent = true) =>
        Add(Paragraph(text, BodyFont, 16, bold: false, JustificationValues.Both, indent ? 640 : 0));

    public DocxBuilder Right(string text) => Add(Paragraph(text, BodyFont, 16, bold: false, JustificationValues.Right));

    public DocxBuilder Blank() => Add(new Paragraph());

    public DocxBuilder PageBreak() => Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>A bordered table; <paramref name="widths"/> are relative column widths.</summary>
    public DocxBuilder Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int> widths)
    {
        var total = widths.Sum();
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = (9000 * w / total).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(header, bold: true, widths, total));
        foreach (var row in rows) table.Append(Row(row, bold: false, widths, total));
        return Add(table);
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(_body.Select(e => e.CloneNode(true)));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private DocxBuilder Add(OpenXmlElement element)
    {
        _body.Add(element);
        return this;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool bold, IReadOnlyList<int> widths, int total) =>
        new(cells.Select((text, i) => new TableCell(
            new TableCellProperties(
                new TableCellWidth { Width = (5000 * widths[i] / total).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
            Paragraph(text, bold ? HeadingFont : BodyFont, 14, bold, JustificationValues.Center))));

    private static Paragraph Paragraph(string text, string font, int points, bool bold, JustificationValues justification, int firstLineIndent = 0)
    {
        var runProperties = new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font });
        if (bold) runProperties.Append(new Bold());
        runProperties.Append(new FontSize { Val = (points * 2).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        // Schema order in w:pPr: ind before jc.
        var properties = new ParagraphProperties();
        if (firstLineIndent > 0) properties.Append(new Indentation { FirstLine = firstLineIndent.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        properties.Append(new Justification { Val = justification });
        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
