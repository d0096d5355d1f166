using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Regions;

/// <summary>Tier of an administrative region: nation → province → city (地级市) → county/district.</summary>
public enum RegionLevel
{
    Nation = 0,
    Province = 1,
    City = 2,
    County = 3,
}

/// <summary>
/// An administrative region with its national division code (GB/T 2260). Regions are dated: a region that was
/// abolished (e.g. 莱芜市, merged into 济南市 on 2019-01-09) keeps its row with <see cref="ValidTo"/> set, so
/// history stays as it was.
/// </summary>
public sealed class Region
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public RegionLevel Level { get; set; }
    public int? ParentId { get; set; }
    public Region? Parent { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    /// <summary>
    /// Codes from the nation down to this region, each closed by a slash (<c>/000000/440000/441800/</c>): a region lies
    /// within another when its path starts with the other's, so "parks this user may see" is a prefix query in SQL.
    /// </summary>
    public string Path { get; set; } = "";

    /// <summary>The path of a child of a region whose path is <paramref name="parentPath"/> (null for the root).</summary>
    public static string PathUnder(string? parentPath, string code) => (parentPath ?? "/") + code + "/";

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day < ValidTo);

    public string Name(bool english) => english ? NameEn : NameZh;
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasIndex(r => r.Code).IsUnique();
        builder.Property(r => r.Code).HasMaxLength(12);
        builder.Property(r => r.NameZh).HasMaxLength(100);
        builder.Property(r => r.NameEn).HasMaxLength(100);
        builder.Property(r => r.Path).HasMaxLength(100);
        builder.HasIndex(r => r.Path);
        builder.HasOne(r => r.Parent).WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
