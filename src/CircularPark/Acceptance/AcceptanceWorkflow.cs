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

/// <summary>What the acceptance workflow says about a step.</summary>
public enum AcceptanceVerdict
{
    Allowed,
    WrongRole,
    WrongState,
}

/// <summary>
/// The transition table of an acceptance application: for each step the roles that may take it, the states it may be
/// taken from (null = no application yet) and the state it leads to. Pure: scope is checked by the use cases. The three
/// review steps are strictly ordered: document review, then on-site verification, then expert review (ADR 0040).
/// </summary>
public static class AcceptanceWorkflow
{
    private sealed record Rule(string[] Roles, AcceptanceStatus?[] From, AcceptanceStatus To);

    private static readonly string[] Reviewers = [Roles.City, Roles.Province];

    private static readonly Dictionary<AcceptanceStep, Rule> Table = new()
    {
        [AcceptanceStep.Submit] = new([Roles.Park], [null, AcceptanceStatus.Draft, AcceptanceStatus.Returned], AcceptanceStatus.Submitted),
        [AcceptanceStep.Return] = new(Reviewers, [AcceptanceStatus.Submitted, AcceptanceStatus.DocumentReviewed], AcceptanceStatus.Returned),
        [AcceptanceStep.DocumentReview] = new(Reviewers, [AcceptanceStatus.Submitted], AcceptanceStatus.DocumentReviewed),
        [AcceptanceStep.SiteVerification] = new(Reviewers, [AcceptanceStatus.DocumentReviewed], AcceptanceStatus.SiteVerified),
        [AcceptanceStep.ExpertReview] = new(Reviewers, [AcceptanceStatus.SiteVerified], AcceptanceStatus.Graded),
        [AcceptanceStep.File] = new([Roles.Province], [AcceptanceStatus.Graded], AcceptanceStatus.Filed),
    };

    /// <summary>Whether <paramref name="role"/> may take <paramref name="step"/> from <paramref name="status"/> (null: no application yet).</summary>
    public static AcceptanceVerdict Check(AcceptanceStep step, AcceptanceStatus? status, string? role)
    {
        var rule = Table[step];
        if (role is null || (!rule.Roles.Contains(role) && role != Roles.Admin)) return AcceptanceVerdict.WrongRole;
        return rule.From.Contains(status) ? AcceptanceVerdict.Allowed : AcceptanceVerdict.WrongState;
    }

    /// <summary>The state the step leads to.</summary>
    public static AcceptanceStatus Target(AcceptanceStep step) => Table[step].To;

    /// <summary>The review steps a reviewer may take now, in order (for pages and the inbox).</summary>
    public static IReadOnlyList<AcceptanceStep> Open(AcceptanceStatus? status, string? role) =>
        Enum.GetValues<AcceptanceStep>().Where(s => s != AcceptanceStep.Submit && Check(s, status, role) == AcceptanceVerdict.Allowed).ToList();

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
