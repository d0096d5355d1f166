using CircularPark.Engines.Symbiosis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Enterprises;

/// <summary>
/// A stream an enterprise puts out in a year: a main product, a by-product, a waste (a general industrial solid waste
/// with its ddd-ddd-Snn code, or a hazardous waste with its ddd-ddd-dd code of the national list), energy carried by a
/// mass (steam, hot water) or water. One stream per material code and enterprise.
/// </summary>
public sealed class EnterpriseStream
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public required string Name { get; set; }
    /// <summary>What it is, e.g. "FGD-gypsum"; equal codes supply each other directly.</summary>
    public required string MaterialCode { get; set; }
    /// <summary>Its category in the route knowledge base, e.g. "desulphurisation-gypsum" (the material code when empty).</summary>
    public string? MaterialCategory { get; set; }
    public StreamKind Kind { get; set; }
    /// <summary>Quantity per year in <see cref="Unit"/>.</summary>
    public double Quantity { get; set; }
    public QuantityUnit Unit { get; set; }
    /// <summary>National Hazardous Waste List code, ddd-ddd-dd (wastes only).</summary>
    public string? HazardCode { get; set; }
    /// <summary>General industrial solid-waste code (ddd-ddd-Snn) or category (Snn) of the 2024 catalogue (wastes only).</summary>
    public string? SolidWasteCode { get; set; }
    public List<StreamUse> Uses { get; set; } = [];

    public double TonnesPerYear => Unit.ToTonnes(Quantity);

    public string Category => string.IsNullOrEmpty(MaterialCategory) ? MaterialCode : MaterialCategory;
}

/// <summary>Who uses a stream: an enterprise of the same park, or a user outside the park (named); how much per year
/// in the stream's unit (null: all of it).</summary>
public sealed class StreamUse
{
    public int Id { get; set; }
    public int StreamId { get; set; }
    public int? UserEnterpriseId { get; set; }
    public Enterprise? UserEnterprise { get; set; }
    public string? OutsideUser { get; set; }
    public double? Quantity { get; set; }
}

/// <summary>A material an enterprise takes in per year, and whether it is bought outside the park. One per material code.</summary>
public sealed class EnterpriseInput
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public required string Name { get; set; }
    public required string MaterialCode { get; set; }
    public double Quantity { get; set; }
    public QuantityUnit Unit { get; set; }
    public bool BoughtOutsidePark { get; set; }

    public double TonnesPerYear => Unit.ToTonnes(Quantity);
}

internal sealed class EnterpriseStreamConfiguration : IEntityTypeConfiguration<EnterpriseStream>
{
    public void Configure(EntityTypeBuilder<EnterpriseStream> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(EnterpriseRules.NameLength);
        builder.Property(s => s.MaterialCode).HasMaxLength(EnterpriseRules.CodeLength);
        builder.Property(s => s.MaterialCategory).HasMaxLength(EnterpriseRules.CodeLength);
        builder.Property(s => s.HazardCode).HasMaxLength(10);
        builder.Property(s => s.SolidWasteCode).HasMaxLength(11);
        builder.HasIndex(s => new { s.EnterpriseId, s.MaterialCode }).IsUnique();
        builder.Ignore(s => s.TonnesPerYear);
        builder.Ignore(s => s.Category);
        builder.HasMany(s => s.Uses).WithOne().HasForeignKey(u => u.StreamId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StreamUseConfiguration : IEntityTypeConfiguration<StreamUse>
{
    public void Configure(EntityTypeBuilder<StreamUse> builder)
    {
        builder.Property(u => u.OutsideUser).HasMaxLength(EnterpriseRules.NameLength);
        builder.HasOne(u => u.UserEnterprise).WithMany().HasForeignKey(u => u.UserEnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EnterpriseInputConfiguration : IEntityTypeConfiguration<EnterpriseInput>
{
    public void Configure(EntityTypeBuilder<EnterpriseInput> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(EnterpriseRules.NameLength);
        builder.Property(i => i.MaterialCode).HasMaxLength(EnterpriseRules.CodeLength);
        builder.HasIndex(i => new { i.EnterpriseId, i.MaterialCode }).IsUnique();
        builder.Ignore(i => i.TonnesPerYear);
    }
}
