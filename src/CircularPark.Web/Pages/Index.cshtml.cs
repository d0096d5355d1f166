using CircularPark.Campaigns;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages;

public sealed class IndexModel(GetCampaignOverview overview) : PageModel
{
    public IReadOnlyList<CampaignOverview> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Campaigns = await overview.ListAsync(CircularPark.Identity.AccessScope.From(User), ct);
}
