using CircularPark.Campaigns;
using CircularPark.Engines.Campaigns;
using CircularPark.Parks;
using CircularPark.Regions;

namespace CircularPark.Overview;

/// <summary>What the rows of an overview are: the nation's reporting units, a province's cities, or a city's parks.</summary>
public enum OverviewRowKind
{
    /// <summary>Province-level units and 计划单列市 (the units that report to the nation, ADR 0080).</summary>
    Unit = 1,
    /// <summary>The divisions directly below the region (a province's cities).</summary>
    Region = 2,
    /// <summary>The parks of the region.</summary>
    Park = 3,
}

/// <summary>
/// The furthest a park has come in any campaign (a provincial campaign's parks are the nation's parks too). Ordered: a
/// park counts once, under its furthest stage; <see cref="Failed"/> ranks below every live stage, so a park that failed
/// once and applied again counts as applying.
/// </summary>
public enum ParkStage
{
    /// <summary>未参与: in no campaign.</summary>
    None = 0,
    /// <summary>未通过: rejected, or failed acceptance.</summary>
    Failed = 1,
    /// <summary>申报评审中: applied, recommended, returned, plan submitted or under review.</summary>
    Applying = 2,
    /// <summary>列入计划: listed with a planned year.</summary>
    Listed = 3,
    /// <summary>实施中: approved, implementing, or asking for a delay.</summary>
    Implementing = 4,
    /// <summary>验收中: applied for acceptance, or under acceptance review.</summary>
    InAcceptance = 5,
    /// <summary>通过验收.</summary>
    Accepted = 6,
    /// <summary>示范园区.</summary>
    Demonstration = 7,
}

/// <summary>Parks by their furthest stage.</summary>
public sealed record StageTally(int None, int Failed, int Applying, int Listed, int Implementing, int InAcceptance, int Accepted, int Demonstration)
{
    public static readonly StageTally Zero = new(0, 0, 0, 0, 0, 0, 0, 0);

    public static StageTally Of(ParkStage stage) => stage switch
    {
        ParkStage.Failed => Zero with { Failed = 1 },
        ParkStage.Applying => Zero with { Applying = 1 },
        ParkStage.Listed => Zero with { Listed = 1 },
        ParkStage.Implementing => Zero with { Implementing = 1 },
        ParkStage.InAcceptance => Zero with { InAcceptance = 1 },
        ParkStage.Accepted => Zero with { Accepted = 1 },
        ParkStage.Demonstration => Zero with { Demonstration = 1 },
        _ => Zero with { None = 1 },
    };

    public static StageTally operator +(StageTally a, StageTally b) => new(a.None + b.None, a.Failed + b.Failed, a.Applying + b.Applying,
        a.Listed + b.Listed, a.Implementing + b.Implementing, a.InAcceptance + b.InAcceptance, a.Accepted + b.Accepted, a.Demonstration + b.Demonstration);
}

/// <summary>
/// A row's part of a national target: parks counted (of the target's level, eligible where its basis says so), parks
/// transformed in any campaign, and the parks the target's share asks of this row (null for a count target, which
/// only the whole campaign can meet).
/// </summary>
public sealed record TargetCell(int Counted, int Achieved, int? Required)
{
    /// <summary>Transformed ÷ counted; null when nothing is counted (无数据).</summary>
    public double? Rate => Counted == 0 ? null : (double)Achieved / Counted;

    /// <summary>No data, met or not met, as <see cref="TargetProgress"/> judges the whole campaign.</summary>
    public TargetState State => Required is not { } required ? (Counted == 0 ? TargetState.NoData : Achieved > 0 ? TargetState.Met : TargetState.NotMet)
        : TargetProgress.Compute(Counted, Counted, Achieved, null, required).State;

    public static TargetCell operator +(TargetCell a, TargetCell b) =>
        new(a.Counted + b.Counted, a.Achieved + b.Achieved, a.Required is { } x && b.Required is { } y ? x + y : null);
}

/// <summary>
/// Reports owed in a period by a row (its parks, its cities, and at the national level the unit itself): on time, late,
/// 逾期未报 (past due, never submitted) and open (not yet due, not yet submitted).
/// </summary>
public sealed record ReportTally(int Expected, int OnTime, int Late, int Overdue, int Open)
{
    public static readonly ReportTally Zero = new(0, 0, 0, 0, 0);

    public int Submitted => OnTime + Late;

    public static ReportTally operator +(ReportTally a, ReportTally b) =>
        new(a.Expected + b.Expected, a.OnTime + b.OnTime, a.Late + b.Late, a.Overdue + b.Overdue, a.Open + b.Open);
}

/// <summary>
/// Acceptance as standings judge it today (<c>AcceptanceStanding</c>), a park counted once: accepted in any campaign;
/// otherwise failed, missed the deadline (counts as failed), or in progress.
/// </summary>
public sealed record AcceptanceTally(int Accepted, int Failed, int MissedDeadline, int InProgress)
{
    public static readonly AcceptanceTally Zero = new(0, 0, 0, 0);

    public static AcceptanceTally operator +(AcceptanceTally a, AcceptanceTally b) =>
        new(a.Accepted + b.Accepted, a.Failed + b.Failed, a.MissedDeadline + b.MissedDeadline, a.InProgress + b.InProgress);
}

/// <summary>
/// One row: a reporting unit, a city or a park. <see cref="Code"/> is the region code to drill into (null for a park row,
/// which links to <see cref="ParkId"/>).
/// </summary>
public sealed record OverviewRow(string? Code, int? ParkId, string NameZh, string NameEn, bool SeparatelyPlanned, int Parks, int NationalLevel,
    int ProvincialLevel, int Eligible, StageTally Stages, IReadOnlyList<TargetCell> Targets, ReportTally Reports, AcceptanceTally Acceptance)
{
    public string Name(bool english) => english && NameEn.Length > 0 ? NameEn : NameZh;
}

/// <summary>A national target the overview measures, as the national campaign sets it.</summary>
public sealed record OverviewTarget(int Id, TargetMetric Metric, ParkLevel? Level, double? Share, int? Count, TargetBasis Basis, DateOnly Deadline);

/// <summary>A step back up the drill-down (nation → province → city); <see cref="MayOpen"/>: the user covers it (a city never opens its province).</summary>
public sealed record OverviewCrumb(string Code, string NameZh, string NameEn, bool MayOpen = true);

/// <summary>A report the region owes itself (a city to its province, a unit to the nation) in the period.</summary>
public sealed record OwnReport(int RequirementId, string NameZh, string NameEn, DateOnly Due, DateTime? SubmittedAtUtc, bool PastDue)
{
    public bool OnTime(DateTime deadlineUtc) => SubmittedAtUtc is { } at && at <= deadlineUtc;
}

/// <summary>
/// The monitoring picture of a region as of <see cref="AsOf"/>: one row per reporting unit (nation), city (province) or
/// park (city and below), with parks by stage, progress to the national campaign's targets, the reports of
/// <see cref="Year"/>'s period and acceptance results; <see cref="Total"/> sums the rows (ADR 0083).
/// </summary>
public sealed record RegionOverview(string Code, string NameZh, string NameEn, RegionLevel Level, OverviewRowKind RowKind, int Year, IReadOnlyList<int> Years,
    DateOnly AsOf, string? Campaign, string? CampaignCode, IReadOnlyList<OverviewTarget> Targets, IReadOnlyList<OverviewRow> Rows, OverviewRow Total,
    IReadOnlyList<OverviewCrumb> Trail, IReadOnlyList<OverviewCrumb> ReportsApart, IReadOnlyList<OwnReport> OwnReports)
{
    public string Name(bool english) => english && NameEn.Length > 0 ? NameEn : NameZh;
}
