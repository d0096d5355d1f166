using CircularPark.Inputs;

namespace CircularPark.Tests.Inputs;

/// <summary>The one check of input records (ADR 0056): every error keyed by the field's JSON path and naming it.</summary>
public class InputCheckTests
{
    public sealed record Line([SingleLine(20)] string Name, [MultiLine(50)] string? Note, IReadOnlyList<string>? Tags, double Amount);

    public sealed record Form([SingleLine] string Title, string? Body, IReadOnlyList<Line> Lines, Dictionary<string, Line>? ByCode, Line? Main);

    [Fact]
    public void Errors_are_keyed_by_the_path_of_each_field_however_deep()
    {
        var form = new Form("标题\n第二行", "正文\r\n\t可以换行", [new Line("甲", "备注", ["a\u0001"], 1), null!], new() { ["k"] = null! }, new Line(new string('长', 21), new string('x', 51), null, double.NaN));

        var errors = InputCheck.Errors(form);

        Assert.Equal(["title", "lines[0].tags[0]", "lines[1]", "byCode[k]", "main.name", "main.note", "main.amount"], errors.Keys);
        Assert.Equal("“title”含有不允许的控制字符 U+000A（第 3 个字符）", errors["title"].Zh);
        Assert.Equal("\"main.name\" must be at most 20 characters (it has 21)", errors["main.name"].En);
        Assert.Equal("\"lines[1]\" must not be null", errors["lines[1]"].En);
    }

    [Fact]
    public void Null_is_refused_where_the_type_does_not_allow_it_unless_a_form_sent_an_empty_field()
    {
        var form = new Form(null!, null, null!, null, null);

        Assert.Equal(["title", "lines"], InputCheck.Errors(form).Keys);
        Assert.Empty(InputCheck.Errors(form, nullsRequired: false));
    }

    [Fact]
    public void Forms_name_fields_as_they_post_them_and_only_the_top_record_is_checked_when_not_deep()
    {
        var form = new Form("a\u0002", null, [new Line("b\u0003", null, null, 0)], null, null);

        Assert.Equal(["Input.Title", "Input.Lines[0].Name"], InputCheck.Errors(form, "Input", jsonNames: false).Keys);
        Assert.Equal(["title"], InputCheck.Errors(form, deep: false).Keys);
    }
}
