using CircularPark.Exports;
using CircularPark.Inputs;
using DocumentFormat.OpenXml.Packaging;

namespace CircularPark.Tests.Exports;

/// <summary>Issue 12 finding 7: the xlsx and docx writers leave out what no such file may carry, in one place each.</summary>
public class TextCleaningTests
{
    [Fact]
    public void Control_characters_and_lone_surrogates_are_removed_while_tabs_line_breaks_and_emoji_stay()
    {
        Assert.Equal("甲\t乙\r\n丙😀", TextRules.Clean("甲\u0000\t乙\u0001\r\n\u007F丙\uD800😀\uFFFF"));
    }

    [Fact]
    public void A_workbook_and_a_document_are_written_from_text_with_control_characters()
    {
        var book = new XlsxBuilder();
        book.Sheet("s").Row(XlsxStyle.Plain, "英德市\u0001英红工业园", "\u0000");
        var docx = new DocxBuilder().Title("标题\u0008").Text("正文\u001F").Table(["列\u0002"], [["值\u0003"]], [1]).Build();

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(book.Build()), false);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);

        Assert.Equal("英德市英红工业园", workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText);
        Assert.Equal("标题正文列值", document.MainDocumentPart!.Document.Body!.InnerText);
    }

    [Theory]
    [InlineData("甲乙", TextKind.SingleLine, -1)]
    [InlineData("甲\n乙", TextKind.SingleLine, 1)]
    [InlineData("甲\n乙", TextKind.MultiLine, -1)]
    [InlineData("甲\u000B乙", TextKind.MultiLine, 1)]
    public void The_first_forbidden_character_is_found_by_the_kind_of_text(string text, TextKind kind, int at)
    {
        Assert.Equal(at, TextRules.FirstForbidden(text, kind));
    }

    [Fact]
    public void An_unpaired_surrogate_is_forbidden_but_a_pair_is_one_character()
    {
        Assert.Equal(2, TextRules.FirstForbidden("😀" + '\uDC00', TextKind.MultiLine));
    }
}
