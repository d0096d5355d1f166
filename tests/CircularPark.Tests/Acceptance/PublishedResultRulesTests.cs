using CircularPark.Acceptance;
using CircularPark.Campaigns;

namespace CircularPark.Tests.Acceptance;

/// <summary>Results published before the product was used (ADR 0074): the grades a notice may state, and the standing they give from the notice's date.</summary>
public class PublishedResultRulesTests
{
    [Theory]
    [InlineData("优秀", "excellent", true)]
    [InlineData(" 良 好 ", "good", true)]
    [InlineData("中等", "medium", true)]
    [InlineData("合格", "pass", true)]
    [InlineData("不合格", "fail", false)]
    [InlineData("通过", "passed", true)]
    [InlineData("不通过", "notpassed", false)]
    [InlineData("Excellent", "excellent", true)]
    [InlineData("Not passed", "notpassed", false)]
    public void A_grade_of_either_scheme_is_read_from_its_Chinese_label_or_English_name_and_passes_unless_it_fails(string text, string code, bool passes) =>
        Assert.Equal((code, passes), PublishedGrades.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("特优")]
    [InlineData("85")]
    [InlineData("基本合格")]
    public void Anything_else_is_no_grade(string text) => Assert.Null(PublishedGrades.Parse(text));

    [Theory]
    [InlineData("2020-12-17", AcceptanceStandingKind.MissedDeadline)]
    [InlineData("2020-12-18", AcceptanceStandingKind.Failed)]
    [InlineData("2026-01-01", AcceptanceStandingKind.Failed)]
    public void A_published_result_decides_the_standing_from_the_notices_date_on(string today, AcceptanceStandingKind expected)
    {
        var published = new PublishedAcceptanceResult { Grade = "notpassed", Passed = false, NoticeNumber = "粤工信节能函〔2020〕123号", NoticeOn = new(2020, 12, 18), RecordedBy = "p" };

        var standing = AcceptanceStanding.Of(ParticipationState.Approved, null, null, [], AcceptanceDeadline.OneDate(new(2020, 6, 30)), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), published);

        Assert.Equal(expected, standing.Kind);
    }

    [Fact]
    public void A_published_passing_grade_counts_as_accepted_even_without_an_application_or_a_deadline()
    {
        var published = new PublishedAcceptanceResult { Grade = "good", Passed = true, NoticeNumber = "n", NoticeOn = new(2020, 12, 18), RecordedBy = "p" };

        Assert.Equal(AcceptanceStandingKind.Accepted, AcceptanceStanding.Of(ParticipationState.Listed, null, null, [], AcceptanceDeadline.None, new(2021, 1, 1), published).Kind);
    }
}
