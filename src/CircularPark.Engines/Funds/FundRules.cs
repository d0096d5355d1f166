namespace CircularPark.Engines.Funds;

/// <summary>When a tranche of an award may be paid. Values are stored; never renumber.</summary>
public enum TrancheTrigger
{
    /// <summary>拨付于资金下达: once the award is made.</summary>
    OnAward = 1,
    /// <summary>核定后拨付: once the project's investment has been verified after audit.</summary>
    OnVerification = 2,
    /// <summary>验收后拨付: once the park has passed acceptance and the project is settled.</summary>
    OnAcceptance = 3,
}

/// <summary>One tranche of the schedule: its share of the award and when it may be paid.</summary>
/// <param name="Share">Share of the award, 0 &lt; share ≤ 1; the shares of a schedule add up to 1.</param>
/// <param name="Trigger">When it may be paid.</param>
public sealed record Tranche(decimal Share, TrancheTrigger Trigger);

/// <summary>
/// The rules of a fund programme, as data: what share of a project's eligible investment it pays, the caps per project
/// and per park, the tranche schedule, the bonus shares for demonstration parks and green-manufacturing designations,
/// and what a failed acceptance costs (the share of the paid funds recovered, and within how many days).
/// Money in 万元; shares as fractions (0.3 = 30 %).
/// </summary>
/// <param name="EligibleShare">Share of the eligible investment paid (补助比例).</param>
/// <param name="CapPerProject">Most one project may receive (万元); null = no cap.</param>
/// <param name="CapPerPark">Most all projects of one park may receive from the programme (万元); null = no cap.</param>
/// <param name="Tranches">The payment schedule, in order; shares add up to 1.</param>
/// <param name="DemonstrationBonus">Share added for a demonstration park (示范园区, Jiangsu 003 五(四)).</param>
/// <param name="GreenBonus">Share added when the project's owner holds a green-manufacturing designation (绿色工厂, Shaoguan 001).</param>
/// <param name="RecoveryShare">Share of the paid funds recovered when the park fails acceptance (national practice: 0.5).</param>
/// <param name="RecoveryDays">Days after the settlement within which the recovery is due.</param>
public sealed record FundRules(
    decimal EligibleShare, decimal? CapPerProject, decimal? CapPerPark, IReadOnlyList<Tranche> Tranches,
    decimal DemonstrationBonus, decimal GreenBonus, decimal RecoveryShare, int RecoveryDays)
{
    /// <summary>The share paid for a project: the eligible share plus the bonuses that apply, never above 1.</summary>
    public decimal ShareFor(bool demonstration, bool green) =>
        Math.Min(1m, EligibleShare + (demonstration ? DemonstrationBonus : 0m) + (green ? GreenBonus : 0m));
}
