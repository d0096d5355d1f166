using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.ExchangePlatform;

/// <summary>
/// One optimal matching of a region's or a park's open offers and needs, kept as it was computed: the terms used, the
/// totals, the allocations (which the parties may then agree) and, as JSON, the rest of the report (remainders, each
/// party's saving, the pairs a hard rule excluded and why). Money in yuan, mass in t, CO₂ in kg.
/// </summary>
public sealed class MatchingRun
{
    public int Id { get; set; }
    public int? RegionId { get; set; }
    public int? ParkId { get; set; }
    public required string ScopeName { get; set; }
    public DateTime RunAtUtc { get; set; }
    public required string RunBy { get; set; }
    public double RateYuanPerTonneKm { get; set; }
    public double Co2KgPerTonneKm { get; set; }
    public int Offers { get; set; }
    public int Needs { get; set; }
    public int FeasiblePairs { get; set; }
    public double TonnesOffered { get; set; }
    public double TonnesNeeded { get; set; }
    public double TonnesDiverted { get; set; }
    public double TransportCostYuan { get; set; }
    public double DisposalCostYuan { get; set; }
    public double VirginCostYuan { get; set; }
    public double TotalCostYuan { get; set; }
    public double BaselineCostYuan { get; set; }
    public double SavingsYuan { get; set; }
    public double TransportCo2Kg { get; set; }
    /// <summary>The report's remainders, parties and exclusions (<see cref="RunDetails"/>) as JSON.</summary>
    public required string DetailsJson { get; set; }
    public List<ProposedExchange> Allocations { get; set; } = [];
}

/// <summary>One allocation of a run: tonnes from an offer to a need, with its distance, costs, CO₂ and savings.</summary>
public sealed class ProposedExchange
{
    public int Id { get; set; }
    public int RunId { get; set; }
    public int Number { get; set; }
    public int OfferId { get; set; }
    public int NeedId { get; set; }
    public int SupplierId { get; set; }
    public required string SupplierName { get; set; }
    public int ReceiverId { get; set; }
    public required string ReceiverName { get; set; }
    public required string MaterialCode { get; set; }
    public required string NeedMaterialCode { get; set; }
    public double Tonnes { get; set; }
    public double DistanceKm { get; set; }
    public double TransportCostPerTonne { get; set; }
    public double TransportCostYuan { get; set; }
    public double Co2Kg { get; set; }
    public double SupplierSavingYuan { get; set; }
    public double ReceiverSavingYuan { get; set; }
    /// <summary>The route that made different materials compatible (its use), null for the same material.</summary>
    public string? RouteUse { get; set; }
}

internal sealed class MatchingRunConfiguration : IEntityTypeConfiguration<MatchingRun>
{
    public void Configure(EntityTypeBuilder<MatchingRun> builder)
    {
        builder.Property(r => r.ScopeName).HasMaxLength(200);
        builder.Property(r => r.RunBy).HasMaxLength(256);
        builder.HasMany(r => r.Allocations).WithOne().HasForeignKey(a => a.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<Exchange>().WithOne().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProposedExchangeConfiguration : IEntityTypeConfiguration<ProposedExchange>
{
    public void Configure(EntityTypeBuilder<ProposedExchange> builder)
    {
        builder.Property(a => a.SupplierName).HasMaxLength(200);
        builder.Property(a => a.ReceiverName).HasMaxLength(200);
        builder.Property(a => a.MaterialCode).HasMaxLength(60);
        builder.Property(a => a.NeedMaterialCode).HasMaxLength(60);
        builder.Property(a => a.RouteUse).HasMaxLength(200);
        builder.HasIndex(a => new { a.RunId, a.Number }).IsUnique();
    }
}
