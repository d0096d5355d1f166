namespace CircularPark.Engines.Funds;

/// <summary>Which limit decides the most a project may be awarded.</summary>
public enum AwardLimitKind
{
    /// <summary>The share of the eligible investment.</summary>
    Share = 1,
    /// <summary>The cap per project.</summary>
    ProjectCap = 2,
    /// <summary>What the cap per park leaves after the park's other awards.</summary>
    ParkCap = 3,
    /// <summary>The amount the park asked for.</summary>
    Requested = 4,
}

/// <summary>The most a project may be awarded, with each limit and the one that binds.</summary>
/// <param name="ByShare">Share × eligible investment, rounded.</param>
/// <param name="ProjectCap">The programme's cap per project, if any.</param>
/// <param name="ParkRoom">What the cap per park leaves, if there is a cap.</param>
/// <param name="Requested">What the park asked for.</param>
/// <param name="Max">The smallest of them (never below zero).</param>
/// <param name="Binding">Which limit gives <paramref name="Max"/>.</param>
public sealed record AwardLimit(decimal ByShare, decimal? ProjectCap, decimal? ParkRoom, decimal Requested, decimal Max, AwardLimitKind Binding);

/// <summary>An award recomputed from the verified investment: before, after, and the difference (≤ 0).</summary>
public sealed record Recomputation(decimal Before, decimal After, decimal Difference);

/// <summary>What a settlement decides: what is still to be paid, what must be paid back, and by when.</summary>
/// <param name="Passed">Whether the park passed acceptance.</param>
/// <param name="Due">Still to be paid (pass: the remaining tranches, capped at the award).</param>
/// <param name="Recovery">To be paid back (fail: the recovery share of what was paid; pass: anything paid above the award).</param>
/// <param name="RecoveryDueOn">The day the recovery is due, when there is one.</param>
public sealed record Settlement(bool Passed, decimal Due, decimal Recovery, DateOnly? RecoveryDueOn);

/// <summary>
/// The arithmetic of a grant: limits of an award, its tranches, what may be paid now, the award recomputed on verified
/// investment, the settlement after acceptance, and how much of a programme's budget a project holds. Pure; money in
/// 万元 rounded by <see cref="Money.Round"/>.
/// </summary>
public static class FundLedger
{
    /// <summary>
    /// The most a project may be awarded: share × eligible investment, capped per project, by what the park's cap leaves
    /// after <paramref name="parkCommitted"/> (the park's other awards in the programme), and by the amount requested.
    /// </summary>
    public static AwardLimit MaxAward(FundRules rules, decimal eligibleInvestment, decimal requested, bool demonstration, bool green, decimal parkCommitted)
    {
        var byShare = Money.Share(eligibleInvestment, rules.ShareFor(demonstration, green));
        var parkRoom = rules.CapPerPark is { } park ? Math.Max(0m, park - parkCommitted) : (decimal?)null;
        var limits = new List<(decimal Amount, AwardLimitKind Kind)> { (byShare, AwardLimitKind.Share) };
        if (rules.CapPerProject is { } cap) limits.Add((cap, AwardLimitKind.ProjectCap));
        if (parkRoom is { } room) limits.Add((room, AwardLimitKind.ParkCap));
        limits.Add((requested, AwardLimitKind.Requested));
        var binding = limits.MinBy(l => l.Amount);
        return new AwardLimit(byShare, rules.CapPerProject, parkRoom, requested, Math.Max(0m, binding.Amount), binding.Kind);
    }

    /// <summary>The amount of each tranche of <paramref name="award"/>: each share rounded, the last takes the remainder, so they add up to the award.</summary>
    public static IReadOnlyList<decimal> TrancheAmounts(decimal award, IReadOnlyList<Tranche> tranches)
    {
        var amounts = new decimal[tranches.Count];
        for (var i = 0; i < tranches.Count - 1; i++) amounts[i] = Money.Share(award, tranches[i].Share);
        if (tranches.Count > 0) amounts[^1] = award - amounts.Take(tranches.Count - 1).Sum();
        return amounts;
    }

    /// <summary>
    /// What may be paid now in tranche <paramref name="index"/> (0-based): nothing before its trigger is
    /// <paramref name="reached"/> (null: nothing is payable, e.g. after a failed acceptance); otherwise the tranche's amount
    /// less what was paid in it, never more than what the award leaves after everything paid.
    /// </summary>
    public static decimal Payable(decimal award, IReadOnlyList<Tranche> tranches, IReadOnlyList<decimal> paidByTranche, int index, TrancheTrigger? reached)
    {
        if (reached is not { } r || index < 0 || index >= tranches.Count || tranches[index].Trigger > r) return 0m;
        var amount = TrancheAmounts(award, tranches)[index];
        var paidHere = index < paidByTranche.Count ? paidByTranche[index] : 0m;
        return Math.Max(0m, Math.Min(amount - paidHere, award - paidByTranche.Sum()));
    }

    /// <summary>
    /// The award after verification (核定): what the rules give for the verified investment, never more than the award
    /// already made (a verified investment above plan does not raise it).
    /// </summary>
    public static Recomputation Recompute(FundRules rules, decimal award, decimal verifiedInvestment, bool demonstration, bool green)
    {
        var byRules = Money.Share(verifiedInvestment, rules.ShareFor(demonstration, green));
        if (rules.CapPerProject is { } cap) byRules = Math.Min(byRules, cap);
        var after = Math.Min(award, byRules);
        return new Recomputation(award, after, after - award);
    }

    /// <summary>
    /// The settlement after acceptance, decided on <paramref name="on"/>. Pass: the rest of the award is due (capped at the
    /// award), and anything paid above the award is recovered. Fail: nothing more is paid and the recovery share of what
    /// was paid is recovered within the programme's days.
    /// </summary>
    public static Settlement Settle(FundRules rules, bool passed, decimal award, decimal paid, DateOnly on)
    {
        var recovery = passed ? Math.Max(0m, paid - award) : Money.Share(paid, rules.RecoveryShare);
        var due = passed ? Math.Max(0m, award - paid) : 0m;
        return new Settlement(passed, due, recovery, recovery > 0 ? on.AddDays(rules.RecoveryDays) : null);
    }

    /// <summary>
    /// How much of the programme's budget a project holds: what was paid and not paid back, plus what the award still
    /// allows to be paid (nothing once the park failed: the unpaid tranches are released).
    /// </summary>
    public static decimal Commitment(decimal award, decimal paid, decimal repaid, bool failed) =>
        paid - repaid + (failed ? 0m : Math.Max(0m, award - paid));
}
