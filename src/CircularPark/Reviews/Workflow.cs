using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Localization;

namespace CircularPark.Reviews;

/// <summary>A step of the selection and review chain (domain.md §3, steps 1–5).</summary>
public enum WorkflowStep
{
    /// <summary>自愿申报: the park applies.</summary>
    Apply = 1,
    /// <summary>初审推荐: the city recommends the park.</summary>
    Recommend = 2,
    /// <summary>退回: the city returns the application with reasons.</summary>
    Return = 3,
    /// <summary>组织专家评审: the province assigns a panel to the submitted plan.</summary>
    AssignExperts = 4,
    /// <summary>专家评分: an assigned expert scores the checklist and comments.</summary>
    SubmitReview = 5,
    /// <summary>形成评审意见: the panel chair compiles the opinion.</summary>
    CompileOpinion = 6,
    /// <summary>修改后重新评审: a revised plan version goes back to the panel.</summary>
    ResubmitRevision = 7,
    /// <summary>批准: the province approves (possibly with adjustments).</summary>
    Approve = 8,
    /// <summary>不予批准: the province rejects.</summary>
    Reject = 9,
}

/// <summary>
/// The transition table of a park's participation (the shared <see cref="StepTable{TStep, TState}"/>): for each step, the
/// permission that takes it, the states it may be taken from (null = the park is not yet in the campaign) and the state it
/// leads to (null = the state stays). Pure: the use cases judge the scope (which park, campaign, assignment).
/// </summary>
public static class Workflow
{
    /// <summary>The table: each step's permission (roles and the campaign-scope rule), from-states and to-state.</summary>
    public static readonly StepTable<WorkflowStep, ParticipationState> Table = new(new Dictionary<WorkflowStep, StepRule<ParticipationState>>
    {
        [WorkflowStep.Apply] = new(Permissions.SelectionApply, [null, ParticipationState.Listed, ParticipationState.Returned], ParticipationState.Applied),
        [WorkflowStep.Recommend] = new(Permissions.SelectionScreen, [ParticipationState.Listed, ParticipationState.Applied], ParticipationState.Recommended),
        [WorkflowStep.Return] = new(Permissions.SelectionScreen, [ParticipationState.Listed, ParticipationState.Applied], ParticipationState.Returned),
        [WorkflowStep.AssignExperts] = new(Permissions.SelectionPanel, [ParticipationState.Recommended, ParticipationState.PlanSubmitted], ParticipationState.UnderReview),
        [WorkflowStep.SubmitReview] = new(Permissions.ExpertReview, [ParticipationState.UnderReview], null),
        [WorkflowStep.CompileOpinion] = new(Permissions.ExpertReview, [ParticipationState.UnderReview], null),
        [WorkflowStep.ResubmitRevision] = new(Permissions.SelectionApply, [ParticipationState.UnderReview], ParticipationState.UnderReview),
        [WorkflowStep.Approve] = new(Permissions.SelectionDecide, [ParticipationState.UnderReview], ParticipationState.Approved),
        [WorkflowStep.Reject] = new(Permissions.SelectionDecide, [ParticipationState.UnderReview], ParticipationState.Rejected),
    });

    /// <summary>Whether <paramref name="role"/> may take <paramref name="step"/> from <paramref name="state"/> (null: not in the campaign yet).</summary>
    public static StepVerdict Check(WorkflowStep step, ParticipationState? state, string? role) => Table.Check(step, state, role);

    /// <summary>The state the step leads to; null when the state stays.</summary>
    public static ParticipationState? Target(WorkflowStep step) => Table[step].To;

    /// <summary>The states a step may be taken from (null = not yet in the campaign).</summary>
    public static IReadOnlyList<ParticipationState?> From(WorkflowStep step) => Table[step].From;

    /// <summary>
    /// Why a step is refused in <paramref name="state"/>: the park, its state and what must happen first, in both languages.
    /// </summary>
    public static Bilingual OutOfOrder(WorkflowStep step, string park, ParticipationState? state)
    {
        var stateLabel = state is { } s ? Text.Label(s) : Text.Get("Workflow.NotInCampaign");
        var stepLabel = Text.Label(step);
        var first = Text.Get($"Workflow.First.{step}");
        var template = Text.Get("Workflow.OutOfOrder", park, "{1}", "{2}", "{3}");
        return new Bilingual(
            Fill(template.Zh, stateLabel.Zh, stepLabel.Zh, first.Zh),
            Fill(template.En, stateLabel.En, stepLabel.En, first.En));
    }

    private static string Fill(string template, string state, string step, string first) =>
        template.Replace("{1}", state, StringComparison.Ordinal).Replace("{2}", step, StringComparison.Ordinal).Replace("{3}", first, StringComparison.Ordinal);
}
