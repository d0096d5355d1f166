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

/// <summary>What a row of the region table stands for besides its level (ADR 0050).</summary>
public enum RegionKind
{
    /// <summary>An administrative division (GB/T 2260), or the nation at the root.</summary>
    Division = 0,
    /// <summary>A 计划单列市 (大连, 青岛, 宁波, 厦门, 深圳): a city that the national notices address as a reporting unit of its own.</summary>
    SeparatelyPlanned = 1,
    /// <summary>新疆生产建设兵团: a reporting unit beside the provinces that is not a division; it holds the 兵团 cities.</summary>
    Corps = 2,
}

/// <summary>
/// An administrative region with its national division code (GB/T 2260), one row per code period (ADR 0051). Regions are
/// dated: a region that was abolished (e.g. 莱芜市, merged into 济南市 on 2019-01-09) or renamed keeps its row with
/// <see cref="ValidTo"/> set, so history stays as it was; a renamed or reused code has a new row with the same code.
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
    public RegionKind Kind { get; set; }

    /// <summary>Codes that took over when this period ended, ';'-separated, a year in brackets when it differs (source syntax).</summary>
    public string? Successors { get; set; }

    /// <summary>Where a date or a placement comes from (e.g. the State Council approval of a change), or an administrator's reason.</summary>
    public string? Note { get; set; }

    public long Version { get; set; }

    /// <summary>
    /// Codes from the nation down to this region, each closed by a slash (<c>/000000/440000/441800/</c>): a region lies
    /// within another when its path starts with the other's, so "parks this user may see" is a prefix query in SQL.
    /// </summary>
    public string Path { get; set; } = "";

    /// <summary>The path of a child of a region whose path is <paramref name="parentPath"/> (null for the root).</summary>
    public static string PathUnder(string? parentPath, string code) => (parentPath ?? "/") + code + "/";

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day < ValidTo);

    public string Name(bool english) => english ? NameEn : NameZh;

    /// <summary>北京, 天津, 上海, 重庆: province-level units that summarise at city level as themselves.</summary>
    public bool IsMunicipality => Level == RegionLevel.Province && Kind == RegionKind.Division && NameZh.EndsWith('市');

    /// <summary>Units the national notices address beside the provinces: provinces, 兵团 and the 计划单列市 (ADR 0050).</summary>
    public bool IsNationalReportingUnit => Level == RegionLevel.Province || Kind == RegionKind.SeparatelyPlanned;
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        // A code has one row per period (renamed, reused); at most one of them is open.
        builder.HasIndex(r => r.Code).IsUnique().HasFilter("\"ValidTo\" IS NULL").HasDatabaseName("IX_Regions_Code_Open");
        builder.HasIndex(r => new { r.Code, r.ValidFrom });
        builder.Property(r => r.Code).HasMaxLength(12);
        builder.Property(r => r.Successors).HasMaxLength(200);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.NameZh).HasMaxLength(100);
        builder.Property(r => r.NameEn).HasMaxLength(100);
        builder.Property(r => r.Path).HasMaxLength(100);
        builder.HasIndex(r => r.Path);
        builder.HasOne(r => r.Parent).WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
