using System.Globalization;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.MaterialFlows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.MaterialFlows;

/// <summary>Before and after side by side for one layer: two Sankey diagrams, flow-by-flow differences, the indicators.</summary>
[Authorize]
public sealed class CompareModel(GetMaterialFlowModels list, CompareMaterialFlowModels compare) : PageModel
{
    public ParkModels Park { get; private set; } = null!;
    public ModelComparison Comparison { get; private set; } = null!;
    public LayerComparison Layer { get; private set; } = null!;
    public string? BeforeChart { get; private set; }
    public string? AfterChart { get; private set; }

    public async Task<IActionResult> OnGetAsync(int parkId, int? before, int? after, string? layer, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        var models = await list.ExecuteAsync(parkId, user, ct);
        if (models.Outcome == MfaOutcome.Forbidden) return Forbid();
        if (models.Outcome != MfaOutcome.Ok) return NotFound();
        Park = models.Value!;
        var beforeId = before ?? Park.Models.Where(m => m.Scenario == Scenario.Before).OrderByDescending(m => m.Year).FirstOrDefault()?.Id;
        var afterId = after ?? Park.Models.Where(m => m.Scenario != Scenario.Before).OrderBy(m => m.Scenario).ThenByDescending(m => m.Year).FirstOrDefault()?.Id;
        if (beforeId is not { } b || afterId is not { } a || Park.Models.All(m => m.Id != b) || Park.Models.All(m => m.Id != a)) return NotFound();
        var result = await compare.ExecuteAsync(b, a, user, ct);
        if (result.Outcome != MfaOutcome.Ok) return result.Outcome == MfaOutcome.Forbidden ? Forbid() : NotFound();
        Comparison = result.Value!;
        Layer = Comparison.Layers.FirstOrDefault(l => l.Layer == layer) ?? Comparison.Layers[0];
        var english = Bilingual.IsEnglish(CultureInfo.CurrentUICulture);
        if (Layer.Before is { } x) BeforeChart = SankeyChart.Json(SankeyGraph.Build(Comparison.Before.Document, x, english), english);
        if (Layer.After is { } y) AfterChart = SankeyChart.Json(SankeyGraph.Build(Comparison.After.Document, y, english), english);
        return Page();
    }

    public string ProcessName(string code) =>
        Comparison.After.Document.Process(code)?.Name ?? Comparison.Before.Document.Process(code)?.Name ?? code;
}
