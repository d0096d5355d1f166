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

/// <summary>What the workflow says about a step: allowed, not for this role, or not from this state.</summary>
public enum StepVerdict
{
    Allowed,
    WrongRole,
    WrongState,
}

/// <summary>
/// The transition table of a park's participation: for each step, the roles that may take it, the states it may be
/// taken from (null = the park is not yet in the campaign) and the state it leads to (null = the state stays).
/// Pure: scope (which park, which region, which assignment) is checked by the use cases.
/// </summary>
public static class Workflow
{
    private sealed record Rule(string[] Roles, ParticipationState?[] From, ParticipationState? To);

    private static readonly Dictionary<WorkflowStep, Rule> Table = new()
    {
        [WorkflowStep.Apply] = new([Roles.Park], [null, ParticipationState.Listed, ParticipationState.Returned], ParticipationState.Applied),
        [WorkflowStep.Recommend] = new([Roles.City, Roles.Province], [ParticipationState.Listed, ParticipationState.Applied], ParticipationState.Recommended),
        [WorkflowStep.Return] = new([Roles.City, Roles.Province], [ParticipationState.Listed, ParticipationState.Applied], ParticipationState.Returned),
        [WorkflowStep.AssignExperts] = new([Roles.Province], [ParticipationState.Recommended, ParticipationState.PlanSubmitted], ParticipationState.UnderReview),
        [WorkflowStep.SubmitReview] = new([Roles.Expert], [ParticipationState.UnderReview], null),
        [WorkflowStep.CompileOpinion] = new([Roles.Expert], [ParticipationState.UnderReview], null),
        [WorkflowStep.ResubmitRevision] = new([Roles.Park], [ParticipationState.UnderReview], ParticipationState.UnderReview),
        [WorkflowStep.Approve] = new([Roles.Province], [ParticipationState.UnderReview], ParticipationState.Approved),
        [WorkflowStep.Reject] = new([Roles.Province], [ParticipationState.UnderReview], ParticipationState.Rejected),
    };

    /// <summary>Whether <paramref name="role"/> may take <paramref name="step"/> from <paramref name="state"/> (null: not in the campaign yet).</summary>
    public static StepVerdict Check(WorkflowStep step, ParticipationState? state, string? role)
    {
        var rule = Table[step];
        if (role is null || (!rule.Roles.Contains(role) && role != Roles.Admin)) return StepVerdict.WrongRole;
        return rule.From.Contains(state) ? StepVerdict.Allowed : StepVerdict.WrongState;
    }

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
