using CircularPark.Data;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Statistics;

/// <summary>Statistics saved or submitted: the new version and every finding (warnings do not block).</summary>
public sealed record StatisticsSaved(long Version, IReadOnlyList<RuleFinding> Problems);

/// <summary>The failures saving and submitting share.</summary>
internal static class StatisticsFailures
{
    public static Failure Locked(int year) => Failure.Conflict("Statistics.Locked", year);
}

/// <summary>
/// Saves a park-year's statistics (the whole set, replacing what was there): converts units, runs every validation
/// rule against the previous year, and stores nothing when an error-level rule is broken. Submitted statistics are
/// immutable.
/// </summary>
public sealed class SaveParkStatistics(AppDbContext db, IndicatorCatalog catalog)
{
    public async Task<Outcome<StatisticsSaved>> ExecuteAsync(int parkId, int year, IReadOnlyList<StatisticsEntry> entries, long? version,
        AccessScope user, CancellationToken ct = default)
    {
        var (access, _) = await ParkAccess.CheckAsync(db, parkId, user, change: true, ct);
        if (access != AccessOutcome.Allowed) return access.Refusal(Failure.NotFound("Park.NotFound", parkId));
        var record = await db.ParkStatistics.Include(s => s.Values).SingleOrDefaultAsync(s => s.ParkId == parkId && s.Year == year, ct);
        if (record?.Status == StatisticsStatus.Submitted || (record is not null && version is { } v && v != record.Version))
            return StatisticsFailures.Locked(year);

        var setup = (await catalog.LoadAsync(record?.CoefficientSetId, ct))!;
        var previous = await StatisticsQueries.LoadYearAsync(db, parkId, year - 1, ct);
        var report = setup.Validator.Validate(new ParkYearStatistics(year, entries.Select(e => e.ToEngine()).ToList()), previous);
        var problems = report.Diagnostics.Select(RuleFinding.From).ToList();
        if (!report.IsSubmittable) return Failure.Rejected(problems);

        var now = db.Clock.GetUtcNow().UtcDateTime;
        if (record is null)
        {
            record = new ParkStatistics { ParkId = parkId, Year = year, CoefficientSetId = setup.Set.Id };
            db.ParkStatistics.Add(record);
        }
        else
        {
            db.StatisticValues.RemoveRange(record.Values);
            record.Values.Clear();
        }
        record.UpdatedAtUtc = now;
        record.UpdatedBy = user.Name;
        foreach (var entry in entries)
            record.Values.Add(new StatisticValue
            {
                Code = setup.Catalogue[entry.Code].Code, Value = report.Current.Values[entry.Code]!.Value,
                EnteredValue = entry.Value, EnteredUnit = entry.Unit, Comment = entry.Comment, PriceBaseYear = entry.PriceBaseYear,
            });
        return await db.TrySaveChangesAsync(() => new StatisticsSaved(record.Version, problems), ct);
    }
}
