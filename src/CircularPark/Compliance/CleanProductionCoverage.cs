using CircularPark.Data;
using CircularPark.Engines.Indicators.Data;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Compliance;

/// <summary>A park-year's clean-production audit coverage: enterprises in the register, how many hold a valid accepted audit, the share in %.</summary>
public sealed record CoverageFigure(int ParkId, int Year, int Enterprises, int Audited, double Percent);

/// <summary>
/// Clean-production audit coverage computed from the register (issue 17): the share of the park's registered enterprises
/// with an audit accepted by the end of the year and at most <see cref="ValidYears"/> years before it (强制性审核 every five
/// years at the latest, 《清洁生产审核办法》2016 第十三条). Parks with no audit on record have no computed coverage: their
/// entered figure (<c>CP_AUDIT_RATE</c>) stands.
/// </summary>
public static class CleanProductionCoverage
{
    /// <summary>How many years an accepted audit counts.</summary>
    public const int ValidYears = 5;

    public static async Task<Dictionary<(int Park, int Year), CoverageFigure>> ComputeAsync(AppDbContext db, IReadOnlyCollection<int>? parkIds,
        IReadOnlyCollection<int> years, CancellationToken ct)
    {
        var audits = db.CleanProductionAudits.AsNoTracking();
        if (parkIds is { Count: <= 500 }) audits = audits.Where(a => parkIds.Contains(a.ParkId));
        var wanted = parkIds?.ToHashSet();
        var rows = (await audits.Select(a => new { a.ParkId, a.EnterpriseId, a.Stage, a.AcceptedOn }).ToListAsync(ct))
            .Where(a => wanted is null || wanted.Contains(a.ParkId)).ToList();
        var parks = rows.Select(a => a.ParkId).Distinct().ToList();
        if (parks.Count == 0) return [];
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => parks.Contains(e.ParkId))
            .GroupBy(e => e.ParkId).Select(g => new { ParkId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.ParkId, g => g.Count, ct);
        var result = new Dictionary<(int, int), CoverageFigure>();
        foreach (var park in parks.Where(p => enterprises.GetValueOrDefault(p) > 0))
            foreach (var year in years)
            {
                var (from, to) = (new DateOnly(year - ValidYears + 1, 1, 1), new DateOnly(year, 12, 31));
                var audited = rows.Where(a => a.ParkId == park && a.Stage == AuditStage.Accepted && a.AcceptedOn >= from && a.AcceptedOn <= to)
                    .Select(a => a.EnterpriseId).Distinct().Count();
                var count = enterprises[park];
                result[(park, year)] = new CoverageFigure(park, year, count, audited, 100.0 * audited / count);
            }
        return result;
    }

    /// <summary>
    /// Puts the computed coverage into stored statistics as <c>CP_AUDIT_RATE</c>, so the clean-production indicator (CPAR)
    /// reads the register: it replaces an entered figure and adds park-years that have no statistics yet.
    /// </summary>
    public static async Task MergeAsync(AppDbContext db, Dictionary<(int Park, int Year), List<(string Code, double Value)>> stored,
        IReadOnlyCollection<int>? parkIds, IReadOnlyCollection<int> years, CancellationToken ct)
    {
        foreach (var (key, figure) in await ComputeAsync(db, parkIds, years, ct))
        {
            if (!stored.TryGetValue(key, out var values)) stored[key] = values = [];
            values.RemoveAll(v => v.Code == DataItemCodes.CleanProductionAuditRate);
            values.Add((DataItemCodes.CleanProductionAuditRate, figure.Percent));
        }
    }
}
