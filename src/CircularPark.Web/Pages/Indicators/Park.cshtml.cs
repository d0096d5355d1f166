using System.Globalization;
using System.Text.Json;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Localization;
using CircularPark.Parks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Indicators;

/// <summary>A park's indicators over the years with statistics, each drawn against the target line of its plan.</summary>
[Authorize]
public sealed class ParkModel(AppDbContext db, ComputeIndicators compute) : PageModel
{
    public sealed record Row(string Code, string NameZh, string NameEn, string Unit, IReadOnlyList<double?> Values);

    public int ParkId { get; private set; }
    public string ParkName { get; private set; } = "";
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int? BaselineYear { get; private set; }
    public string? PlanTitle { get; private set; }
    public string ChartJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(int parkId, CancellationToken ct)
    {
        var (access, place) = await ParkAccess.CheckAsync(db, parkId, AccessScope.From(User), change: false, ct);
        if (access == AccessOutcome.NotFound) return NotFound();
        if (access == AccessOutcome.Forbidden) return Forbid();
        (ParkId, ParkName) = (parkId, place!.Name);
        Years = await db.ParkStatistics.AsNoTracking().Where(s => s.ParkId == parkId).Select(s => s.Year).OrderBy(y => y).ToListAsync(ct);
        var plan = await db.Plans.AsNoTracking().Where(p => p.ParkId == parkId).OrderByDescending(p => p.Id)
            .Select(p => new { p.Title, Version = p.Versions.OrderByDescending(v => v.Number).First() }).FirstOrDefaultAsync(ct);
        var targets = plan is null ? [] : await db.PlanVersions.AsNoTracking().Where(v => v.Id == plan.Version.Id)
            .SelectMany(v => v.Targets).Include(t => t.Yearly).ToListAsync(ct);
        (BaselineYear, PlanTitle) = (plan?.Version.BaselineYear, plan?.Title);
        if (Years.Count == 0) return Page();
        var results = await compute.ExecuteAsync(new IndicatorRequest([parkId], Years, BaselineYear), ct);
        Rows = results.Indicators.Select(i => new Row(i.Code, i.Definition.NameZh, i.Definition.NameEn, i.Definition.Unit,
            Years.Select(y => results.Parks.FirstOrDefault(p => p.Year == y)?.Values.FirstOrDefault(v => v.Code == i.Code).Value).ToList())).ToList();
        var english = Bilingual.IsEnglish(CultureInfo.CurrentUICulture);
        var charted = Rows.Where(r => targets.Any(t => t.IndicatorCode == r.Code) || r.Code is "EI_ENERGY" or "WRR" or "SWUR" or "CI_CARBON");
        ChartJson = JsonSerializer.Serialize(new
        {
            years = Years,
            actualName = english ? "Actual" : "实际值",
            targetName = english ? "Target" : "目标值",
            charts = charted.Select(r => new
            {
                code = r.Code, title = $"{(english ? r.NameEn : r.NameZh)}（{r.Unit}）",
                actual = r.Values.Select(v => v is null ? (double?)null : Math.Round(v.Value, 6)),
                target = Years.Select(y => targets.FirstOrDefault(t => t.IndicatorCode == r.Code)?.Yearly.FirstOrDefault(v => v.Year == y)?.Value),
            }),
        }, JsonSerializerOptions.Web);
        return Page();
    }
}
