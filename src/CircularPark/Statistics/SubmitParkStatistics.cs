using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Statistics;

/// <summary>Submits a park-year's statistics: checked once more, then immutable.</summary>
public sealed class SubmitParkStatistics(AppDbContext db, IndicatorCatalog catalog)
{
    public async Task<StatisticsResult> ExecuteAsync(int parkId, int year, AccessScope user, CancellationToken ct = default)
    {
        var (access, _) = await ParkAccess.CheckAsync(db, parkId, user, change: true, ct);
        if (access != AccessOutcome.Allowed) return StatisticsResult.Of(access == AccessOutcome.NotFound ? UpdateOutcome.NotFound : UpdateOutcome.Forbidden);
        var record = await db.ParkStatistics.SingleOrDefaultAsync(s => s.ParkId == parkId && s.Year == year, ct);
        if (record is null) return StatisticsResult.Of(UpdateOutcome.NotFound);
        if (record.Status == StatisticsStatus.Submitted) return StatisticsResult.Of(UpdateOutcome.Conflict);
        var setup = (await catalog.LoadAsync(record.CoefficientSetId, ct))!;
        var current = await StatisticsQueries.LoadYearAsync(db, parkId, year, ct);
        var report = setup.Validator.Validate(current!, await StatisticsQueries.LoadYearAsync(db, parkId, year - 1, ct));
        var problems = report.Diagnostics.Select(StatisticsProblem.From).ToList();
        if (!report.IsSubmittable) return new StatisticsResult(UpdateOutcome.Invalid, problems);
        record.Status = StatisticsStatus.Submitted;
        record.SubmittedAtUtc = db.Clock.GetUtcNow().UtcDateTime;
        record.SubmittedBy = user.Name;
        await db.SaveChangesAsync(ct);
        return new StatisticsResult(UpdateOutcome.Updated, problems, record.Version);
    }
}
