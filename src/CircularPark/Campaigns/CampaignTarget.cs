using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Campaigns;

/// <summary>What a target counts.</summary>
public enum TargetMetric
{
    /// <summary>Parks that completed the transformation (accepted).</summary>
    Transformed = 1,
    /// <summary>Parks named demonstration parks.</summary>
    Demonstration = 2,
}

/// <summary>Which parks a share target is a share of (ADR 0080).</summary>
public enum TargetBasis
{
    /// <summary>Every registered park of the level in scope (Shandong "全部国家级园区", Jiangsu "70%以上的国家级开发区").</summary>
    Registered = 1,
    /// <summary>The parks of the level in scope that their reporting unit found 具备条件 (eligible; 002 "具备条件的省级以上园区").</summary>
    Eligible = 2,
}

/// <summary>
/// A campaign target: within the campaign's scope (or <see cref="RegionId"/>), parks of <see cref="ParkLevel"/>
/// (null = any level) reach <see cref="Metric"/> by <see cref="Deadline"/>, either as a share of the parks in scope
/// (0–1) or as a count.
/// </summary>
public sealed class CampaignTarget
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public TargetMetric Metric { get; set; }
    public ParkLevel? ParkLevel { get; set; }
    /// <summary>Share of the parks in scope, 0–1. Exactly one of Share and Count is set.</summary>
    public double? Share { get; set; }
    public int? Count { get; set; }
    public DateOnly Deadline { get; set; }
    public int? RegionId { get; set; }
    public string NoteZh { get; set; } = "";
    /// <summary>What a share is a share of: all registered parks, or the eligible ones.</summary>
    public TargetBasis Basis { get; set; } = TargetBasis.Registered;
}

/// <summary>How a group of cities should perform relative to the provincial average (Jiangsu 2013).</summary>
public enum GroupRelation
{
    AboveAverage = 1,
    AtAverage = 2,
    NearAverage = 3,
}

/// <summary>Regional differentiation of a campaign's targets: a named group of regions and its relation to the average.</summary>
public sealed class CampaignRegionGroup
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public GroupRelation Relation { get; set; }
    public string NoteZh { get; set; } = "";
    public List<CampaignRegionGroupMember> Members { get; set; } = [];
}

public sealed class CampaignRegionGroupMember
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public int RegionId { get; set; }
}

internal sealed class CampaignTargetConfiguration :
    IEntityTypeConfiguration<CampaignTarget>, IEntityTypeConfiguration<CampaignRegionGroup>
{
    public void Configure(EntityTypeBuilder<CampaignTarget> builder)
    {
        builder.Property(t => t.NoteZh).HasMaxLength(500);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(t => t.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_CampaignTarget_ShareOrCount",
            "(\"Share\" IS NULL) <> (\"Count\" IS NULL)"));
    }

    public void Configure(EntityTypeBuilder<CampaignRegionGroup> builder)
    {
        builder.Property(g => g.NameZh).HasMaxLength(100);
        builder.Property(g => g.NameEn).HasMaxLength(100);
        builder.Property(g => g.NoteZh).HasMaxLength(500);
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Members).AutoInclude();
    }
}

internal sealed class CampaignRegionGroupMemberConfiguration : IEntityTypeConfiguration<CampaignRegionGroupMember>
{
    public void Configure(EntityTypeBuilder<CampaignRegionGroupMember> builder) =>
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Restrict);
}
