using CircularPark.Engines.Localization;

namespace CircularPark.Engines.Tests.Localization;

public class MessageTableTests
{
    [Fact]
    public void Reads_key_Chinese_and_English_and_skips_comments_and_blank_lines()
    {
        var table = MessageTable.Parse(new StringReader("# key\tzh\ten\n\nA.B\t甲\tAlpha\n"), "test.tsv");

        Assert.Equal(("甲", "Alpha"), table.Find("A.B"));
        Assert.Null(table.Find("A.C"));
    }

    [Theory]
    [InlineData("A\t甲\n", "test.tsv:1")]
    [InlineData("A\t甲\tAlpha\nA\t乙\tBeta\n", "given twice")]
    public void A_line_without_three_fields_or_a_key_given_twice_is_refused_with_its_place(string text, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => MessageTable.Parse(new StringReader(text), "test.tsv"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
