using CircularPark.Inputs;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace CircularPark.Exports;

/// <summary>
/// Writes Word documents in the layout of Chinese official documents (GB/T 9704): A4, title in 方正小标宋简体 二号
/// (22 pt), body in 仿宋_GB2312 三号 (16 pt), tables with single borders. Sizes are in points. Every text passes through
/// <see cref="TextRules.Clean"/> in one place, so a control character stored before the input rules never breaks a document.
/// </summary>
public sealed class DocxBuilder
{
    public const string TitleFont = "方正小标宋简体";
    public const string BodyFont = "仿宋_GB2312";
    public const string HeadingFont = "黑体";
    public const string SubheadingFont = "楷体_GB2312";

    private readonly List<OpenXmlElement> _body = [];
    private readonly List<(string Id, byte[] Png)> _images = [];

    public DocxBuilder Title(string text) => Add(Paragraph(text, TitleFont, 22, bold: false, JustificationValues.Center));

    public DocxBuilder Heading(string text) => Add(Paragraph(text, HeadingFont, 16, bold: false, JustificationValues.Left));

    /// <summary>A second-level heading (楷体, 三号), e.g. "（一）总物质".</summary>
    public DocxBuilder Subheading(string text) => Add(Paragraph(text, SubheadingFont, 16, bold: false, JustificationValues.Left));

    /// <summary>A centred caption of a table or figure (仿宋, 四号).</summary>
    public DocxBuilder Caption(string text) => Add(Paragraph(text, BodyFont, 14, bold: false, JustificationValues.Center));

    /// <summary>
    /// A centred PNG picture <paramref name="widthCm"/> wide, keeping the aspect ratio of its
    /// <paramref name="widthPx"/> × <paramref name="heightPx"/> pixels; <paramref name="description"/> is its alternative text.
    /// </summary>
    public DocxBuilder Image(byte[] png, int widthPx, int heightPx, string description, double widthCm = 15)
    {
        ArgumentNullException.ThrowIfNull(png);
        _images.Add(($"rIdPicture{_images.Count + 1}", png));
        var (id, number) = (_images[^1].Id, (uint)_images.Count);
        var cx = (long)(widthCm * 360_000); // EMU per cm
        var cy = cx * heightPx / widthPx;
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"picture{number}.png" },
                new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = number, Name = $"Picture {number}", Description = TextRules.Clean(description) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return Add(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new Drawing(inline))));
    }

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
            foreach (var (id, png) in _images)
            {
                using var data = new MemoryStream(png);
                main.AddImagePart(ImagePartType.Png, id).FeedData(data);
            }
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
        return new Paragraph(properties, new Run(runProperties, new Text(TextRules.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
