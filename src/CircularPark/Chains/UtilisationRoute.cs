using CircularPark.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using EngineRoute = CircularPark.Engines.Symbiosis.UtilisationRoute;

namespace CircularPark.Chains;

/// <summary>
/// One route of the knowledge base (利用途径): a material category can go to a use in receiving industries (GB/T 4754
/// codes or prefixes), replacing some inputs there. Seeded from the sources (data/seed/utilisation-routes.csv), edited
/// by province users; a withdrawn route stays for the record and no longer counts.
/// </summary>
public sealed class UtilisationRoute
{
    public int Id { get; set; }
    /// <summary>The category code streams and offers carry, e.g. "fly-ash".</summary>
    public required string MaterialCategory { get; set; }
    public required string CategoryZh { get; set; }
    public required string CategoryEn { get; set; }
    public required string UseZh { get; set; }
    public required string UseEn { get; set; }
    /// <summary>Industry codes or prefixes separated by ";"; empty: any industry.</summary>
    public string? ReceivingIndustries { get; set; }
    /// <summary>Material codes of the inputs the route replaces, separated by ";".</summary>
    public string? Replaces { get; set; }
    /// <summary>Where the route comes from (a source document, a standard, a user's note).</summary>
    public string? Source { get; set; }
    public bool Withdrawn { get; set; }
    public long Version { get; set; }

    public EngineRoute ToEngine() =>
        new(MaterialCategory, UseZh, Enterprise.SplitList(ReceivingIndustries), Enterprise.SplitList(Replaces));
}

internal sealed class UtilisationRouteConfiguration : IEntityTypeConfiguration<UtilisationRoute>
{
    public void Configure(EntityTypeBuilder<UtilisationRoute> builder)
    {
        builder.Property(r => r.MaterialCategory).HasMaxLength(EnterpriseRules.CodeLength);
        builder.Property(r => r.CategoryZh).HasMaxLength(RouteDraft.NameLength);
        builder.Property(r => r.CategoryEn).HasMaxLength(RouteDraft.NameLength);
        builder.Property(r => r.UseZh).HasMaxLength(RouteDraft.NameLength);
        builder.Property(r => r.UseEn).HasMaxLength(RouteDraft.NameLength);
        builder.Property(r => r.ReceivingIndustries).HasMaxLength(RouteDraft.ListLength);
        builder.Property(r => r.Replaces).HasMaxLength(RouteDraft.ListLength);
        builder.Property(r => r.Source).HasMaxLength(RouteDraft.SourceLength);
        builder.HasIndex(r => new { r.MaterialCategory, r.UseZh }).IsUnique();
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
