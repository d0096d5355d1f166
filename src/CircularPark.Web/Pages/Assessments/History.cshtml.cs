using System.Text.Json;
using CircularPark.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Assessments;

/// <summary>Public: a region's published rankings over the years (比学赶超), who rose and who fell, with a chart of ranks.</summary>
public sealed class HistoryModel(GetRankingHistory history) : PageModel
{
    public RankingHistoryView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(string regionCode, CancellationToken ct)
    {
        var outcome = await history.ExecuteAsync(regionCode, ct);
        if (!outcome.IsOk) return NotFound();
        View = outcome.Value;
        return Page();
    }

    public string ChartJson(string rankLabel) => JsonSerializer.Serialize(new
    {
        years = View!.Years, rankLabel,
        maxRank = View.Parks.SelectMany(p => p.Years).Select(c => c.Rank).DefaultIfEmpty(1).Max(),
        parks = View.Parks.Select(p => new { name = p.Park, ranks = View.Years.Select(y => p.Years.FirstOrDefault(c => c.Year == y)?.Rank) }),
    }).Replace("</", "<\\/", StringComparison.Ordinal);
}
