using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Regions;

namespace CircularPark.Campaigns;

/// <summary>Who runs a campaign (<see cref="Permissions.CampaignOwn"/>): province, ministry or admin users whose scope covers the campaign's region.</summary>
public static class CampaignOwner
{
    public static bool IsOwner(RegionTree tree, Campaign campaign, AccessScope user) =>
        user.Allows(Permissions.CampaignOwn, ScopeTarget.Campaign(tree.PathOf(campaign.ScopeRegionId) ?? ""));

    public static async Task<bool> IsOwnerAsync(AppDbContext db, Campaign campaign, AccessScope user, CancellationToken ct) =>
        IsOwner((await db.RegionDirectoryAsync(ct)).Tree, campaign, user);
}
