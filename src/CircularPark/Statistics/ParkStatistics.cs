using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Statistics;

/// <summary>Whether a park-year's statistics may still change.</summary>
public enum StatisticsStatus
{
    Draft = 1,
    /// <summary>Submitted: immutable.</summary>
    Submitted = 2,
}

/// <summary>
/// The raw statistics (数据项) of one park for one year, as entered or imported: each value in canonical units with
/// the number and unit as given. Computed with the coefficient set named in <see cref="CoefficientSetId"/>.
/// </summary>
public sealed class ParkStatistics
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public int Year { get; set; }
    public StatisticsStatus Status { get; set; } = StatisticsStatus.Draft;
    public required string CoefficientSetId { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime? SubmittedAtUtc { get; set; }
    public string? SubmittedBy { get; set; }
    public long Version { get; set; }
    public List<StatisticValue> Values { get; set; } = [];
}

/// <summary>One data item's value: <see cref="Value"/> in the item's canonical unit; what was entered is kept too.</summary>
public sealed class StatisticValue
{
    public int Id { get; set; }
    public int ParkStatisticsId { get; set; }
    public required string Code { get; set; }
    public double Value { get; set; }
    public double EnteredValue { get; set; }
    public string? EnteredUnit { get; set; }
    public string? Comment { get; set; }
    public int? PriceBaseYear { get; set; }
}

internal sealed class ParkStatisticsConfiguration : IEntityTypeConfiguration<ParkStatistics>, IEntityTypeConfiguration<StatisticValue>
{
    public void Configure(EntityTypeBuilder<ParkStatistics> builder)
    {
        builder.HasIndex(s => new { s.ParkId, s.Year }).IsUnique();
        builder.HasOne<Parks.Park>().WithMany().HasForeignKey(s => s.ParkId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.CoefficientSetId).HasMaxLength(60);
        builder.Property(s => s.UpdatedBy).HasMaxLength(200);
        builder.Property(s => s.SubmittedBy).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasMany(s => s.Values).WithOne().HasForeignKey(v => v.ParkStatisticsId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<StatisticValue> builder)
    {
        builder.Property(v => v.Code).HasMaxLength(32);
        builder.Property(v => v.EnteredUnit).HasMaxLength(32);
        builder.Property(v => v.Comment).HasMaxLength(1000);
        builder.HasIndex(v => new { v.ParkStatisticsId, v.Code }).IsUnique();
    }
}
