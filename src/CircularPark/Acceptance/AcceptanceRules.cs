using CircularPark.Data;
using CircularPark.Engines.Acceptance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Acceptance;

/// <summary>
/// A campaign's acceptance rules, all configurable (domain.md §6): the acceptance deadline, the delay-request deadline,
/// how many delay requests a park may make (once by default) and how long a delay may be (12 months by default), and the
/// grade scale (≥ 90 excellent, ≥ 80 good, ≥ 60 pass, else fail by default). A campaign without a row uses the defaults.
/// </summary>
public sealed class AcceptanceRules
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    /// <summary>验收截止日期: a park that has neither applied nor asked for a delay by this day fails.</summary>
    public DateOnly? AcceptanceDueOn { get; set; }
    /// <summary>延期申请截止日期 (national practice: 31 March); null = until the acceptance deadline.</summary>
    public DateOnly? DelayRequestDueOn { get; set; }
    public int MaxDelayRequests { get; set; } = 1;
    public int MaxDelayMonths { get; set; } = 12;
    public double MaxScore { get; set; } = 100;
    public List<AcceptanceGradeBand> Bands { get; set; } = [];
    public long Version { get; set; }

    /// <summary>The grade scale: the stored bands, or the default scale when none are stored.</summary>
    public GradeScale Scale() => Bands.Count == 0
        ? GradeScale.Default
        : new GradeScale(MaxScore, Bands.OrderByDescending(b => b.MinScore).Select(b => new GradeBand(b.MinScore, b.Grade, b.Passes)).ToList());

    /// <summary>The campaign's rules (tracked, so they can be changed), or new default rules when it has none yet.</summary>
    public static async Task<AcceptanceRules> LoadAsync(AppDbContext db, int campaignId, CancellationToken ct) =>
        await db.AcceptanceRules.Include(r => r.Bands).SingleOrDefaultAsync(r => r.CampaignId == campaignId, ct)
            ?? new AcceptanceRules { CampaignId = campaignId };
}

/// <summary>One band of a campaign's grade scale (see <see cref="GradeBand"/>).</summary>
public sealed class AcceptanceGradeBand
{
    public int Id { get; set; }
    public int RulesId { get; set; }
    public double MinScore { get; set; }
    public required string Grade { get; set; }
    public bool Passes { get; set; }
}

internal sealed class AcceptanceRulesConfiguration : IEntityTypeConfiguration<AcceptanceRules>, IEntityTypeConfiguration<AcceptanceGradeBand>
{
    public void Configure(EntityTypeBuilder<AcceptanceRules> builder)
    {
        builder.HasIndex(r => r.CampaignId).IsUnique();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Campaigns.Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Bands).WithOne().HasForeignKey(b => b.RulesId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AcceptanceGradeBand> builder) => builder.Property(b => b.Grade).HasMaxLength(40);
}
