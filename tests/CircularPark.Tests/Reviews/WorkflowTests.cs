using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Reviews;

namespace CircularPark.Tests.Reviews;

public class WorkflowTests
{
    [Theory]
    [InlineData(WorkflowStep.Apply, null, Roles.Park, StepVerdict.Allowed)]
    [InlineData(WorkflowStep.Apply, ParticipationState.Returned, Roles.Park, StepVerdict.Allowed)]
    [InlineData(WorkflowStep.Apply, ParticipationState.Approved, Roles.Park, StepVerdict.WrongState)]
    [InlineData(WorkflowStep.Apply, null, Roles.City, StepVerdict.WrongRole)]
    [InlineData(WorkflowStep.Recommend, ParticipationState.Applied, Roles.City, StepVerdict.Allowed)]
    [InlineData(WorkflowStep.Recommend, ParticipationState.Applied, Roles.Park, StepVerdict.WrongRole)]
    [InlineData(WorkflowStep.Recommend, ParticipationState.Listed, Roles.City, StepVerdict.Allowed)] // listed by the city's promotion plan (ADR 0008)
    [InlineData(WorkflowStep.Recommend, ParticipationState.Returned, Roles.City, StepVerdict.WrongState)]
    [InlineData(WorkflowStep.AssignExperts, ParticipationState.Recommended, Roles.Province, StepVerdict.Allowed)]
    [InlineData(WorkflowStep.AssignExperts, ParticipationState.Applied, Roles.Province, StepVerdict.WrongState)]
    [InlineData(WorkflowStep.AssignExperts, ParticipationState.Recommended, Roles.City, StepVerdict.WrongRole)]
    [InlineData(WorkflowStep.SubmitReview, ParticipationState.UnderReview, Roles.Expert, StepVerdict.Allowed)]
    [InlineData(WorkflowStep.SubmitReview, ParticipationState.Approved, Roles.Expert, StepVerdict.WrongState)]
    [InlineData(WorkflowStep.Approve, ParticipationState.Recommended, Roles.Province, StepVerdict.WrongState)]
    [InlineData(WorkflowStep.Approve, ParticipationState.UnderReview, Roles.City, StepVerdict.WrongRole)]
    [InlineData(WorkflowStep.Approve, ParticipationState.UnderReview, Roles.Admin, StepVerdict.Allowed)]
    [InlineData(WorkflowStep.Reject, ParticipationState.UnderReview, null, StepVerdict.WrongRole)]
    public void Each_step_is_for_its_roles_and_from_its_states_only(WorkflowStep step, ParticipationState? state, string? role, StepVerdict verdict) =>
        Assert.Equal(verdict, Workflow.Check(step, state, role));

    [Fact]
    public void Every_step_has_a_label_and_says_what_must_happen_first_in_both_languages()
    {
        foreach (var step in Enum.GetValues<WorkflowStep>())
        {
            var message = Workflow.OutOfOrder(step, "某园区", ParticipationState.Listed);
            Assert.DoesNotContain("Workflow.", message.Zh, StringComparison.Ordinal);
            Assert.DoesNotContain("Workflow.", message.En, StringComparison.Ordinal);
            Assert.StartsWith("园区“某园区”当前状态为“列入计划”", message.Zh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_park_not_yet_in_the_campaign_is_named_so()
    {
        var message = Workflow.OutOfOrder(WorkflowStep.Recommend, "英德市英红工业园", null);

        Assert.Equal("园区“英德市英红工业园”当前状态为“未参加本批次”，不能初审推荐：须先园区提交申报或被列入地市推进计划", message.Zh);
        Assert.Equal("\"英德市英红工业园\" is not in the campaign: cannot recommend yet; first the park applies or its city's promotion plan lists it", message.En);
    }
}
