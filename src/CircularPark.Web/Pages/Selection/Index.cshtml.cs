using CircularPark.Campaigns;
using CircularPark.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Selection;

/// <summary>Selection at a glance: each campaign with its promotion plans, publication and public list; set-up and experts for those who run campaigns.</summary>
[Authorize]
public sealed class IndexModel(GetCampaignOverview overview) : PageModel
{
    public IReadOnlyList<CampaignOverview> Campaigns { get; private set; } = [];
    public bool RunsCampaigns { get; private set; }
    /// <summary>Officials who oversee the follow-up of the expert opinions (<see cref="Permissions.FollowUpOverview"/>).</summary>
    public bool SeesFollowUp { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Campaigns = await overview.ListAsync(CircularPark.Identity.AccessScope.From(User), ct);
        RunsCampaigns = AccessScope.From(User).Holds(Permissions.CampaignOwn);
        SeesFollowUp = AccessScope.From(User).Holds(Permissions.FollowUpOverview);
    }
}
