using CircularPark.Identity;
using CircularPark.Localization;

namespace CircularPark.Acceptance;

/// <summary>A step of the acceptance chain (domain.md §3, steps 7–9). Values are stored; never renumber.</summary>
public enum AcceptanceStep
{
    /// <summary>提交验收申请: the park submits its self-assessment.</summary>
    Submit = 1,
    /// <summary>退回: returned to the park with reasons.</summary>
    Return = 2,
    /// <summary>资料审查.</summary>
    DocumentReview = 3,
    /// <summary>现场核查.</summary>
    SiteVerification = 4,
    /// <summary>专家评审: ends with a score and a grade.</summary>
    ExpertReview = 5,
    /// <summary>报省备案: the province files the result.</summary>
    File = 6,
}

/// <summary>
/// The transition table of an acceptance application (the shared <see cref="StepTable{TStep, TState}"/>): for each step
/// the permission that takes it, the states it may be taken from (null = no application yet) and the state it leads to.
/// Pure: scope is checked by the use cases. The three
/// review steps are strictly ordered: document review, then on-site verification, then expert review (ADR 0040).
/// </summary>
public static class AcceptanceWorkflow
{
    /// <summary>The table: each step's permission (roles and the campaign-scope rule), from-states and to-state.</summary>
    public static readonly StepTable<AcceptanceStep, AcceptanceStatus> Table = new(new Dictionary<AcceptanceStep, StepRule<AcceptanceStatus>>
    {
        [AcceptanceStep.Submit] = new(Permissions.AcceptanceApply, [null, AcceptanceStatus.Draft, AcceptanceStatus.Returned], AcceptanceStatus.Submitted),
        [AcceptanceStep.Return] = new(Permissions.AcceptanceReview, [AcceptanceStatus.Submitted, AcceptanceStatus.DocumentReviewed], AcceptanceStatus.Returned),
        [AcceptanceStep.DocumentReview] = new(Permissions.AcceptanceReview, [AcceptanceStatus.Submitted], AcceptanceStatus.DocumentReviewed),
        [AcceptanceStep.SiteVerification] = new(Permissions.AcceptanceReview, [AcceptanceStatus.DocumentReviewed], AcceptanceStatus.SiteVerified),
        [AcceptanceStep.ExpertReview] = new(Permissions.AcceptanceReview, [AcceptanceStatus.SiteVerified], AcceptanceStatus.Graded),
        [AcceptanceStep.File] = new(Permissions.AcceptanceFile, [AcceptanceStatus.Graded], AcceptanceStatus.Filed),
    });

    /// <summary>Whether <paramref name="role"/> may take <paramref name="step"/> from <paramref name="status"/> (null: no application yet).</summary>
    public static StepVerdict Check(AcceptanceStep step, AcceptanceStatus? status, string? role) => Table.Check(step, status, role);

    /// <summary>The state the step leads to.</summary>
    public static AcceptanceStatus Target(AcceptanceStep step) => Table[step].To!.Value;

    /// <summary>The review steps a reviewer may take now, in order (for pages and the inbox).</summary>
    public static IReadOnlyList<AcceptanceStep> Open(AcceptanceStatus? status, string? role) =>
        [.. Table.Open(status, role).Where(s => s != AcceptanceStep.Submit)];

    /// <summary>Why a step is refused: the park, the application's state and what must happen first, in both languages.</summary>
    public static Bilingual OutOfOrder(AcceptanceStep step, string park, AcceptanceStatus? status)
    {
        var state = status is { } s ? Text.Label(s) : Text.Get("Acceptance.NoApplication");
        var name = Text.Label(step);
        var first = Text.Get($"Acceptance.First.{step}");
        return new Bilingual(
            Text.Get("Acceptance.OutOfOrder", park, state.Zh, name.Zh, first.Zh).Zh,
            Text.Get("Acceptance.OutOfOrder", park, state.En, name.En, first.En).En);
    }
}
