using CircularPark.Outcomes;
using CircularPark.Data;
using CircularPark.Indicators;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Statistics;

/// <summary>The rules one park-year breaks, found by a batch check.</summary>
public sealed record StatisticsCheck(int ParkId, string Park, int Year, bool Submittable, IReadOnlyList<RuleFinding> Problems);

/// <summary>Runs every validation rule over the stored statistics of many parks for a year (the batch check of issue 3).</summary>
public sealed class CheckStatistics(AppDbContext db, IndicatorCatalog catalog)
{
    public async Task<IReadOnlyList<StatisticsCheck>> ExecuteAsync(IReadOnlyCollection<int> parkIds, int year, CancellationToken ct = default)
    {
        var setup = (await catalog.LoadAsync(null, ct))!;
        var names = await db.Parks.AsNoTracking().Where(p => parkIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var stored = await db.ParkStatistics.AsNoTracking().Where(s => parkIds.Contains(s.ParkId) && (s.Year == year || s.Year == year - 1))
            .Include(s => s.Values).ToListAsync(ct);
        Engines.Indicators.Data.ParkYearStatistics? Of(int park, int y) => stored.FirstOrDefault(s => s.ParkId == park && s.Year == y) is { } s
            ? new(y, s.Values.Select(v => StatisticsEntry.From(v).ToEngine()).ToList()) : null;
        return stored.Where(s => s.Year == year).OrderBy(s => s.ParkId).Select(s =>
        {
            var report = setup.Validator.Validate(Of(s.ParkId, year)!, Of(s.ParkId, year - 1));
            return new StatisticsCheck(s.ParkId, names.GetValueOrDefault(s.ParkId, ""), year, report.IsSubmittable, report.Diagnostics.Select(RuleFinding.From).ToList());
        }).ToList();
    }
}
