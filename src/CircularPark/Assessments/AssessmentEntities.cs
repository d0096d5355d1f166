using CircularPark.Engines.Assessment;
using CircularPark.Parks;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Assessments;

/// <summary>
/// An assessment scheme (考核办法) of a province or city for one year: its items, weights, methods, bonus and penalty
/// items as a JSON <see cref="SchemeDefinition"/>, and the rules for missing data and ties. One per owner and year; the next
/// year's is a copy to edit. Once the year's assessment is published the scheme can no longer change.
/// </summary>
public sealed class SchemeRecord
{
    public int Id { get; set; }
    public int OwnerRegionId { get; set; }
    public Region? OwnerRegion { get; set; }
    /// <summary>The year assessed (figures of that year, growth on the year before).</summary>
    public int Year { get; set; }
    public required string NameZh { get; set; }
    public string NameEn { get; set; } = "";
    /// <summary>The document that sets the scheme, e.g. 《韶关市产业园区工作绩效考核办法》(2021-06-24 修订).</summary>
    public string? Document { get; set; }
    public MissingDataRule Missing { get; set; } = MissingDataRule.ScoreZero;
    public TieRule Ties { get; set; } = TieRule.SharedRank;
    /// <summary>The items and adjustments as JSON (<see cref="SchemeDefinition"/>).</summary>
    public required string Definition { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
    public long Version { get; set; }
}

/// <summary>Where a yearly assessment stands: computed → reviewed → published. Values are stored; never renumber.</summary>
public enum AssessmentState
{
    /// <summary>已计算: scores computed (or recomputed) from the figures; may be adjusted.</summary>
    Computed = 1,
    /// <summary>已审核: the owner checked the scores; may still be adjusted or recomputed.</summary>
    Reviewed = 2,
    /// <summary>已公布: public and final.</summary>
    Published = 3,
}

/// <summary>The assessment of a scheme's year: its state with who and when, and one result per park.</summary>
public sealed class AssessmentRun
{
    public int Id { get; set; }
    public int SchemeId { get; set; }
    /// <summary>The scheme's version the scores were computed with: a scheme changed since must be computed again.</summary>
    public long SchemeVersion { get; set; }
    public AssessmentState State { get; set; }
    public DateTime ComputedAtUtc { get; set; }
    public string ComputedBy { get; set; } = "";
    public DateTime? ReviewedAtUtc { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
    public string? PublishedBy { get; set; }
    /// <summary>The number of the notice (通报) that published the results, when it has one (e.g. 韶工信〔2023〕12号).</summary>
    public string? NoticeNumber { get; set; }
    /// <summary>The day the notice took effect (its date), apart from when it was recorded; the published day when none is given.</summary>
    public DateOnly? NoticeIssuedOn { get; set; }
    public long Version { get; set; }
    public List<AssessmentResult> Results { get; set; } = [];
}

/// <summary>A park's result: the computed total, the total after adjustments, the rank, and every line explained (JSON).</summary>
public sealed class AssessmentResult
{
    public int Id { get; set; }
    public int RunId { get; set; }
    public int ParkId { get; set; }
    /// <summary>The park's name when computed (a published ranking keeps the names it was published with).</summary>
    public required string ParkName { get; set; }
    public string? CityCode { get; set; }
    public double ComputedTotal { get; set; }
    public double Total { get; set; }
    public int Rank { get; set; }
    /// <summary>The engine's <see cref="ScoreLine"/>s, manual adjustments included, as JSON.</summary>
    public required string Lines { get; set; }
    public string? TieNoteZh { get; set; }
    public string? TieNoteEn { get; set; }
}

/// <summary>A reviewer's adjustment of a park's score, with the reason: never changed or deleted, so the history stays.</summary>
public sealed class ScoreAdjustment
{
    public int Id { get; set; }
    public int RunId { get; set; }
    public int ParkId { get; set; }
    public double Points { get; set; }
    public required string Reason { get; set; }
    public required string By { get; set; }
    public DateTime AtUtc { get; set; }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<SchemeRecord>, IEntityTypeConfiguration<AssessmentRun>,
    IEntityTypeConfiguration<AssessmentResult>, IEntityTypeConfiguration<ScoreAdjustment>
{
    public void Configure(EntityTypeBuilder<SchemeRecord> builder)
    {
        builder.ToTable("AssessmentSchemes");
        builder.HasOne(s => s.OwnerRegion).WithMany().HasForeignKey(s => s.OwnerRegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.OwnerRegionId, s.Year }).IsUnique();
        builder.Property(s => s.NameZh).HasMaxLength(200);
        builder.Property(s => s.NameEn).HasMaxLength(200);
        builder.Property(s => s.Document).HasMaxLength(300);
        builder.Property(s => s.UpdatedBy).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<AssessmentRun> builder)
    {
        builder.HasOne<SchemeRecord>().WithMany().HasForeignKey(r => r.SchemeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.SchemeId).IsUnique();
        builder.Property(r => r.ComputedBy).HasMaxLength(200);
        builder.Property(r => r.ReviewedBy).HasMaxLength(200);
        builder.Property(r => r.PublishedBy).HasMaxLength(200);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasMany(r => r.Results).WithOne().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AssessmentResult> builder)
    {
        builder.HasIndex(r => new { r.RunId, r.ParkId }).IsUnique();
        builder.HasOne<Park>().WithMany().HasForeignKey(r => r.ParkId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.ParkName).HasMaxLength(200);
        builder.Property(r => r.CityCode).HasMaxLength(12);
        builder.Property(r => r.TieNoteZh).HasMaxLength(1000);
        builder.Property(r => r.TieNoteEn).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<ScoreAdjustment> builder)
    {
        builder.ToTable("AssessmentAdjustments");
        builder.HasOne<AssessmentRun>().WithMany().HasForeignKey(a => a.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Park>().WithMany().HasForeignKey(a => a.ParkId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.Property(a => a.By).HasMaxLength(200);
    }
}
