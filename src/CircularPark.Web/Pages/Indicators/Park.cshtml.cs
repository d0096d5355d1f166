using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Parks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Indicators;

/// <summary>A park's indicators over the years with statistics, each drawn against the target line of its plan.</summary>
[Authorize]
public sealed class ParkModel(AppDbContext db, ComputeIndicators compute) : PageModel
{
    public int ParkId { get; private set; }
    public string ParkName { get; private set; } = "";
    public IReadOnlyList<int> Years => Trends.Years;
    public IReadOnlyList<IndicatorTrends.Row> Rows => Trends.Rows;
    public int? BaselineYear => Trends.BaselineYear;
    public string? PlanTitle => Trends.PlanTitle;
    public string ChartJson => Trends.ChartJson;
    public IndicatorTrends Trends { get; private set; } = new([], [], null, null, "{}");

    public async Task<IActionResult> OnGetAsync(int parkId, CancellationToken ct)
    {
        var (access, place) = await ParkAccess.CheckAsync(db, parkId, AccessScope.From(User), change: false, ct);
        if (access == AccessOutcome.NotFound) return NotFound();
        if (access == AccessOutcome.Forbidden) return Forbid();
        (ParkId, ParkName) = (parkId, place!.Name);
        Trends = await IndicatorTrends.LoadAsync(db, compute, parkId, ct);
        return Page();
    }
}
