using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Acceptance;

/// <summary>Where a park's acceptance application (验收申请) stands. Values are stored; never renumber.</summary>
public enum AcceptanceStatus
{
    /// <summary>草稿: the park writes its self-assessment.</summary>
    Draft = 1,
    /// <summary>已提交: waiting for the document review.</summary>
    Submitted = 2,
    /// <summary>已退回: returned with reasons; the park revises and resubmits (a new version).</summary>
    Returned = 3,
    /// <summary>资料审查完成.</summary>
    DocumentReviewed = 4,
    /// <summary>现场核查完成.</summary>
    SiteVerified = 5,
    /// <summary>专家评审完成: scored and graded.</summary>
    Graded = 6,
    /// <summary>已报省备案: the result is filed; the park is accepted or failed.</summary>
    Filed = 7,
}

/// <summary>
/// A park's application for acceptance in a campaign, referring to its approved implementation plan. The self-assessment
/// lives in versions: every submission freezes the version submitted (with the eligibility check as it stood); a revision
/// after a return is a new version. The review steps are events: who, when, why.
/// </summary>
public sealed class AcceptanceApplication
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int ParkId { get; set; }
    public int PlanId { get; set; }
    public AcceptanceStatus Status { get; set; } = AcceptanceStatus.Draft;
    /// <summary>The expert review's score (0 to the scale's maximum) and the grade the campaign's scale gives it.</summary>
    public double? Score { get; set; }
    public string? Grade { get; set; }
    public bool? Passed { get; set; }
    /// <summary>Filing with the province (备案): number and date.</summary>
    public string? FilingNumber { get; set; }
    public DateOnly? FiledOn { get; set; }
    public long Version { get; set; }
    public List<AcceptanceVersion> Versions { get; set; } = [];
    public List<AcceptanceEvent> Events { get; set; } = [];
}

/// <summary>One version of the self-assessment report (自评估报告). Immutable once submitted.</summary>
public sealed class AcceptanceVersion
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public int Number { get; set; }
    public bool Submitted { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }
    public string? SubmittedBy { get; set; }
    /// <summary>重点项目完成情况.</summary>
    public string ProjectCompletion { get; set; } = "";
    /// <summary>指标完成情况.</summary>
    public string IndicatorAchievement { get; set; } = "";
    /// <summary>投资完成情况.</summary>
    public string Investment { get; set; } = "";
    /// <summary>经济、环境、社会效益.</summary>
    public string Benefits { get; set; } = "";
    /// <summary>存在问题.</summary>
    public string Problems { get; set; } = "";
    /// <summary>The eligibility check as it stood at submission (JSON of <see cref="Plans.EligibilityResult"/>).</summary>
    public string? EligibilitySnapshot { get; set; }
    public bool? Eligible { get; set; }
}

/// <summary>One step of an application's history: submitted, returned, document review, site verification, expert review, filing.</summary>
public sealed class AcceptanceEvent
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public AcceptanceStep Step { get; set; }
    public required string Actor { get; set; }
    /// <summary>When the step was recorded (UTC).</summary>
    public DateTime AtUtc { get; set; }
    /// <summary>The date the step took effect (the document's date when recorded after the fact; China calendar).</summary>
    public DateOnly EffectiveOn { get; set; }
    public string Reason { get; set; } = "";
    public int VersionNumber { get; set; }
    public double? Score { get; set; }
}

internal sealed class AcceptanceApplicationConfiguration : IEntityTypeConfiguration<AcceptanceApplication>,
    IEntityTypeConfiguration<AcceptanceVersion>, IEntityTypeConfiguration<AcceptanceEvent>
{
    public void Configure(EntityTypeBuilder<AcceptanceApplication> builder)
    {
        builder.HasIndex(a => new { a.CampaignId, a.ParkId }).IsUnique();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Grade).HasMaxLength(40);
        builder.Property(a => a.FilingNumber).HasMaxLength(100);
        builder.HasOne<Campaigns.Campaign>().WithMany().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Parks.Park>().WithMany().HasForeignKey(a => a.ParkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Plans.ImplementationPlan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AcceptanceVersion> builder)
    {
        builder.HasIndex(v => new { v.ApplicationId, v.Number }).IsUnique();
        foreach (var text in SelfAssessment.Sections)
            builder.Property(text).HasMaxLength(20_000);
        builder.Property(v => v.SubmittedBy).HasMaxLength(200);
        builder.Property(v => v.EligibilitySnapshot).HasMaxLength(100_000);
    }

    public void Configure(EntityTypeBuilder<AcceptanceEvent> builder)
    {
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.Property(e => e.Reason).HasMaxLength(2000);
    }
}
