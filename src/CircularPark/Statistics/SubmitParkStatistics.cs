using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Statistics;

/// <summary>Submits a park-year's statistics: checked once more, then immutable.</summary>
public sealed class SubmitParkStatistics(AppDbContext db, IndicatorCatalog catalog)
{
    public async Task<Outcome<StatisticsSaved>> ExecuteAsync(int parkId, int year, AccessScope user, CancellationToken ct = default)
    {
        var (access, _) = await ParkAccess.CheckAsync(db, parkId, user, change: true, ct);
        if (access != AccessOutcome.Allowed) return access.Refusal(Failure.NotFound("Park.NotFound", parkId));
        var record = await db.ParkStatistics.SingleOrDefaultAsync(s => s.ParkId == parkId && s.Year == year, ct);
        if (record is null) return Failure.NotFound("Statistics.NotFound", year);
        if (record.Status == StatisticsStatus.Submitted) return StatisticsFailures.Locked(year);
        var setup = (await catalog.LoadAsync(record.CoefficientSetId, ct))!;
        var current = await StatisticsQueries.LoadYearAsync(db, parkId, year, ct);
        var report = setup.Validator.Validate(current!, await StatisticsQueries.LoadYearAsync(db, parkId, year - 1, ct));
        var problems = report.Diagnostics.Select(RuleFinding.From).ToList();
        if (!report.IsSubmittable) return Failure.Rejected(problems);
        record.Status = StatisticsStatus.Submitted;
        record.SubmittedAtUtc = db.Clock.GetUtcNow().UtcDateTime;
        record.SubmittedBy = user.Name;
        return await db.TrySaveChangesAsync(() => new StatisticsSaved(record.Version, problems), ct);
    }
}
