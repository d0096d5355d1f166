using System.Text;
using CircularPark.Exports;

namespace CircularPark.Tests.Exports;

/// <summary>Issue 12 finding 8: a CSV cell a spreadsheet would run as a formula is written as text; numbers stay numbers.</summary>
public class CsvWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("+86 123", "'+86 123")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("园区=甲", "园区=甲")]
    [InlineData("甲\u0001乙", "甲乙")]
    public void Text_that_starts_like_a_formula_gets_a_leading_apostrophe(string text, string written)
    {
        Assert.Equal(written, CsvWriter.Cell(text));
    }

    [Theory]
    [InlineData(-5, "-5")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(2020, "2020")]
    public void Numbers_are_written_as_numbers_even_when_negative(object number, string written)
    {
        Assert.Equal(written, CsvWriter.Cell(number));
    }

    [Fact]
    public void Rows_are_utf8_with_a_byte_order_mark_and_crlf()
    {
        var bytes = CsvWriter.Write([["名称", null, 1], ["a,b", "x", -1]]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("名称,,1\r\n\"a,b\",x,-1\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
