using CircularPark.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Data.Seed;

/// <summary>
/// Targets stored before the basis existed (ADR 0080): a share of registered parks, except the national notice's two
/// targets, which count 具备条件 parks (002 一: "到 2025 年底，具备条件的省级以上园区…全部实施循环化改造"). Touches only rows
/// that hold no basis yet, so a later edit stays.
/// </summary>
internal static class EligibleBasisBackfill
{
    public static async Task<int> RunAsync(AppDbContext db, CancellationToken ct)
    {
        var unset = await db.CampaignTargets.Where(t => t.Basis == 0).ToListAsync(ct);
        if (unset.Count == 0) return 0;
        var national = await db.Campaigns.Where(c => c.Code == "cn-2021-1004").Select(c => c.Id).ToListAsync(ct);
        foreach (var target in unset)
            target.Basis = national.Contains(target.CampaignId) && target.NoteZh.StartsWith("具备条件", StringComparison.Ordinal)
                ? TargetBasis.Eligible : TargetBasis.Registered;
        await db.SaveChangesAsync(ct);
        return unset.Count;
    }
}
