using CircularPark.Imports;
using CircularPark.Parks;

namespace CircularPark.Tests.Imports;

/// <summary>Issue 11.8: park names as lists write them — the same name, a near name for a person to decide, or another park.</summary>
public class ParkNamesTests
{
    [Theory]
    [InlineData("苏州工业园区", "苏州 工业园区")]
    [InlineData("常熟经济(技术)开发区", "常熟经济（技术）开发区")]
    [InlineData("ＡＢＣ高新区", "abc高新区")]
    [InlineData("张家港保税区", "张家港保税区　")]
    public void Spaces_width_and_bracket_width_do_not_make_another_name(string a, string b) =>
        Assert.True(ParkNames.Same(a, b));

    [Theory]
    [InlineData("徐州经济技术开发区", "徐州经济开发区")]
    [InlineData("徐州经济技术开发区", "徐州经济(技术)开发区")]
    [InlineData("徐州经济技术开发区", "经济技术开发区")]
    [InlineData("徐州经济技术开发区", "江苏徐州经济技术开发区")]
    [InlineData("徐州高新技术产业开发区", "徐州高薪技术产业开发区")]
    [InlineData("徐州工业园区", "徐州工业园")]
    [InlineData("徐州国家级经济技术开发区", "徐州经济技术开发区")]
    public void Near_names_are_flagged_for_a_person_to_decide(string a, string b) =>
        Assert.True(ParkNames.AreNear(a, b, ["江苏省", "徐州市"]), $"{a} ~ {b}");

    [Theory]
    [InlineData("徐州经济技术开发区", "徐州高新技术产业开发区")]
    [InlineData("徐州工业园区", "徐州化工园区")]
    [InlineData("铜山经济开发区", "睢宁经济开发区")]
    [InlineData("徐州甲园区", "徐州乙园区")]
    [InlineData("徐州经济技术开发区", "徐州经济技术开发区")]
    public void Different_parks_and_the_same_name_are_not_near(string a, string b) =>
        Assert.False(ParkNames.AreNear(a, b, ["江苏省", "徐州市"]), $"{a} !~ {b}");

    [Theory]
    [InlineData("abcd", "abce", true)]
    [InlineData("abcd", "abd", true)]
    [InlineData("abcd", "abcde", true)]
    [InlineData("abcd", "badc", false)]
    [InlineData("abcd", "ab", false)]
    public void One_edit_is_one_character_replaced_inserted_or_removed(string x, string y, bool near) =>
        Assert.Equal(near, ParkNames.WithinOneEdit(x, y));

    [Fact]
    public void Choices_are_read_as_row_new_or_row_park_number()
    {
        var choices = ParkChoice.Parse("5=new; 7=123，9=NEW", out var bad);

        Assert.Null(bad);
        Assert.Equal(new Dictionary<int, ParkChoice> { [5] = new ParkChoice.New(), [7] = new ParkChoice.Same(123), [9] = new ParkChoice.New() }, choices);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("x=new")]
    [InlineData("1=new")]
    [InlineData("5=same")]
    public void A_choice_that_cannot_be_read_is_named(string text)
    {
        Assert.Null(ParkChoice.Parse(text, out var bad));
        Assert.Equal(text, bad);
    }
}
