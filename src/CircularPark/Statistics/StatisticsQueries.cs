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
        // A long list of parks is cheaper to filter here than to send as a parameter.
        var wanted = parkIds is null ? null : parkIds.ToHashSet();
        if (parkIds is { Count: <= 500 }) query = query.Where(x => parkIds.Contains(x.ParkId));
        var result = new Dictionary<(int Park, int Year), List<(string Code, double Value)>>();
        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (wanted is not null && !wanted.Contains(row.ParkId)) continue;
            if (!result.TryGetValue((row.ParkId, row.Year), out var list)) result[(row.ParkId, row.Year)] = list = [];
            list.Add((row.Code, row.Value));
        }
        return result;
    }
}
