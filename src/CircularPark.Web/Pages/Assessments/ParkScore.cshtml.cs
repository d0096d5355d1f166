using CircularPark.Assessments;
using CircularPark.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Assessments;

/// <summary>One park's explained score: every line with the value scored, the points and how they came about.</summary>
public sealed class ParkScoreModel(GetAssessment get) : PageModel
{
    public AssessmentView? View { get; private set; }
    public ResultView? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int parkId, CancellationToken ct)
    {
        var outcome = await get.ExecuteAsync(id, AccessScope.From(User), ct);
        if (!outcome.IsOk) return NotFound();
        View = outcome.Value;
        Result = View.Results.FirstOrDefault(r => r.ParkId == parkId);
        return Result is null ? NotFound() : Page();
    }

    /// <summary>The unit of the metric a line scored ("%", "万元/亩"), or "".</summary>
    public string UnitOf(string code)
    {
        var metric = View!.Scheme.Items.FirstOrDefault(i => i.Code == code)?.Metric ?? View.Scheme.Adjustments.FirstOrDefault(a => a.Code == code)?.Metric;
        return metric is not null && View.Scheme.Metrics.TryGetValue(metric, out var m) ? m.Unit : "";
    }
}
