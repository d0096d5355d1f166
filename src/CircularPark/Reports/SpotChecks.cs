using System.Security.Cryptography;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Engines.Acceptance;
using CircularPark.Identity;
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
}

internal sealed class SpotCheckRecordConfiguration : IEntityTypeConfiguration<SpotCheckRecord>
{
    public void Configure(EntityTypeBuilder<SpotCheckRecord> builder)
    {
        builder.Property(s => s.ParkIds).HasMaxLength(4000);
        builder.Property(s => s.DrawnBy).HasMaxLength(200);
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
    public async Task<(Parks.UpdateOutcome Outcome, SpotCheckView? View)> ExecuteAsync(string campaignCode, int size, long? seed, AccessScope user, CancellationToken ct = default)
    {
        if (user.Role is not (Roles.Province or Roles.Ministry or Roles.Admin)) return (Parks.UpdateOutcome.Forbidden, null);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return (Parks.UpdateOutcome.NotFound, null);
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        // The user owns the campaign, or it reaches the user's region (a national campaign, drawn by a province within it).
        var reachesUser = user.RegionId is { } own && tree.IsWithin(own, campaign.ScopeRegionId);
        if (!reachesUser && !user.Allows(Permissions.CampaignOwn, ScopeTarget.Campaign(tree.PathOf(campaign.ScopeRegionId) ?? ""))) return (Parks.UpdateOutcome.Forbidden, null);
        if (size is < 1 or > 1000) return (Parks.UpdateOutcome.Invalid, null);
        var regionId = user.RegionId ?? campaign.ScopeRegionId;
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
        await db.SaveChangesAsync(ct);
        return (Parks.UpdateOutcome.Updated, new SpotCheckView(record.Id, campaign.Code, tree.Find(regionId)!.Code, used, size, drawn, record.DrawnBy, record.DrawnAtUtc));
    }
}
