using CircularPark.Data;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Compliance;

/// <summary>
/// The green designations on record (green factories, parks, products, supply chains), public like the lists they come
/// from. Other features ask here: fund applications give a green designation a bonus (seed 001: 在绿色循环发展与节能降耗等
/// 专项资金申报中给予适当加分), the assessment counts them.
/// </summary>
public static class GreenDesignations
{
    /// <summary>The designations of the parks (and their enterprises) listed in or before <paramref name="upToYear"/> (all when null), newest first.</summary>
    public static async Task<IReadOnlyList<GreenView>> ForParksAsync(AppDbContext db, IReadOnlyCollection<int> parkIds, CancellationToken ct, int? upToYear = null)
    {
        var rows = await db.GreenDesignations.AsNoTracking().Where(g => parkIds.Contains(g.ParkId) && (upToYear == null || g.Year <= upToYear))
            .Select(g => new GreenView(g.Id, g.ParkId, g.EnterpriseId, db.Enterprises.Where(e => e.Id == g.EnterpriseId).Select(e => e.Name).FirstOrDefault(),
                g.Kind, g.Level, g.Year, g.DocumentNumber, g.ProductName, g.Version)).ToListAsync(ct);
        return rows.OrderByDescending(g => g.Year).ThenBy(g => g.Kind).ThenBy(g => g.Enterprise, StringComparer.Ordinal).ToList();
    }

    /// <summary>The designations of one enterprise (for an enterprise's fund application).</summary>
    public static async Task<IReadOnlyList<GreenView>> ForEnterpriseAsync(AppDbContext db, int enterpriseId, CancellationToken ct) =>
        await db.GreenDesignations.AsNoTracking().Where(g => g.EnterpriseId == enterpriseId).OrderByDescending(g => g.Year)
            .Select(g => new GreenView(g.Id, g.ParkId, g.EnterpriseId, db.Enterprises.Where(e => e.Id == g.EnterpriseId).Select(e => e.Name).FirstOrDefault(),
                g.Kind, g.Level, g.Year, g.DocumentNumber, g.ProductName, g.Version)).ToListAsync(ct);
}
