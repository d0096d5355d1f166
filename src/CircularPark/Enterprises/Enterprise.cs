using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Enterprises;

/// <summary>
/// An enterprise in a park: its industry (GB/T 4754 code), location, the streams it puts out (products, by-products,
/// wastes, energy, water), the materials it takes in and, for a receiver of hazardous waste, its operating permit
/// (危险废物经营许可证). Names are unique within a park.
/// </summary>
public sealed class Enterprise
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public Park? Park { get; set; }
    public required string Name { get; set; }
    /// <summary>GB/T 4754-2017 code as entered, e.g. "C3982" or "3982" (normalised: upper-case letter, no spaces).</summary>
    public required string IndustryCode { get; set; }
    /// <summary>Degrees north (−90 … 90); set together with <see cref="Longitude"/>.</summary>
    public double? Latitude { get; set; }
    /// <summary>Degrees east (−180 … 180).</summary>
    public double? Longitude { get; set; }
    public string? Address { get; set; }
    /// <summary>Number of the hazardous-waste operating permit, if it holds one.</summary>
    public string? PermitNumber { get; set; }
    /// <summary>What the permit covers: HW categories ("HW49") and 8-digit codes ("900-045-49"), separated by ";".</summary>
    public string? PermitScope { get; set; }
    /// <summary>Last day the permit is valid; null when open-ended. An expired permit covers nothing.</summary>
    public DateOnly? PermitValidTo { get; set; }
    /// <summary>Illustrative demo data (示例数据), not from any source.</summary>
    public bool IsExample { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public long Version { get; set; }
    public List<EnterpriseStream> Streams { get; set; } = [];
    public List<EnterpriseInput> Inputs { get; set; } = [];

    /// <summary>The permit's scope entries, trimmed, without empty ones.</summary>
    public IReadOnlyList<string> PermitEntries() => SplitList(PermitScope);

    /// <summary>True when the permit is in force on <paramref name="day"/> and names at least one entry.</summary>
    public bool HasPermitOn(DateOnly day) => PermitEntries().Count > 0 && (PermitValidTo is null || day <= PermitValidTo);

    /// <summary>Splits "a; b，c、d" into its entries.</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        (text ?? "").Split([';', '；', ',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(EnterpriseRules.NameLength);
        builder.HasIndex(e => new { e.ParkId, e.Name }).IsUnique();
        builder.Property(e => e.IndustryCode).HasMaxLength(5);
        builder.Property(e => e.Address).HasMaxLength(EnterpriseRules.AddressLength);
        builder.Property(e => e.PermitNumber).HasMaxLength(EnterpriseRules.PermitNumberLength);
        builder.Property(e => e.PermitScope).HasMaxLength(EnterpriseRules.PermitScopeLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne(e => e.Park).WithMany().HasForeignKey(e => e.ParkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Streams).WithOne().HasForeignKey(s => s.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Inputs).WithOne().HasForeignKey(i => i.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}
