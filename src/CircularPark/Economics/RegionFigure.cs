using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Economics;

/// <summary>What a region's reported figure covers. Values are stored; never renumber.</summary>
public enum FigureScope
{
    /// <summary>全市（全省）园区合计: the total of all the region's parks, as the region reports it (not a park row).</summary>
    ParksTotal = 1,
    /// <summary>全市（全省）: the whole region's economy (the denominator of the parks' share).</summary>
    WholeRegion = 2,
}

/// <summary>
/// A figure a city or province reports for itself in a year (seed 001: "2021年全市产业园实现规上工业增加值 217.89亿元，增速
/// 16%，占全市规上工业增加值比重 57.1%"): the value of a data item in its canonical unit and as written, the growth and
/// share the source states, and the sentence it comes from. Kept apart from the parks' own statistics: no park row is made up.
/// </summary>
public sealed class RegionFigure
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int Year { get; set; }
    public FigureScope Scope { get; set; }
    public required string Code { get; set; }
    /// <summary>In the data item's canonical unit.</summary>
    public double Value { get; set; }
    public double EnteredValue { get; set; }
    public string? EnteredUnit { get; set; }
    /// <summary>Year-on-year growth in % as the source states it (增速); not recomputed.</summary>
    public double? ReportedGrowthPercent { get; set; }
    /// <summary>Share in % of the whole region as the source states it (占全市比重).</summary>
    public double? ReportedSharePercent { get; set; }
    /// <summary>The document (e.g. 韶工信函〔2022〕125号).</summary>
    public string Source { get; set; } = "";
    /// <summary>The sentence of the document the value is taken from.</summary>
    public string SourceNote { get; set; } = "";
    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
    public long Version { get; set; }
}

internal sealed class RegionFigureConfiguration : IEntityTypeConfiguration<RegionFigure>
{
    public void Configure(EntityTypeBuilder<RegionFigure> builder)
    {
        builder.HasOne<Region>().WithMany().HasForeignKey(f => f.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.RegionId, f.Year, f.Scope, f.Code }).IsUnique();
        builder.Property(f => f.Code).HasMaxLength(32);
        builder.Property(f => f.EnteredUnit).HasMaxLength(32);
        builder.Property(f => f.Source).HasMaxLength(200);
        builder.Property(f => f.SourceNote).HasMaxLength(1000);
        builder.Property(f => f.UpdatedBy).HasMaxLength(200);
        builder.Property(f => f.Version).IsConcurrencyToken();
    }
}
