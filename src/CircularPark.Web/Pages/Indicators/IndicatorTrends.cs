using System.Globalization;
using System.Text.Json;
using CircularPark.Data;
using CircularPark.Indicators;
using CircularPark.Localization;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Indicators;

/// <summary>
/// A park's indicators over its statistics years against the targets of its newest plan, as table rows and as the data
/// of wwwroot/js/indicator-trends.js (used by the indicator page and the park dashboard).
/// </summary>
public sealed record IndicatorTrends(IReadOnlyList<int> Years, IReadOnlyList<IndicatorTrends.Row> Rows, int? BaselineYear, string? PlanTitle, string ChartJson)
{
    public sealed record Row(string Code, string NameZh, string NameEn, string Unit, IReadOnlyList<double?> Values);

    public static async Task<IndicatorTrends> LoadAsync(AppDbContext db, ComputeIndicators compute, int parkId, CancellationToken ct)
    {
        var years = await db.ParkStatistics.AsNoTracking().Where(s => s.ParkId == parkId).Select(s => s.Year).OrderBy(y => y).ToListAsync(ct);
        var plan = await db.Plans.AsNoTracking().Where(p => p.ParkId == parkId).OrderByDescending(p => p.Id)
            .Select(p => new { p.Title, Version = p.Versions.OrderByDescending(v => v.Number).First() }).FirstOrDefaultAsync(ct);
        var targets = plan is null ? [] : await db.PlanVersions.AsNoTracking().Where(v => v.Id == plan.Version.Id)
            .SelectMany(v => v.Targets).Include(t => t.Yearly).ToListAsync(ct);
        if (years.Count == 0) return new IndicatorTrends(years, [], plan?.Version.BaselineYear, plan?.Title, "{}");
        var results = await compute.ExecuteAsync(new IndicatorRequest([parkId], years, plan?.Version.BaselineYear), ct);
        var rows = results.Indicators.Select(i => new Row(i.Code, i.Definition.NameZh, i.Definition.NameEn, i.Definition.Unit,
            years.Select(y => results.Parks.FirstOrDefault(p => p.Year == y)?.Values.FirstOrDefault(v => v.Code == i.Code).Value).ToList())).ToList();
        var english = Bilingual.IsEnglish(CultureInfo.CurrentUICulture);
        var charted = rows.Where(r => targets.Any(t => t.IndicatorCode == r.Code) || r.Code is "EI_ENERGY" or "WRR" or "SWUR" or "CI_CARBON");
        var chart = JsonSerializer.Serialize(new
        {
            years,
            actualName = english ? "Actual" : "实际值",
            targetName = english ? "Target" : "目标值",
            charts = charted.Select(r => new
            {
                code = r.Code, title = $"{(english ? r.NameEn : r.NameZh)}（{r.Unit}）",
                actual = r.Values.Select(v => v is null ? (double?)null : Math.Round(v.Value, 6)),
                target = years.Select(y => targets.FirstOrDefault(t => t.IndicatorCode == r.Code)?.Yearly.FirstOrDefault(v => v.Year == y)?.Value),
            }),
        }, JsonSerializerOptions.Web);
        return new IndicatorTrends(years, rows, plan?.Version.BaselineYear, plan?.Title, chart);
    }
}
