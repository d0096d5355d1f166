using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Parks;

/// <summary>Administrative level of a park (国家级 / 省级 / other).</summary>
public enum ParkLevel
{
    National = 1,
    Provincial = 2,
    Other = 3,
    /// <summary>未注明: the source list does not state the level (most official lists); counted apart, never guessed.</summary>
    NotStated = 4,
}

/// <summary>Kind of park as the sources name them.</summary>
public enum ParkKind
{
    /// <summary>经济技术开发区 (经开区).</summary>
    EconomicTechnologicalDevelopmentZone = 1,
    /// <summary>高新技术产业开发区 (高新区).</summary>
    HighTechZone = 2,
    /// <summary>经济开发区 (provincial development zone).</summary>
    EconomicDevelopmentZone = 3,
    /// <summary>工业园区.</summary>
    IndustrialPark = 4,
    /// <summary>产业转移工业园.</summary>
    IndustrialTransferPark = 5,
    /// <summary>科技园.</summary>
    SciencePark = 6,
    /// <summary>出口加工区.</summary>
    ExportProcessingZone = 7,
    Other = 99,
}

/// <summary>An industrial park. Its region is held as dated memberships so boundary changes keep history.</summary>
public sealed class Park
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public ParkLevel Level { get; set; }
    public ParkKind Kind { get; set; }
    /// <summary>Area in km².</summary>
    public double? AreaKm2 { get; set; }
    public string? LeadingIndustries { get; set; }
    public int? EnterpriseCount { get; set; }
    public int? YearFounded { get; set; }
    public string? ManagementBody { get; set; }
    public long Version { get; set; }
    public List<ParkRegionMembership> Memberships { get; set; } = [];
    /// <summary>Other names the park is known by (曾用名, 简称, variants); imports match them as the name itself.</summary>
    public List<ParkAlias> Aliases { get; set; } = [];

    /// <summary>The membership in force on <paramref name="day"/>, if any.</summary>
    public ParkRegionMembership? MembershipOn(DateOnly day) =>
        Memberships.FirstOrDefault(m => m.IsValidOn(day));
}

/// <summary>A park belongs to a region from <see cref="ValidFrom"/> (inclusive) until <see cref="ValidTo"/> (exclusive).</summary>
public sealed class ParkRegionMembership
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? Reason { get; set; }

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day < ValidTo);
}

internal sealed class ParkConfiguration : IEntityTypeConfiguration<Park>
{
    public void Configure(EntityTypeBuilder<Park> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        // Unique within a city, not across the country (two cities may each have a 经济技术开发区): checked by ParkNames.
        builder.HasIndex(p => p.Name);
        builder.Property(p => p.ShortName).HasMaxLength(100);
        builder.Property(p => p.LeadingIndustries).HasMaxLength(1000);
        builder.Property(p => p.ManagementBody).HasMaxLength(200);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasMany(p => p.Memberships).WithOne().HasForeignKey(m => m.ParkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.ParkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ParkRegionMembershipConfiguration : IEntityTypeConfiguration<ParkRegionMembership>
{
    public void Configure(EntityTypeBuilder<ParkRegionMembership> builder)
    {
        builder.HasOne(m => m.Region).WithMany().HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Reason).HasMaxLength(500);
    }
}
