using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;

namespace CircularPark.Funds;

/// <summary>A step of a project's money lifecycle. Values are stored; never renumber.</summary>
public enum FundStep
{
    /// <summary>申请: the park applies for a key project of its approved plan.</summary>
    Apply = 1,
    /// <summary>退回: the city returns the application with reasons.</summary>
    Return = 2,
    /// <summary>审核推荐: the city reviews and recommends it.</summary>
    Review = 3,
    /// <summary>不予安排: the programme's owner declines it.</summary>
    Reject = 4,
    /// <summary>下达资金: the programme's owner awards an amount (document number and date).</summary>
    Award = 5,
    /// <summary>拨付: a tranche is paid.</summary>
    Disburse = 6,
    /// <summary>核定投资: the investment verified after audit; the award is recomputed.</summary>
    Verify = 7,
    /// <summary>验收结算: after acceptance, the rest is due (pass) or a recovery is ordered (fail).</summary>
    Settle = 8,
    /// <summary>缴回: a repayment of the recovery.</summary>
    Repay = 9,
}

/// <summary>
/// The money lifecycle as a table (the shared <see cref="StepTable{TStep, TState}"/>, ADR 0043): step → permission, from-states,
/// to-state. Pure; the use cases ask <see cref="Refuse"/> first (403 for the role or scope, 409 for the state, naming
/// the state and what must come first) and pages ask <see cref="Open"/> which forms to show.
/// </summary>
public static class FundSteps
{
    private static readonly FundStatus?[] Paying = [FundStatus.Awarded, FundStatus.Verified, FundStatus.Settled];

    public static readonly StepTable<FundStep, FundStatus> Table = new(new Dictionary<FundStep, StepRule<FundStatus>>
    {
        [FundStep.Apply] = new(Permissions.FundsApply, [null, FundStatus.Returned], FundStatus.Applied),
        [FundStep.Return] = new(Permissions.FundsReview, [FundStatus.Applied], FundStatus.Returned),
        [FundStep.Review] = new(Permissions.FundsReview, [FundStatus.Applied], FundStatus.Reviewed),
        [FundStep.Reject] = new(Permissions.FundsAward, [FundStatus.Applied, FundStatus.Reviewed], FundStatus.Rejected),
        [FundStep.Award] = new(Permissions.FundsAward, [FundStatus.Reviewed], FundStatus.Awarded),
        [FundStep.Disburse] = new(Permissions.FundsDisburse, Paying, null),
        [FundStep.Verify] = new(Permissions.FundsVerify, [FundStatus.Awarded], FundStatus.Verified),
        [FundStep.Settle] = new(Permissions.FundsSettle, [FundStatus.Verified], null),
        [FundStep.Repay] = new(Permissions.FundsSettle, [FundStatus.RecoveryOrdered], null),
    });

    /// <summary>Why <paramref name="user"/> may not take <paramref name="step"/> now, or null when the table allows it.</summary>
    public static Failure? Refuse(FundStep step, FundStatus? status, AccessScope user, FundTarget target)
    {
        var rule = Table[step];
        if (!user.Allows(rule.Permission, target.For(rule.Permission))) return Failure.Forbidden;
        return rule.From.Contains(status) ? null : OutOfOrder(step, status, target.Project);
    }

    /// <summary>The steps <paramref name="user"/> may take now, in the table's order (for pages).</summary>
    public static IReadOnlyList<FundStep> Open(FundStatus? status, AccessScope user, FundTarget target) =>
        [.. Table.Steps.Where(s => Refuse(s, status, user, target) is null)];

    /// <summary>409: the project, its state, the step refused and what must happen first, in both languages.</summary>
    public static Failure OutOfOrder(FundStep step, FundStatus? status, string project)
    {
        var state = status is { } s ? Text.Label(s) : Text.Get("Fund.NoApplication");
        var name = Text.Label(step);
        var first = Text.Get($"Fund.First.{step}");
        return Failure.Conflict(new Bilingual(
            Text.Get("Fund.OutOfOrder", project, state.Zh, name.Zh, first.Zh).Zh,
            Text.Get("Fund.OutOfOrder", project, state.En, name.En, first.En).En), status?.ToString() ?? "None");
    }
}

/// <summary>
/// What a funds step is taken on, as the scope rules need it: the park (its current region's path) for the park's own
/// and the city's steps, the programme's owner region for the owner's steps.
/// </summary>
public sealed record FundTarget(int ParkId, string? ParkPath, string ProgrammePath, string Project)
{
    public ScopeTarget For(Permission permission) =>
        permission.Scope == ScopeRule.Region ? ScopeTarget.Region(ProgrammePath) : ScopeTarget.Park(ParkId, ParkPath);
}
