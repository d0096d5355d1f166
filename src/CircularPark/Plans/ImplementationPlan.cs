using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Plans;

public enum PlanStatus
{
    Draft = 1,
    /// <summary>Submitted: immutable; a change is a new version.</summary>
    Submitted = 2,
}

/// <summary>Class of a key project (domain.md §7; Jiangsu funds the first two).</summary>
public enum ProjectClass
{
    /// <summary>关键补链项目.</summary>
    ChainFilling = 1,
    /// <summary>公共服务设施项目.</summary>
    PublicService = 2,
    Other = 3,
}

/// <summary>A park's implementation plan (实施方案) in a campaign: a series of versions, the latest being the current one.</summary>
public sealed class ImplementationPlan
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public int CampaignId { get; set; }
    public required string Title { get; set; }
    public List<PlanVersion> Versions { get; set; } = [];
}

/// <summary>
/// One version of a plan, with its chapters after the national template (002 and the 2012 guide): basic situation,
/// material flows, main tasks, key projects, indicator baselines and targets (the expected results among them),
/// pollutant inventory, benefit analysis, safeguards.
/// </summary>
public sealed class PlanVersion
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int Number { get; set; }
    public PlanStatus Status { get; set; } = PlanStatus.Draft;
    public DateTime CreatedAtUtc { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime? SubmittedAtUtc { get; set; }
    public string? SubmittedBy { get; set; }
    public long Version { get; set; }
    public required string CoefficientSetId { get; set; }
    public int BaselineYear { get; set; }
    public int PeriodStartYear { get; set; }
    public int PeriodEndYear { get; set; }
    public string BasicSituation { get; set; } = "";
    public string MaterialFlowAnalysis { get; set; } = "";
    public string BenefitEconomic { get; set; } = "";
    public string BenefitEnvironmental { get; set; } = "";
    public string BenefitSocial { get; set; } = "";
    public string Safeguards { get; set; } = "";
    public List<PlanTask> Tasks { get; set; } = [];
    public List<KeyProject> Projects { get; set; } = [];
    public List<IndicatorTarget> Targets { get; set; } = [];
    public List<PollutantLine> Pollutants { get; set; } = [];
}

/// <summary>The plan's text for one main task of the campaign's template.</summary>
public sealed class PlanTask
{
    public int Id { get; set; }
    public int PlanVersionId { get; set; }
    public required string TaskCode { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>A key project (重点项目). Money in 万元; savings and cuts per year once at design capacity.</summary>
public sealed class KeyProject
{
    public int Id { get; set; }
    public int PlanVersionId { get; set; }
    /// <summary>Stable across versions (P01, P02, …) so progress can be tracked through revisions.</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }
    public ProjectClass Class { get; set; }
    public string OwnerEnterprise { get; set; } = "";
    public string ContentAndScale { get; set; } = "";
    public double TotalInvestment { get; set; }
    public double SubsidyRequested { get; set; }
    public double SelfFunded { get; set; }
    public double OtherFunding { get; set; }
    public int StartYear { get; set; }
    public int EndYear { get; set; }
    public int? DesignCapacityYear { get; set; }
    public double? EnergySavedTce { get; set; }
    public double? WaterSavedM3 { get; set; }
    public double? Co2CutT { get; set; }
    public double? SolidWasteCutT { get; set; }
    public double? WastewaterCutT { get; set; }
    public double? AirPollutantsCutT { get; set; }
    public List<YearAmount> YearlyInvestment { get; set; } = [];
}

/// <summary>A baseline value and yearly targets for one indicator.</summary>
public sealed class IndicatorTarget
{
    public int Id { get; set; }
    public int PlanVersionId { get; set; }
    public required string IndicatorCode { get; set; }
    public double? BaselineValue { get; set; }
    public List<YearAmount> Yearly { get; set; } = [];
}

/// <summary>An amount for one year (investment in 万元, or a target in the indicator's unit).</summary>
public sealed class YearAmount
{
    public int Year { get; set; }
    public double Value { get; set; }
}

/// <summary>One line of the pollutant inventory: discharge (t/yr) and how it is treated.</summary>
public sealed class PollutantLine
{
    public int Id { get; set; }
    public int PlanVersionId { get; set; }
    public required string Pollutant { get; set; }
    public double? DischargeT { get; set; }
    public string Treatment { get; set; } = "";
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<ImplementationPlan>, IEntityTypeConfiguration<PlanVersion>,
    IEntityTypeConfiguration<KeyProject>, IEntityTypeConfiguration<IndicatorTarget>, IEntityTypeConfiguration<PlanTask>, IEntityTypeConfiguration<PollutantLine>
{
    public void Configure(EntityTypeBuilder<ImplementationPlan> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.HasIndex(p => new { p.ParkId, p.CampaignId }).IsUnique();
        builder.HasOne<Parks.Park>().WithMany().HasForeignKey(p => p.ParkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Campaigns.Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Property(v => v.CreatedBy).HasMaxLength(200);
        builder.Property(v => v.SubmittedBy).HasMaxLength(200);
        builder.Property(v => v.CoefficientSetId).HasMaxLength(60);
        foreach (var text in new[] { nameof(PlanVersion.BasicSituation), nameof(PlanVersion.MaterialFlowAnalysis), nameof(PlanVersion.BenefitEconomic),
                     nameof(PlanVersion.BenefitEnvironmental), nameof(PlanVersion.BenefitSocial), nameof(PlanVersion.Safeguards) })
            builder.Property(text).HasMaxLength(20_000);
        builder.HasMany(v => v.Tasks).WithOne().HasForeignKey(t => t.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Projects).WithOne().HasForeignKey(p => p.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Targets).WithOne().HasForeignKey(t => t.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Pollutants).WithOne().HasForeignKey(p => p.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<KeyProject> builder)
    {
        builder.Property(p => p.Key).HasMaxLength(20);
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.OwnerEnterprise).HasMaxLength(300);
        builder.Property(p => p.ContentAndScale).HasMaxLength(4000);
        builder.OwnsMany(p => p.YearlyInvestment, y =>
        {
            y.ToTable("KeyProjectInvestments");
            y.WithOwner().HasForeignKey("KeyProjectId");
            y.HasKey("KeyProjectId", nameof(YearAmount.Year));
        });
    }

    public void Configure(EntityTypeBuilder<IndicatorTarget> builder)
    {
        builder.Property(t => t.IndicatorCode).HasMaxLength(32);
        builder.OwnsMany(t => t.Yearly, y =>
        {
            y.ToTable("IndicatorTargetYears");
            y.WithOwner().HasForeignKey("IndicatorTargetId");
            y.HasKey("IndicatorTargetId", nameof(YearAmount.Year));
        });
    }

    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.Property(t => t.TaskCode).HasMaxLength(20);
        builder.Property(t => t.Text).HasMaxLength(20_000);
    }

    public void Configure(EntityTypeBuilder<PollutantLine> builder)
    {
        builder.Property(p => p.Pollutant).HasMaxLength(100);
        builder.Property(p => p.Treatment).HasMaxLength(2000);
    }
}
