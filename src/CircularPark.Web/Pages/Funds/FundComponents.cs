using CircularPark.Data;
using CircularPark.Funds;
using CircularPark.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CircularPark.Web.Pages.Funds;

/// <summary>The park's project funding and disbursement in a yearly report's year (issue 16 §5), for users who may read the park's funds.</summary>
public sealed class ParkFundsViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int parkId, int campaignId, int year)
    {
        var park = await FundPlaces.ParkAsync(db, parkId, HttpContext.RequestAborted);
        if (park is null || !AccessScope.From(HttpContext.User).Allows(Permissions.FundsRead, ScopeTarget.Park(parkId, park.Path))) return Content("");
        var lines = await FundFigures.ForParkAsync(db, parkId, campaignId, year, HttpContext.RequestAborted);
        return View("/Pages/Funds/_ParkFunds.cshtml", (year, lines));
    }
}

/// <summary>On the acceptance page: what settlement would follow for each awarded project, on a pass and on a fail (issue 16 §5).</summary>
public sealed class FundSettlementViewComponent(PreviewSettlement preview) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string campaign, int parkId)
    {
        var lines = await preview.ExecuteAsync(campaign, parkId, AccessScope.From(HttpContext.User), HttpContext.RequestAborted);
        return lines is not { IsOk: true, Value.Count: > 0 } ? Content("") : View("/Pages/Funds/_SettlementPreview.cshtml", lines.Value);
    }
}
