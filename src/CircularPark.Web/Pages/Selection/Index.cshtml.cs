using CircularPark.Campaigns;
using CircularPark.Regions;
using CircularPark.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Selection;

/// <summary>Selection at a glance: each campaign with its promotion plans, publication and public list; set-up and experts for those who run campaigns.</summary>
[Authorize]
public sealed class IndexModel(GetCampaignOverview overview, CircularPark.Data.AppDbContext db) : PageModel
{
    public IReadOnlyList<CampaignOverview> Campaigns { get; private set; } = [];
    public bool RunsCampaigns { get; private set; }
    /// <summary>Officials who keep promotion plans (<see cref="Permissions.SelectionPromotion"/>).</summary>
    public bool KeepsPromotionPlans { get; private set; }
    private HashSet<string> _owned = [];

    /// <summary>Whether the user runs this campaign (its publication is theirs to do).</summary>
    public bool Owns(Campaign campaign) => _owned.Contains(campaign.Code);
    /// <summary>Officials who oversee the follow-up of the expert opinions (<see cref="Permissions.FollowUpOverview"/>).</summary>
    public bool SeesFollowUp { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Campaigns = await overview.ListAsync(CircularPark.Identity.AccessScope.From(User), ct);
        var user = AccessScope.From(User);
        RunsCampaigns = user.Holds(Permissions.CampaignOwn);
        KeepsPromotionPlans = user.Holds(Permissions.SelectionPromotion);
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        _owned = Campaigns.Where(c => CampaignOwner.IsOwner(tree, c.Campaign, user)).Select(c => c.Campaign.Code).ToHashSet(StringComparer.Ordinal);
        SeesFollowUp = AccessScope.From(User).Holds(Permissions.FollowUpOverview);
    }
}
