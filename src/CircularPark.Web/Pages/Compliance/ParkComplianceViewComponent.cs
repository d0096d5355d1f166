using CircularPark.Compliance;
using CircularPark.Data;
using Microsoft.AspNetCore.Mvc;

namespace CircularPark.Web.Pages.Compliance;

/// <summary>What the park's public page shows of its compliance: green designations and published environmental-management reports.</summary>
public sealed class ParkComplianceViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int parkId, bool canSee) =>
        View((await PublicCompliance.ForParkAsync(db, parkId, HttpContext.RequestAborted), parkId, canSee));
}
