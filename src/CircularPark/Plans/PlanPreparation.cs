using CircularPark.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Plans;

/// <summary>An engineering consultancy's qualification grade (工程咨询单位资质); a lower number is a higher grade. Stored; never renumber.</summary>
public enum ConsultancyGrade
{
    /// <summary>甲级.</summary>
    ClassA = 1,
    /// <summary>乙级.</summary>
    ClassB = 2,
    /// <summary>丙级.</summary>
    ClassC = 3,
    /// <summary>其他 (no grade, or another kind of qualification): below every grade.</summary>
    Other = 9,
}

/// <summary>What the province did with a plan the city reviewed (003 四（二）): approved it (provincial pilots) or forwarded it to the nation (转报, national ones).</summary>
public enum ProvincePlanDecision
{
    /// <summary>批复同意.</summary>
    Approved = 1,
    /// <summary>组织论证后转报国家.</summary>
    Forwarded = 2,
}

/// <summary>
/// How a park's implementation plan in a campaign was made and passed up (ADR 0079): the consultancy that wrote it and its
/// grade, the city's review (date, opinion), the province's approval or forwarding (date, document number). Each part is
/// recorded by its own body (park, city, province) with the date it took effect; the audit log keeps who recorded it when.
/// One per park and campaign.
/// </summary>
public sealed class PlanPreparation
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int ParkId { get; set; }
    public string? ConsultancyName { get; set; }
    public ConsultancyGrade? ConsultancyGrade { get; set; }
    public DateOnly? CityReviewedOn { get; set; }
    public string? CityOpinion { get; set; }
    public ProvincePlanDecision? ProvinceDecision { get; set; }
    public DateOnly? ProvinceDecidedOn { get; set; }
    public string? ProvinceDocumentNumber { get; set; }
    public long Version { get; set; }

    /// <summary>Whether <paramref name="grade"/> is <paramref name="minimum"/> or better (甲级 ≥ 乙级 ≥ 丙级 ≥ 其他); no minimum: any grade.</summary>
    public static bool Meets(ConsultancyGrade grade, ConsultancyGrade? minimum) => minimum is not { } least || grade <= least;
}

internal sealed class PlanPreparationConfiguration : IEntityTypeConfiguration<PlanPreparation>
{
    public void Configure(EntityTypeBuilder<PlanPreparation> builder)
    {
        builder.HasIndex(p => new { p.CampaignId, p.ParkId }).IsUnique();
        builder.Property(p => p.ConsultancyName).HasMaxLength(200);
        builder.Property(p => p.CityOpinion).HasMaxLength(2000);
        builder.Property(p => p.ProvinceDocumentNumber).HasMaxLength(100);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Parks.Park>().WithMany().HasForeignKey(p => p.ParkId).OnDelete(DeleteBehavior.Cascade);
    }
}
