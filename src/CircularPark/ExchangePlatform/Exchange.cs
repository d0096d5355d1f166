using CircularPark.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.ExchangePlatform;

public enum ExchangeStatus
{
    /// <summary>Agreed, deliveries pending or under way.</summary>
    Agreed = 1,

    /// <summary>The agreed tonnes have been delivered (and the receiver confirmed them).</summary>
    Completed = 2,

    /// <summary>One side agreed; the exchange binds only when the other side agrees too.</summary>
    Proposed = 3,
}

/// <summary>A party of an exchange.</summary>
public enum ExchangeSide
{
    Supplier = 1,
    Receiver = 2,
}

/// <summary>
/// An exchange the parties agreed, usually from an allocation of a matching run: the supplier sends the agreed tonnes
/// of a material to the receiver; deliveries are recorded as they happen (follow-up) and feed the park statistics.
/// </summary>
public sealed class Exchange
{
    public int Id { get; set; }
    public int? RunId { get; set; }
    public int? AllocationNumber { get; set; }
    public int OfferId { get; set; }
    public ExchangeListing? Offer { get; set; }
    public int NeedId { get; set; }
    public ExchangeListing? Need { get; set; }
    public int SupplierId { get; set; }
    public Enterprise? Supplier { get; set; }
    public int ReceiverId { get; set; }
    public Enterprise? Receiver { get; set; }
    public required string MaterialCode { get; set; }
    public double AgreedTonnes { get; set; }
    public double DistanceKm { get; set; }
    public double TransportCostPerTonne { get; set; }
    /// <summary>The day the exchange became binding (both sides agreed); while proposed, the day it was proposed.</summary>
    public DateOnly AgreedOn { get; set; }
    /// <summary>Who proposed it (the first side to agree).</summary>
    public required string AgreedBy { get; set; }
    /// <summary>Who agreed for the supplier, and when; null until the supplier agrees.</summary>
    public string? SupplierAgreedBy { get; set; }
    public DateTime? SupplierAgreedAtUtc { get; set; }
    /// <summary>Who agreed for the receiver, and when; null until the receiver agrees.</summary>
    public string? ReceiverAgreedBy { get; set; }
    public DateTime? ReceiverAgreedAtUtc { get; set; }
    public ExchangeStatus Status { get; set; }
    public long Version { get; set; }
    public List<ExchangeDelivery> Deliveries { get; set; } = [];

    /// <summary>Tonnes the supplier recorded as sent (confirmed or not): no more may be recorded than agreed.</summary>
    public double DeliveredTonnes => Deliveries.Sum(d => d.Tonnes);

    /// <summary>Tonnes the receiver confirmed: these complete the exchange and feed the parks' statistics.</summary>
    public double ConfirmedTonnes => Deliveries.Where(d => d.ConfirmedBy is not null).Sum(d => d.Tonnes);

    /// <summary>Records a side's agreement; the exchange binds (and is dated) when both sides have agreed.</summary>
    public void Agree(ExchangeSide side, string user, DateTime atUtc, DateOnly today)
    {
        if (side == ExchangeSide.Supplier) (SupplierAgreedBy, SupplierAgreedAtUtc) = (user, atUtc);
        else (ReceiverAgreedBy, ReceiverAgreedAtUtc) = (user, atUtc);
        if (Status == ExchangeStatus.Proposed && SupplierAgreedBy is not null && ReceiverAgreedBy is not null)
            (Status, AgreedOn) = (ExchangeStatus.Agreed, today);
    }
}

/// <summary>A delivery of an exchange: tonnes that arrived on a day.</summary>
public sealed class ExchangeDelivery
{
    public int Id { get; set; }
    public int ExchangeId { get; set; }
    public DateOnly DeliveredOn { get; set; }
    public double Tonnes { get; set; }
    public required string RecordedBy { get; set; }
    public string? Note { get; set; }
    /// <summary>Who confirmed the delivery for the receiver, and when; null until confirmed.</summary>
    public string? ConfirmedBy { get; set; }
    public DateTime? ConfirmedAtUtc { get; set; }
}

internal sealed class ExchangeConfiguration : IEntityTypeConfiguration<Exchange>
{
    public void Configure(EntityTypeBuilder<Exchange> builder)
    {
        builder.Property(x => x.MaterialCode).HasMaxLength(EnterpriseRules.CodeLength);
        builder.Property(x => x.AgreedBy).HasMaxLength(256);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.DeliveredTonnes);
        builder.Ignore(x => x.ConfirmedTonnes);
        builder.Property(x => x.SupplierAgreedBy).HasMaxLength(256);
        builder.Property(x => x.ReceiverAgreedBy).HasMaxLength(256);
        builder.HasIndex(x => new { x.RunId, x.AllocationNumber });
        builder.HasOne(x => x.Offer).WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Need).WithMany().HasForeignKey(x => x.NeedId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Supplier).WithMany().HasForeignKey(x => x.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Receiver).WithMany().HasForeignKey(x => x.ReceiverId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Deliveries).WithOne().HasForeignKey(d => d.ExchangeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExchangeDeliveryConfiguration : IEntityTypeConfiguration<ExchangeDelivery>
{
    public void Configure(EntityTypeBuilder<ExchangeDelivery> builder)
    {
        builder.Property(d => d.RecordedBy).HasMaxLength(256);
        builder.Property(d => d.ConfirmedBy).HasMaxLength(256);
        builder.Property(d => d.Note).HasMaxLength(ListingDraft.NoteLength);
    }
}
