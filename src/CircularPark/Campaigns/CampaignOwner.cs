using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Regions;

namespace CircularPark.Campaigns;

/// <summary>Who runs a campaign: province, ministry or admin users whose scope covers the campaign's region.</summary>
public static class CampaignOwner
{
    public static bool IsOwner(RegionTree tree, Campaign campaign, AccessScope user) =>
        user.Role is Roles.Province or Roles.Ministry or Roles.Admin && user.CanChangeRegion(tree, campaign.ScopeRegionId);

    public static async Task<bool> IsOwnerAsync(AppDbContext db, Campaign campaign, AccessScope user, CancellationToken ct) =>
        IsOwner((await db.RegionDirectoryAsync(ct)).Tree, campaign, user);
}
