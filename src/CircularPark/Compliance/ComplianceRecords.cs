namespace CircularPark.Compliance;

/// <summary>清洁生产审核的类型. Values are stored; never renumber.</summary>
public enum AuditType
{
    /// <summary>强制性清洁生产审核 (key polluters and energy users: at most five years between two audits).</summary>
    Mandatory = 1,
    /// <summary>自愿性清洁生产审核.</summary>
    Voluntary = 2,
}

/// <summary>Where a clean-production audit stands.</summary>
public enum AuditStage
{
    /// <summary>启动: the enterprise has started the audit.</summary>
    Started = 1,
    /// <summary>审核中: the audit report is being written or assessed (评估).</summary>
    Assessing = 2,
    /// <summary>验收通过: accepted; counts for the coverage.</summary>
    Accepted = 3,
    /// <summary>验收未通过.</summary>
    Failed = 4,
}

/// <summary>节能监察的方式 (seed 001: 建立“现场看”“随机看”“回头看”机制).</summary>
public enum InspectionKind
{
    /// <summary>现场看: a planned on-site inspection.</summary>
    OnSite = 1,
    /// <summary>随机看: a random inspection.</summary>
    Random = 2,
    /// <summary>回头看: a follow-up of an earlier inspection's rectification.</summary>
    FollowUp = 3,
}

/// <summary>绿色制造称号的类别 (the ministry's green-manufacturing lists).</summary>
public enum GreenKind
{
    /// <summary>绿色工厂.</summary>
    Factory = 1,
    /// <summary>绿色园区 (also what Guangdong's notice 000 asks parks to combine with the transformation).</summary>
    Park = 2,
    /// <summary>绿色设计产品.</summary>
    Product = 3,
    /// <summary>绿色供应链管理企业.</summary>
    SupplyChain = 4,
}

/// <summary>Who listed a green designation.</summary>
public enum GreenLevel
{
    /// <summary>国家级 (工业和信息化部).</summary>
    National = 1,
    /// <summary>省级.</summary>
    Provincial = 2,
    /// <summary>市级.</summary>
    City = 3,
}

/// <summary>Who last changed a register entry, and when (UTC); every change is audited as well.</summary>
public abstract class ComplianceRecord
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
    public long Version { get; set; }
}

/// <summary>A clean-production audit (清洁生产审核) of an enterprise of the park.</summary>
public sealed class CleanProductionAudit : ComplianceRecord
{
    public int EnterpriseId { get; set; }
    /// <summary>The year the audit started.</summary>
    public int Year { get; set; }
    public AuditType Type { get; set; }
    public AuditStage Stage { get; set; }
    /// <summary>The consultancy or auditor (审核咨询机构).</summary>
    public string? Auditor { get; set; }
    /// <summary>The day the audit was accepted (验收通过), for <see cref="AuditStage.Accepted"/>.</summary>
    public DateOnly? AcceptedOn { get; set; }
    /// <summary>What the audit found and achieved (方案、成效), or why it failed.</summary>
    public string? Result { get; set; }
}

/// <summary>An energy-saving supervision inspection (节能监察) of an enterprise, its findings and their rectification.</summary>
public sealed class EnergyInspection : ComplianceRecord
{
    public int EnterpriseId { get; set; }
    public InspectionKind Kind { get; set; }
    public DateOnly InspectedOn { get; set; }
    /// <summary>The body that inspected (节能监察机构).</summary>
    public string? Inspector { get; set; }
    public string Findings { get; set; } = "";
    /// <summary>Last day to rectify (整改期限); null when nothing is to be rectified.</summary>
    public DateOnly? RectificationDueOn { get; set; }
    /// <summary>The day the rectification was confirmed (整改销号).</summary>
    public DateOnly? ClosedOn { get; set; }
    public string? ClosureNote { get; set; }

    /// <summary>Past its deadline and not closed on <paramref name="today"/> (China time): overdue from the day after the deadline.</summary>
    public bool IsOverdueOn(DateOnly today) => RectificationDueOn is { } due && due < today && ClosedOn is null;
}

/// <summary>A planning environmental impact assessment (规划环评) of the park, with its approval and follow-up evaluation.</summary>
public sealed class PlanningEia : ComplianceRecord
{
    /// <summary>The report (规划环境影响报告书) title.</summary>
    public string ReportTitle { get; set; } = "";
    /// <summary>The approving document's number, e.g. 韶环函〔2021〕51号.</summary>
    public string ApprovalNumber { get; set; } = "";
    public DateOnly ApprovedOn { get; set; }
    /// <summary>Last day the planning EIA is valid (the plan period); null = no end stated.</summary>
    public DateOnly? ValidUntil { get; set; }
    /// <summary>When the follow-up evaluation (跟踪评价) is due.</summary>
    public DateOnly? FollowUpDueOn { get; set; }
    public DateOnly? FollowUpDoneOn { get; set; }
    public string? Note { get; set; }

    /// <summary>In force on <paramref name="day"/>: approved by then and not past its validity.</summary>
    public bool IsValidOn(DateOnly day) => ApprovedOn <= day && (ValidUntil is null || day <= ValidUntil);

    /// <summary>Past its validity on <paramref name="today"/>.</summary>
    public bool IsExpiredOn(DateOnly today) => ValidUntil is { } until && until < today;

    /// <summary>The follow-up evaluation is past due and not done.</summary>
    public bool IsFollowUpOverdueOn(DateOnly today) => FollowUpDueOn is { } due && due < today && FollowUpDoneOn is null;
}

/// <summary>A green-manufacturing designation (绿色工厂、绿色园区、绿色设计产品、绿色供应链) of the park or one of its enterprises.</summary>
public sealed class GreenDesignation : ComplianceRecord
{
    /// <summary>The enterprise designated; null for a green park.</summary>
    public int? EnterpriseId { get; set; }
    public GreenKind Kind { get; set; }
    public GreenLevel Level { get; set; }
    /// <summary>The year of the list (名单年度).</summary>
    public int Year { get; set; }
    /// <summary>The document that published the list.</summary>
    public string DocumentNumber { get; set; } = "";
    /// <summary>For a green product: the product.</summary>
    public string? ProductName { get; set; }
}

/// <summary>The park's yearly environmental-management assessment report (环境管理状况评估报告), public once published.</summary>
public sealed class EnvironmentalReport : ComplianceRecord
{
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    /// <summary>The day it was published (公开); null while it is a draft.</summary>
    public DateOnly? PublishedOn { get; set; }
}
