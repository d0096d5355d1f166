using CircularPark.Data;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Plans;

/// <summary>A plan in a park's list: its campaign and its latest version.</summary>
public sealed record PlanListItem(int PlanId, string Campaign, string Title, int LatestNumber, PlanStatus Status);

/// <summary>Read model of a park's plans (the caller has checked the user may see the park).</summary>
public static class PlanList
{
    public static async Task<List<PlanListItem>> ForParkAsync(AppDbContext db, int parkId, CancellationToken ct) =>
        (await db.Plans.AsNoTracking().Where(p => p.ParkId == parkId)
            .Select(p => new
            {
                p.Id, Campaign = db.Campaigns.Where(c => c.Id == p.CampaignId).Select(c => c.Code).Single(), p.Title,
                Latest = p.Versions.OrderByDescending(v => v.Number).Select(v => new { v.Number, v.Status }).First(),
            }).ToListAsync(ct))
        .Select(p => new PlanListItem(p.Id, p.Campaign, p.Title, p.Latest.Number, p.Latest.Status)).ToList();
}
