using CircularPark.Data;
using CircularPark.Engines.Indicators.Data;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Statistics;

/// <summary>Reads stored statistics back as the engine's input.</summary>
public static class StatisticsQueries
{
    /// <summary>A park-year's stored entries as entered, or null when none are stored.</summary>
    public static async Task<ParkYearStatistics?> LoadYearAsync(AppDbContext db, int parkId, int year, CancellationToken ct)
    {
        var values = await db.StatisticValues.AsNoTracking()
            .Where(v => db.ParkStatistics.Any(s => s.Id == v.ParkStatisticsId && s.ParkId == parkId && s.Year == year))
            .ToListAsync(ct);
        return values.Count == 0 ? null : new ParkYearStatistics(year, values.Select(v => StatisticsEntry.From(v).ToEngine()).ToList());
    }

    /// <summary>Canonical values of many park-years at once: (park, year) → code → value.</summary>
    public static async Task<Dictionary<(int Park, int Year), List<(string Code, double Value)>>> LoadValuesAsync(
        AppDbContext db, IReadOnlyCollection<int>? parkIds, IReadOnlyCollection<int> years, CancellationToken ct)
    {
        var query = from s in db.ParkStatistics.AsNoTracking()
                    join v in db.StatisticValues.AsNoTracking() on s.Id equals v.ParkStatisticsId
                    where years.Contains(s.Year)
                    select new { s.ParkId, s.Year, v.Code, v.Value };
        if (parkIds is not null) query = query.Where(x => parkIds.Contains(x.ParkId));
        var rows = await query.ToListAsync(ct);
        return rows.GroupBy(r => (r.ParkId, r.Year)).ToDictionary(g => g.Key, g => g.Select(r => (r.Code, r.Value)).ToList());
    }
}
