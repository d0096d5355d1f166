using CircularPark.Data;
using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Assessments;

/// <summary>A park's place in one year: rank, total, and the movement on the year before (positive: rose by that many places).</summary>
public sealed record HistoryCell(int Year, int SchemeId, int Rank, double Total, int? Movement);

/// <summary>A park's ranks over the years it was assessed.</summary>
public sealed record HistoryRow(int ParkId, string Park, IReadOnlyList<HistoryCell> Years);

/// <summary>
/// The published rankings of one owner (a city or province) over the years: 比学赶超, who rose and who fell. Rows are in
/// the order of the latest year's ranking; parks no longer assessed follow.
/// </summary>
public sealed record RankingHistoryView(string OwnerCode, string Owner, IReadOnlyList<int> Years, IReadOnlyList<HistoryRow> Parks,
    IReadOnlyList<HistoryRow> Risers, IReadOnlyList<HistoryRow> Fallers);

/// <summary>The public history of a region's published rankings (no sign-in: only published results are read).</summary>
public sealed class GetRankingHistory(AppDbContext db)
{
    public async Task<Outcome<RankingHistoryView>> ExecuteAsync(string ownerCode, CancellationToken ct = default)
    {
        var owner = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == ownerCode, ct);
        if (owner is null) return Failure.NotFound("Economics.RegionNotFound", ownerCode);
        var rows = await db.AssessmentResults.AsNoTracking()
            .Join(db.AssessmentRuns.Where(r => r.State == AssessmentState.Published), r => r.RunId, run => run.Id, (r, run) => new { r, run.SchemeId })
            .Join(db.AssessmentSchemes.Where(s => s.OwnerRegionId == owner.Id), x => x.SchemeId, s => s.Id,
                (x, s) => new { x.r.ParkId, x.r.ParkName, x.r.Rank, x.r.Total, s.Year, SchemeId = s.Id })
            .ToListAsync(ct);
        var years = rows.Select(r => r.Year).Distinct().Order().ToList();
        var ranks = rows.ToDictionary(r => (r.ParkId, r.Year), r => r.Rank);
        var parks = rows.GroupBy(r => r.ParkId).Select(g =>
        {
            var cells = g.OrderBy(r => r.Year).Select(r => new HistoryCell(r.Year, r.SchemeId, r.Rank, r.Total,
                ranks.TryGetValue((r.ParkId, r.Year - 1), out var before) ? before - r.Rank : null)).ToList();
            return new HistoryRow(g.Key, g.OrderBy(r => r.Year).Last().ParkName, cells);
        }).ToList();
        var latest = years.Count == 0 ? 0 : years[^1];
        var ordered = parks.OrderBy(p => p.Years[^1].Year == latest ? 0 : 1).ThenBy(p => p.Years[^1].Rank).ThenBy(p => p.Park, StringComparer.Ordinal).ToList();
        var moved = ordered.Where(p => p.Years[^1].Year == latest && p.Years[^1].Movement is not null).ToList();
        return new RankingHistoryView(owner.Code, owner.NameZh, years, ordered,
            moved.Where(p => p.Years[^1].Movement > 0).OrderByDescending(p => p.Years[^1].Movement).ToList(),
            moved.Where(p => p.Years[^1].Movement < 0).OrderBy(p => p.Years[^1].Movement).ToList());
    }
}
