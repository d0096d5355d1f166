using CircularPark.Engines.Indicators.Data;
using CircularPark.Engines.Indicators.Library;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Indicators;

/// <summary>A data item defined by a province user, in addition to the built-in catalogue.</summary>
public sealed class CustomDataItem
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public required string Unit { get; set; }
    public DataItemKind Kind { get; set; }
    public string CreatedBy { get; set; } = "";
    public long Version { get; set; }

    public DataItem ToEngine() => new(Code, NameZh, NameEn, Unit, Kind);
}

/// <summary>An indicator defined by a province user with a formula over data items (checked when saved).</summary>
public sealed class CustomIndicator
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public required string Unit { get; set; }
    public Direction Direction { get; set; }
    public AchievementMethod AchievementMethod { get; set; }
    public required string Formula { get; set; }
    public string Source { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public long Version { get; set; }

    public IndicatorDefinition ToEngine() =>
        new(Code, NameZh, NameEn, IndicatorGroup.Custom, Unit, Direction, Formula, Source) { AchievementMethod = AchievementMethod };
}

/// <summary>
/// A versioned coefficient set (standard coal, CO₂ and grid factors) with its source, year and region. The figures
/// are kept as the engine's JSON; a set in use is never changed: a new edition gets a new id.
/// </summary>
public sealed class CoefficientSetRecord
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Source { get; set; }
    public int Year { get; set; }
    public required string Region { get; set; }
    public required string Json { get; set; }
}

internal sealed class IndicatorEntitiesConfiguration :
    IEntityTypeConfiguration<CustomDataItem>, IEntityTypeConfiguration<CustomIndicator>, IEntityTypeConfiguration<CoefficientSetRecord>
{
    public void Configure(EntityTypeBuilder<CustomDataItem> builder)
    {
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.Code).HasMaxLength(32);
        builder.Property(i => i.NameZh).HasMaxLength(200);
        builder.Property(i => i.NameEn).HasMaxLength(200);
        builder.Property(i => i.Unit).HasMaxLength(32);
        builder.Property(i => i.CreatedBy).HasMaxLength(200);
        builder.Property(i => i.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<CustomIndicator> builder)
    {
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.Code).HasMaxLength(32);
        builder.Property(i => i.NameZh).HasMaxLength(200);
        builder.Property(i => i.NameEn).HasMaxLength(200);
        builder.Property(i => i.Unit).HasMaxLength(32);
        builder.Property(i => i.Formula).HasMaxLength(IndicatorCompiler.MaxFormulaLength);
        builder.Property(i => i.Source).HasMaxLength(500);
        builder.Property(i => i.CreatedBy).HasMaxLength(200);
        builder.Property(i => i.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<CoefficientSetRecord> builder)
    {
        builder.Property(s => s.Id).HasMaxLength(60);
        builder.Property(s => s.Name).HasMaxLength(300);
        builder.Property(s => s.Source).HasMaxLength(1000);
        builder.Property(s => s.Region).HasMaxLength(12);
    }
}
