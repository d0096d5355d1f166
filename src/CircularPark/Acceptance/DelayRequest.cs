using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Acceptance;

/// <summary>Where a delay request stands. Values are stored; never renumber.</summary>
public enum DelayStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}

/// <summary>A park's request to delay its acceptance (延期申请), decided by the province with a reason.</summary>
public sealed class DelayRequest
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int ParkId { get; set; }
    /// <summary>Months asked for (1 to the campaign's maximum).</summary>
    public int Months { get; set; }
    public required string Reason { get; set; }
    public required string RequestedBy { get; set; }
    public DateTime RequestedAtUtc { get; set; }
    public DelayStatus Status { get; set; } = DelayStatus.Pending;
    public string? DecidedBy { get; set; }
    /// <summary>When the decision was recorded (UTC).</summary>
    public DateTime? DecidedAtUtc { get; set; }
    /// <summary>The date the decision took effect (the reply's date; China calendar).</summary>
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionReason { get; set; }
    public long Version { get; set; }
}

internal sealed class DelayRequestConfiguration : IEntityTypeConfiguration<DelayRequest>
{
    public void Configure(EntityTypeBuilder<DelayRequest> builder)
    {
        builder.HasIndex(d => new { d.CampaignId, d.ParkId });
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.Reason).HasMaxLength(2000);
        builder.Property(d => d.RequestedBy).HasMaxLength(200);
        builder.Property(d => d.DecidedBy).HasMaxLength(200);
        builder.Property(d => d.DecisionReason).HasMaxLength(2000);
        builder.HasOne<Campaigns.Campaign>().WithMany().HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Parks.Park>().WithMany().HasForeignKey(d => d.ParkId).OnDelete(DeleteBehavior.Cascade);
    }
}
