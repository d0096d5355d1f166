using CircularPark.Outcomes;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Statistics;

/// <summary>A park-year's statistics with each value as entered and in canonical units, and the rules it breaks now.</summary>
public sealed record ParkStatisticsView(int ParkId, string Park, int Year, StatisticsStatus Status, string CoefficientSetId, long Version,
    DateTime UpdatedAtUtc, string UpdatedBy, DateTime? SubmittedAtUtc, IReadOnlyList<StatisticValueView> Values, IReadOnlyList<RuleFinding> Problems);

public sealed record StatisticValueView(string Code, string NameZh, string NameEn, double Value, string Unit, double EnteredValue, string? EnteredUnit,
    string? Comment, int? PriceBaseYear);

public sealed class GetParkStatistics(AppDbContext db, IndicatorCatalog catalog)
{
    public async Task<(AccessOutcome Outcome, ParkStatisticsView? View)> ExecuteAsync(int parkId, int year, AccessScope user, CancellationToken ct = default)
    {
        var (access, place) = await ParkAccess.CheckAsync(db, parkId, user, change: false, ct);
        if (access != AccessOutcome.Allowed) return (access, null);
        var record = await db.ParkStatistics.AsNoTracking().Include(s => s.Values).SingleOrDefaultAsync(s => s.ParkId == parkId && s.Year == year, ct);
        if (record is null) return (AccessOutcome.NotFound, null);
        var setup = (await catalog.LoadAsync(record.CoefficientSetId, ct))!;
        var report = setup.Validator.Validate((await StatisticsQueries.LoadYearAsync(db, parkId, year, ct))!,
            await StatisticsQueries.LoadYearAsync(db, parkId, year - 1, ct));
        var values = record.Values.OrderBy(v => setup.Catalogue.TryGet(v.Code, out _, out var slot) ? slot : int.MaxValue)
            .Select(v =>
            {
                var item = setup.Catalogue[v.Code];
                return new StatisticValueView(item.Code, item.NameZh, item.NameEn, v.Value, item.Unit, v.EnteredValue, v.EnteredUnit, v.Comment, v.PriceBaseYear);
            }).ToList();
        return (AccessOutcome.Allowed, new ParkStatisticsView(parkId, place!.Name, year, record.Status, record.CoefficientSetId, record.Version,
            record.UpdatedAtUtc, record.UpdatedBy, record.SubmittedAtUtc, values, report.Diagnostics.Select(RuleFinding.From).ToList()));
    }
}
