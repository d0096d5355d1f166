using System.Globalization;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Overview;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Overview;

/// <summary>
/// The monitoring overview (ADR 0083): the ministry's nation by reporting unit, a province's cities, a city's parks, with
/// drill-down, totals, charts with target lines and the xlsx/docx of the same figures. 逾期未报 is the loudest figure.
/// </summary>
[Authorize]
public sealed class IndexModel(GetRegionOverview overview) : PageModel
{
    public RegionOverview? View { get; private set; }
    public string ChartJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(string? code, int? year, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        if (!user.Holds(Permissions.RegionOverview)) return Forbid();
        var outcome = await overview.ExecuteAsync(code, year, user, ct);
        if (!outcome.IsOk) return PageOutcomes.Show(this, outcome.Failure!, _ => { }) ?? NotFound();
        View = outcome.Value;
        ChartJson = Chart(View, Bilingual.IsEnglish(CultureInfo.CurrentUICulture));
        return Page();
    }

    /// <summary>The link a row drills into: a region's overview for the same period, or a park's page.</summary>
    public string LinkOf(OverviewRow row) => row.ParkId is { } park ? $"/parks/{park}" : $"/overview/{row.Code}?year={View!.Year}";

    /// <summary>The API address of the same overview as a file.</summary>
    public string ExportLink(string format) => $"/api/regions/{View!.Code}/overview?year={View.Year}&format={format}";

    private static string Chart(RegionOverview v, bool english)
    {
        var rows = v.Rows.Where(r => r.Parks > 0).ToList();
        return JsonSerializer.Serialize(new
        {
            rows = rows.Select(r => r.Name(english)),
            targets = v.Targets.Select((t, i) => new
            {
                name = TargetName(t, english),
                line = t.Share is { } share ? Math.Round(share * 100, 1) : (double?)null,
                data = rows.Select(r => r.Targets[i].Rate is { } rate ? Math.Round(rate * 100, 1) : (double?)null),
            }),
            reports = new[]
            {
                new { name = english ? "On time" : "按时报送", data = rows.Select(r => r.Reports.OnTime) },
                new { name = english ? "Late" : "逾期报送", data = rows.Select(r => r.Reports.Late) },
                new { name = english ? "Overdue, not submitted" : "逾期未报", data = rows.Select(r => r.Reports.Overdue) },
                new { name = english ? "Not yet due" : "未到期未报", data = rows.Select(r => r.Reports.Open) },
            },
            targetAxis = english ? "Transformed (%)" : "完成率（%）",
            targetLine = english ? "Target" : "目标",
        }, JsonSerializerOptions.Web);
    }

    /// <summary>How a target is named in a column head: its level and basis ("国家级园区（具备条件）").</summary>
    public static string TargetName(OverviewTarget t, bool english)
    {
        var culture = CultureInfo.GetCultureInfo(english ? "en" : "zh-CN");
        var level = t.Level is { } l ? Text.Label(l, culture) : english ? "All" : "全部";
        var basis = t.Basis == CircularPark.Campaigns.TargetBasis.Eligible ? (english ? " (eligible)" : "（具备条件）") : "";
        return english ? $"{level} parks{basis}" : $"{level}园区{basis}";
    }
}
