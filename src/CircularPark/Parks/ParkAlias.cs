using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Parks;

/// <summary>Why a park is known by another name. Values are stored; never renumber.</summary>
public enum ParkAliasKind
{
    /// <summary>曾用名: the park's name before a renaming.</summary>
    FormerName = 1,
    /// <summary>简称: a short name in common use.</summary>
    ShortName = 2,
    /// <summary>其他写法: the name as another list wrote it (confirmed by a user as the same park).</summary>
    Variant = 3,
}

/// <summary>Another name of a park, with who recorded it when and from which source (an import file, a page).</summary>
public sealed class ParkAlias
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public required string Name { get; set; }
    public ParkAliasKind Kind { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    public string? Source { get; set; }
}

internal sealed class ParkAliasConfiguration : IEntityTypeConfiguration<ParkAlias>
{
    public void Configure(EntityTypeBuilder<ParkAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.RecordedBy).HasMaxLength(200);
        builder.Property(a => a.Source).HasMaxLength(300);
        builder.HasIndex(a => new { a.ParkId, a.Name }).IsUnique();
        builder.HasIndex(a => a.Name);
    }
}
