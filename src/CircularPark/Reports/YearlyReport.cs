using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Reports;

/// <summary>Where a yearly report stands on its way up (park → city → province), the DHIS2 way.</summary>
public enum ReportStatus
{
    Draft = 1,
    /// <summary>Submitted by the park; waiting for the city.</summary>
    Submitted = 2,
    /// <summary>Returned by the city or province with reasons; the park revises and resubmits.</summary>
    Returned = 3,
    /// <summary>Accepted by the city; waiting for the province.</summary>
    CityAccepted = 4,
    /// <summary>Accepted by the province: locked; reopening needs a reason and is audited.</summary>
    Accepted = 5,
}

/// <summary>
/// A yearly progress report (进展情况报告) for one period of a campaign's report schedule, written by a park
/// (<see cref="ParkId"/>) or by a city for the province (<see cref="RegionId"/>; ADR 0041): exactly one of the two is
/// set. Its content lives in versions: every submission freezes the version submitted; a revision after a return is a
/// new version.
/// </summary>
public sealed class YearlyReport
{
    public int Id { get; set; }
    public int? ParkId { get; set; }
    /// <summary>The city (a region of city level) whose report this is; null for a park's report.</summary>
    public int? RegionId { get; set; }
    public int CampaignId { get; set; }
    public int RequirementId { get; set; }
    public int Period { get; set; }
    public ReportStatus Status { get; set; } = ReportStatus.Draft;
    /// <summary>When the park first submitted: the time timeliness is judged by.</summary>
    public DateTime? FirstSubmittedAtUtc { get; set; }
    public long Version { get; set; }
    public List<ReportVersion> Versions { get; set; } = [];
    public List<ReportEvent> Events { get; set; } = [];
}

/// <summary>One version of a report's content. Immutable once submitted.</summary>
public sealed class ReportVersion
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public int Number { get; set; }
    public bool Submitted { get; set; }
    public string Progress { get; set; } = "";
    public string Results { get; set; } = "";
    public string Experience { get; set; } = "";
    public string Difficulties { get; set; } = "";
    public double? EnergySavedTce { get; set; }
    public double? WaterSavedM3 { get; set; }
    public double? Co2CutT { get; set; }
    public double? PollutantsCutT { get; set; }
    public List<ProjectProgress> Projects { get; set; } = [];
    /// <summary>A reporting unit's park list with each park's expected results (002 三(二); reports to the nation only).</summary>
    public List<ReportParkLine> Parks { get; set; } = [];
}

/// <summary>
/// One park of a unit's list to the nation with its expected results (预期成效, 002 三(三)): energy and water saved, CO₂,
/// solid waste, wastewater and main air pollutants cut, per year once the plan is carried out. The park is named as the
/// province wrote it; <see cref="ParkId"/> links it when it is a park of the platform.
/// </summary>
public sealed class ReportParkLine
{
    public int Id { get; set; }
    public int ReportVersionId { get; set; }
    public int? ParkId { get; set; }
    public required string ParkName { get; set; }
    public Parks.ParkLevel Level { get; set; }
    public double? EnergySavedTce { get; set; }
    public double? WaterSavedM3 { get; set; }
    public double? Co2CutT { get; set; }
    public double? SolidWasteCutT { get; set; }
    public double? WastewaterCutT { get; set; }
    public double? AirPollutantsCutT { get; set; }
    public string Note { get; set; } = "";
}

/// <summary>Progress of one key project (by its stable plan number) in the reporting year.</summary>
public sealed class ProjectProgress
{
    public int Id { get; set; }
    public int ReportVersionId { get; set; }
    public required string ProjectKey { get; set; }
    public string Status { get; set; } = "";
    public double PercentComplete { get; set; }
    public double InvestmentThisYear { get; set; }
    public double InvestmentTotal { get; set; }
    public string Milestones { get; set; } = "";
    public string? DelayReason { get; set; }
}

/// <summary>One step of a report's history: submitted, returned (with reasons), accepted, reopened (with reasons).</summary>
public sealed class ReportEvent
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public required string Action { get; set; }
    public required string Actor { get; set; }
    public DateTime AtUtc { get; set; }
    public string Reason { get; set; } = "";
    public int VersionNumber { get; set; }
}

/// <summary>An in-app reminder for the users of a park or region (written by the reminder job).</summary>
public sealed class Reminder
{
    public int Id { get; set; }
    public int? ParkId { get; set; }
    public int? RegionId { get; set; }
    public int RequirementId { get; set; }
    public int Period { get; set; }
    /// <summary>"before" (N days before the due date) or "overdue" (the day after it).</summary>
    public required string Kind { get; set; }
    public DateOnly Due { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public required string MessageZh { get; set; }
    public required string MessageEn { get; set; }
}

internal sealed class YearlyReportConfiguration : IEntityTypeConfiguration<YearlyReport>, IEntityTypeConfiguration<ReportVersion>,
    IEntityTypeConfiguration<ProjectProgress>, IEntityTypeConfiguration<ReportParkLine>, IEntityTypeConfiguration<ReportEvent>, IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<YearlyReport> builder)
    {
        builder.HasIndex(r => new { r.ParkId, r.RequirementId, r.Period }).IsUnique();
        builder.HasIndex(r => new { r.RegionId, r.RequirementId, r.Period }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_YearlyReports_OneAuthor", "(\"ParkId\" IS NULL) <> (\"RegionId\" IS NULL)"));
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Parks.Park>().WithMany().HasForeignKey(r => r.ParkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaigns.ReportRequirement>().WithMany().HasForeignKey(r => r.RequirementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ReportVersion> builder)
    {
        builder.HasIndex(v => new { v.ReportId, v.Number }).IsUnique();
        foreach (var text in new[] { nameof(ReportVersion.Progress), nameof(ReportVersion.Results), nameof(ReportVersion.Experience), nameof(ReportVersion.Difficulties) })
            builder.Property(text).HasMaxLength(20_000);
        builder.HasMany(v => v.Projects).WithOne().HasForeignKey(p => p.ReportVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Parks).WithOne().HasForeignKey(p => p.ReportVersionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ReportParkLine> builder)
    {
        builder.Property(p => p.ParkName).HasMaxLength(200);
        builder.Property(p => p.Note).HasMaxLength(1000);
        builder.HasOne<Parks.Park>().WithMany().HasForeignKey(p => p.ParkId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<ProjectProgress> builder)
    {
        builder.Property(p => p.ProjectKey).HasMaxLength(20);
        builder.Property(p => p.Status).HasMaxLength(100);
        builder.Property(p => p.Milestones).HasMaxLength(2000);
        builder.Property(p => p.DelayReason).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<ReportEvent> builder)
    {
        builder.Property(e => e.Action).HasMaxLength(30);
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.Property(e => e.Reason).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.Property(r => r.MessageZh).HasMaxLength(500);
        builder.Property(r => r.MessageEn).HasMaxLength(500);
        // One reminder per requirement, period, kind and park (or city): two indexes, because a unique index over a
        // nullable column lets rows with NULL repeat on both providers (ADR 0084).
        builder.HasIndex(r => new { r.RequirementId, r.Period, r.Kind, r.ParkId }).IsUnique()
            .HasFilter("\"ParkId\" IS NOT NULL").HasDatabaseName("IX_Reminders_OnePerPark");
        builder.HasIndex(r => new { r.RequirementId, r.Period, r.Kind, r.RegionId }).IsUnique()
            .HasFilter("\"ParkId\" IS NULL").HasDatabaseName("IX_Reminders_OnePerRegion");
    }
}
