using CircularPark.Engines.Funds;
using CircularPark.Plans;
using CircularPark.Regions;

namespace CircularPark.Funds;

/// <summary>A programme in a list: owner, source, year, budget, committed and remaining (万元), window.</summary>
public sealed record FundProgrammeSummary(int Id, string Code, string NameZh, string NameEn, string OwnerCode, string OwnerZh, string OwnerEn,
    RegionLevel OwnerLevel, FundSource Source, int Year, decimal Budget, decimal Committed, decimal Remaining, DateOnly? ApplicationOpensOn,
    DateOnly? ApplicationClosesOn, long Version)
{
    public static FundProgrammeSummary Of(FundProgramme p) => new(p.Id, p.Code, p.NameZh, p.NameEn, p.OwnerRegion!.Code, p.OwnerRegion.NameZh,
        p.OwnerRegion.NameEn, p.OwnerRegion.Level, p.Source, p.Year, p.Budget, p.Committed, p.Remaining, p.ApplicationOpensOn, p.ApplicationClosesOn, p.Version);
}

/// <summary>
/// One application as lists show it, with its figures (万元): planned, eligible and verified investment, requested,
/// award in force, paid, recovery ordered and repaid, and its priority (demonstration park, green designation).
/// </summary>
public sealed record FundApplicationLine(int Id, int ProgrammeId, int ParkId, string Park, string City, string ProjectKey, string ProjectName, ProjectClass Class,
    string SubType, decimal PlannedInvestment, decimal EligibleInvestment, decimal Requested, decimal? VerifiedInvestment, decimal Award, decimal Paid,
    decimal RecoveryOrdered, decimal Repaid, FundStatus Status, bool Demonstration, bool Green)
{
    /// <summary>Demonstration parks first, then green designations (Jiangsu 003 五(四); Shaoguan 001).</summary>
    public int Priority => (Demonstration ? 2 : 0) + (Green ? 1 : 0);

    public static FundApplicationLine Of(FundApplication a, FundPark? park, bool demonstration) => new(a.Id, a.ProgrammeId, a.ParkId, park?.Name ?? "",
        park?.City ?? "", a.ProjectKey, a.ProjectName, a.Class, a.SubType, a.PlannedInvestment, a.EligibleInvestment, a.Requested, a.VerifiedInvestment,
        a.Award, a.Paid, a.RecoveryOrdered, a.Repaid, a.Status, a.AwardAsMade is null ? demonstration : a.Demonstration, a.HasGreenDesignation);
}

/// <summary>Sums of the lines shown: each column is the sum of its rows.</summary>
public sealed record FundTotals(decimal Requested, decimal Award, decimal Paid, decimal RecoveryOrdered, decimal Repaid)
{
    public static FundTotals Of(IReadOnlyCollection<FundApplicationLine> lines) => new(lines.Sum(l => l.Requested), lines.Sum(l => l.Award),
        lines.Sum(l => l.Paid), lines.Sum(l => l.RecoveryOrdered), lines.Sum(l => l.Repaid));
}

/// <summary>A programme with its rules and the applications the user may see, in order of priority.</summary>
public sealed record FundProgrammeView(FundProgrammeSummary Programme, string DocumentNumber, decimal EligibleShare, decimal? CapPerProject, decimal? CapPerPark,
    IReadOnlyList<TrancheInput> Tranches, decimal DemonstrationBonus, decimal GreenBonus, decimal RecoveryShare, int RecoveryDays, IReadOnlyList<string> SubTypes,
    IReadOnlyList<FundApplicationLine> Applications, FundTotals Totals, bool CanManage);

/// <summary>A tranche of the award in force: its amount, what was paid in it and what may be paid now.</summary>
public sealed record TrancheLine(int Number, decimal Share, TrancheTrigger Trigger, decimal Amount, decimal Paid, decimal Payable);

/// <summary>A step of the history: recorded when and by whom, effective on the document's date.</summary>
public sealed record FundEventView(FundStep Step, string Actor, DateTime AtUtc, DateOnly EffectiveOn, string? DocumentNumber, decimal? Amount, int? Tranche,
    decimal AwardAfter, string Reason)
{
    public static FundEventView Of(FundEvent e) => new(e.Step, e.Actor, e.AtUtc, e.EffectiveOn, e.DocumentNumber, e.Amount, e.Tranche, e.AwardAfter, e.Reason);
}

/// <summary>
/// An application with its programme, tranches, history, the steps the user may take now and, while it waits for the
/// award, the most the rules allow (<see cref="Limit"/>).
/// </summary>
public sealed record FundApplicationView(FundApplicationLine Line, FundProgrammeSummary Programme, string? GreenDesignation, DateOnly AppliedOn,
    decimal? AwardAsMade, DateOnly? RecoveryDueOn, bool? Passed, IReadOnlyList<TrancheLine> Tranches, IReadOnlyList<FundEventView> Events,
    IReadOnlyList<FundStep> Open, AwardLimit? Limit);
