using System.Security.Cryptography;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Engines.Acceptance;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using CircularPark.Time;

namespace CircularPark.Reports;

/// <summary>A provincial spot check as drawn: who, when, the seed and the parks, so anyone can draw it again.</summary>
public sealed class SpotCheckRecord
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int RegionId { get; set; }
    public long Seed { get; set; }
    public int Size { get; set; }
    public required string ParkIds { get; set; }
    public required string DrawnBy { get; set; }
    public DateTime DrawnAtUtc { get; set; }
    /// <summary>The date the results were published (public from then on); null while they are being recorded (ADR 0079).</summary>
    public DateOnly? PublishedOn { get; set; }
    public long Version { get; set; }
    /// <summary>The result recorded for each drawn park (Acceptance/SpotCheckResults).</summary>
    public List<Acceptance.SpotCheckResult> Results { get; set; } = [];

    /// <summary>The drawn parks' ids, in the order drawn.</summary>
    public IReadOnlyList<int> Drawn => ParkIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).ToList();
}

internal sealed class SpotCheckRecordConfiguration : IEntityTypeConfiguration<SpotCheckRecord>
{
    public void Configure(EntityTypeBuilder<SpotCheckRecord> builder)
    {
        builder.Property(s => s.ParkIds).HasMaxLength(4000);
        builder.Property(s => s.DrawnBy).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasMany(s => s.Results).WithOne().HasForeignKey(r => r.SpotCheckId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed record SpotCheckView(int Id, string Campaign, string RegionCode, long Seed, int Size, IReadOnlyList<int> ParkIds, string DrawnBy, DateTime DrawnAtUtc);

/// <summary>
/// Draws a spot check among the campaign's accepted parks in the user's province (or a region given by a ministry user):
/// the seed is recorded (a new one unless given), so the same seed draws the same parks again.
/// </summary>
public sealed class DrawSpotCheck(AppDbContext db)
{
    public async Task<Outcome<SpotCheckView>> ExecuteAsync(string campaignCode, int size, long? seed, AccessScope user, CancellationToken ct = default)
    {
        if (!user.Holds(Permissions.CampaignOwn)) return Failure.Forbidden;
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return Failure.NotFound("Rule.campaign", campaignCode);
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var regionId = user.RegionId ?? campaign.ScopeRegionId;
        // A province draws among its own parks of a national campaign, or among all of its own campaign's; never in another's.
        if (!tree.IsWithin(regionId, campaign.ScopeRegionId) && !tree.IsWithin(campaign.ScopeRegionId, regionId)) return Failure.Forbidden;
        if (size is < 1 or > 1000) return Failure.Invalid("size", "Rule.range", "抽查数量", "Sample size", size, 1, 1000);
        var today = db.Clock.Today();
        var candidates = (await db.Participations.AsNoTracking()
                .Where(p => p.CampaignId == campaign.Id && (p.State == ParticipationState.Accepted || p.State == ParticipationState.Demonstration))
                .Select(p => new { p.ParkId, p.Park!.Memberships }).ToListAsync(ct))
            .Where(p => p.Memberships.FirstOrDefault(m => m.IsValidOn(today))?.RegionId is { } r && tree.IsWithin(r, regionId))
            .Select(p => p.ParkId).ToList();
        var used = seed ?? BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)) & long.MaxValue;
        var drawn = SpotCheck.Draw(candidates, size, unchecked((ulong)used));
        var record = new SpotCheckRecord
        {
            CampaignId = campaign.Id, RegionId = regionId, Seed = used, Size = size, ParkIds = string.Join(',', drawn),
            DrawnBy = user.Name, DrawnAtUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        db.SpotChecks.Add(record);
        return await db.TrySaveChangesAsync(() => new SpotCheckView(record.Id, campaign.Code, tree.Find(regionId)!.Code, used, size, drawn, record.DrawnBy, record.DrawnAtUtc), ct);
    }
}
