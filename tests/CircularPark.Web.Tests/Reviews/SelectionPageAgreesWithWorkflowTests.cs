using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Reviews;
using CircularPark.Web.Pages.Selection;

namespace CircularPark.Web.Tests.Reviews;

/// <summary>
/// Issue 12, finding 17: the selection page offers a step's form exactly when the step table accepts the step for the
/// user in the park's state, the question the use case asks. The page used to offer the decision to the province in
/// 已提交方案 (PlanSubmitted), which the workflow refuses with 409, and hid screening from an administrator who may take it.
/// </summary>
public class SelectionPageAgreesWithWorkflowTests
{
    public static TheoryData<string, ParticipationState, string> EveryFormStateAndRole()
    {
        var data = new TheoryData<string, ParticipationState, string>();
        foreach (var form in ParkModel.Forms.Keys)
            foreach (var state in Enum.GetValues<ParticipationState>())
                foreach (var role in Roles.All)
                    data.Add(form, state, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryFormStateAndRole))]
    public void A_form_is_offered_only_for_a_step_the_workflow_accepts_and_every_accepted_officials_step_is_offered(string form, ParticipationState state, string role)
    {
        var user = new AccessScope(role, null, null, "someone@example.cn");
        var view = View(state, opinion: true, panel: [Assignment(user.Name, chair: true, submitted: form == "opinion")]);

        var offered = ParkModel.Offers(form, view, user);
        var accepted = Workflow.Check(ParkModel.Forms[form], state, role) == StepVerdict.Allowed;

        if (offered) Assert.True(accepted, $"{form} offered to {role} in {state}, which the workflow refuses");
        if (accepted) Assert.True(offered, $"{form} hidden from {role} in {state}, which the workflow accepts");
    }

    [Fact]
    public void The_province_is_not_offered_a_decision_on_a_revised_plan_waiting_for_its_panel()
    {
        var province = new AccessScope(Roles.Province, null, null, "guangdong@demo.cn");

        Assert.False(ParkModel.Offers("decision", View(ParticipationState.PlanSubmitted, opinion: true, panel: []), province));
        Assert.True(ParkModel.Offers("panel", View(ParticipationState.PlanSubmitted, opinion: true, panel: []), province));
        Assert.True(ParkModel.Offers("decision", View(ParticipationState.UnderReview, opinion: true, panel: []), province));
        Assert.False(ParkModel.Offers("decision", View(ParticipationState.UnderReview, opinion: false, panel: []), province));
    }

    [Fact]
    public void An_expert_is_offered_the_review_only_on_an_open_assignment_of_their_own()
    {
        var expert = new AccessScope(Roles.Expert, null, null, "expert@demo.cn");

        Assert.True(ParkModel.Offers("review", View(ParticipationState.UnderReview, opinion: false, panel: [Assignment(expert.Name, chair: false, submitted: false)]), expert));
        Assert.False(ParkModel.Offers("review", View(ParticipationState.UnderReview, opinion: false, panel: [Assignment("other@demo.cn", chair: false, submitted: false)]), expert));
    }

    private static AssignmentView Assignment(string expert, bool chair, bool submitted) =>
        new(1, 1, expert, expert, "", chair, null, submitted ? new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) : null, Open: true, null, null);

    private static ParticipationView View(ParticipationState state, bool opinion, IReadOnlyList<AssignmentView> panel) =>
        new(9, "英德市英红工业园", "gd-2019-923", state, null, [], panel,
            opinion ? [new OpinionView(9, "英德市英红工业园", "方案", "", "", "", ReviewConclusion.Pass, true, false, ["一、"])] : [], []);
}
