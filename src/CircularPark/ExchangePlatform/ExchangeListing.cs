using CircularPark.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.ExchangePlatform;

/// <summary>Which side of the exchange a listing is on.</summary>
public enum ListingSide
{
    /// <summary>An offer of a residual stream (废物、副产品供应).</summary>
    Offer = 1,

    /// <summary>A need for a material that a residual could replace (需求).</summary>
    Need = 2,
}

/// <summary>
/// An offer or a need on the waste-exchange platform (废物交换平台) for one period: what material, how many tonnes
/// between two days, where, and at what cost per tonne (an offer's disposal cost, a need's virgin-material price,
/// delivered). An offer carries measured quality attributes and, for hazardous waste, its code; a need carries quality
/// limits. A withdrawn listing stays on record.
/// </summary>
public sealed class ExchangeListing
{
    public int Id { get; set; }
    public ListingSide Side { get; set; }
    public int EnterpriseId { get; set; }
    public Enterprise? Enterprise { get; set; }
    public required string MaterialCode { get; set; }
    /// <summary>Offers: category in the route knowledge base (the material code when empty).</summary>
    public string? MaterialCategory { get; set; }
    /// <summary>Offers: hazardous-waste code ddd-ddd-dd.</summary>
    public string? HazardCode { get; set; }
    /// <summary>Quantity in the period, t.</summary>
    public double Tonnes { get; set; }
    public DateOnly AvailableFrom { get; set; }
    public DateOnly AvailableTo { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    /// <summary>yuan/t: disposal cost avoided (offer) or virgin-material price (need).</summary>
    public double CostPerTonne { get; set; }
    public string? Note { get; set; }
    public bool Withdrawn { get; set; }
    public bool IsExample { get; set; }
    public long Version { get; set; }
    public List<ListingQuality> Quality { get; set; } = [];

    public string Category => string.IsNullOrEmpty(MaterialCategory) ? MaterialCode : MaterialCategory;
}

/// <summary>A quality attribute of an offer (<see cref="Value"/>) or a limit of a need (<see cref="Min"/>, <see cref="Max"/>),
/// in the attribute's unit (e.g. "moisture %").</summary>
public sealed class ListingQuality
{
    public int Id { get; set; }
    public int ListingId { get; set; }
    public required string Attribute { get; set; }
    public double? Value { get; set; }
    public double? Min { get; set; }
    public double? Max { get; set; }
}

internal sealed class ExchangeListingConfiguration : IEntityTypeConfiguration<ExchangeListing>
{
    public void Configure(EntityTypeBuilder<ExchangeListing> builder)
    {
        builder.Property(l => l.MaterialCode).HasMaxLength(EnterpriseRules.CodeLength);
        builder.Property(l => l.MaterialCategory).HasMaxLength(EnterpriseRules.CodeLength);
        builder.Property(l => l.HazardCode).HasMaxLength(10);
        builder.Property(l => l.Note).HasMaxLength(ListingDraft.NoteLength);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Ignore(l => l.Category);
        builder.HasIndex(l => new { l.Side, l.MaterialCode });
        builder.HasOne(l => l.Enterprise).WithMany().HasForeignKey(l => l.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Quality).WithOne().HasForeignKey(q => q.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ListingQualityConfiguration : IEntityTypeConfiguration<ListingQuality>
{
    public void Configure(EntityTypeBuilder<ListingQuality> builder) =>
        builder.Property(q => q.Attribute).HasMaxLength(ListingDraft.AttributeLength);
}
