using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Reviews;

namespace CircularPark.Tests.Reviews;

/// <summary>The follow-up's step table (ADR 0078): who takes which step on 英德市英红工业园 in Guangdong's campaign, from which state.</summary>
public class FollowUpFlowTests
{
    private const string Guangdong = "/000000/440000/";
    private static readonly ScopeTarget Yinghong = ScopeTarget.Park(9, "/000000/440000/441800/441881/") with { CampaignScopePath = Guangdong };

    public static TheoryData<string, string?, int?, FollowUpState, string> Users => new()
    {
        { Roles.Park, null, 9, FollowUpState.Open, "answer" },
        { Roles.Park, null, 9, FollowUpState.Returned, "answer" },
        { Roles.Park, null, 9, FollowUpState.Answered, "" },
        { Roles.Park, null, 9, FollowUpState.Confirmed, "" },
        { Roles.Park, null, 1, FollowUpState.Open, "" },
        { Roles.Enterprise, null, 9, FollowUpState.Open, "" },
        { Roles.City, "/000000/440000/441800/", null, FollowUpState.Answered, "confirm,return" },
        { Roles.City, "/000000/440000/441800/", null, FollowUpState.Open, "" },
        { Roles.City, "/000000/440000/440300/", null, FollowUpState.Answered, "" },
        { Roles.Province, Guangdong, null, FollowUpState.Answered, "" },
        { Roles.Ministry, "/000000/", null, FollowUpState.Answered, "" },
    };

    [Theory]
    [MemberData(nameof(Users))]
    public void The_park_answers_open_or_returned_items_and_its_city_confirms_or_returns_answered_ones(string role, string? path, int? park, FollowUpState state, string steps)
    {
        var user = new AccessScope(role, null, park, "someone") { RegionPath = path };

        Assert.Equal(steps, string.Join(",", FollowUpFlow.Table.Open(state, user, Yinghong).Select(FollowUpFlow.Name)));
    }

    [Theory]
    [InlineData(ParticipationState.UnderReview, ReviewConclusion.PassAfterRevision, false)]
    [InlineData(ParticipationState.Rejected, ReviewConclusion.Fail, false)]
    [InlineData(ParticipationState.Approved, ReviewConclusion.PassAfterRevision, true)]
    [InlineData(ParticipationState.Implementing, ReviewConclusion.Pass, true)]
    [InlineData(ParticipationState.Approved, ReviewConclusion.Fail, false)]
    public void Only_an_approved_park_follows_up_an_opinion_that_did_not_fail_its_plan(ParticipationState state, ReviewConclusion conclusion, bool applies) =>
        Assert.Equal(applies, FollowUpFlow.Applies(state, conclusion));

    [Fact]
    public void Every_state_and_step_has_a_label_and_every_step_says_what_must_happen_first_in_both_languages()
    {
        foreach (var state in Enum.GetValues<FollowUpState>()) Assert.DoesNotContain("FollowUpState.", Localization.Text.Label(state).En, StringComparison.Ordinal);
        foreach (var step in Enum.GetValues<FollowUpStep>())
        {
            Assert.DoesNotContain("FollowUpStep.", Localization.Text.Label(step).Zh, StringComparison.Ordinal);
            Assert.DoesNotContain("FollowUp.First", Localization.Text.Get($"FollowUp.First.{step}").En, StringComparison.Ordinal);
        }
    }
}
