using System.Globalization;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.MaterialFlows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.MaterialFlows;

/// <summary>One model, one layer at a time: Sankey diagram, each process's balance, the flows reconciled, the χ² verdict.</summary>
[Authorize]
public sealed class ModelModel(GetMaterialFlowModel get) : PageModel
{
    public ModelView View { get; private set; } = null!;
    public LayerAnalysis Analysis { get; private set; } = null!;
    public string ChartJson { get; private set; } = "";
    public IReadOnlyList<string> Undetermined { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string? layer, CancellationToken ct)
    {
        var result = await get.ExecuteAsync(id, AccessScope.From(User), ct);
        if (result.Outcome == MfaOutcome.Forbidden) return Forbid();
        if (result.Outcome != MfaOutcome.Ok) return NotFound();
        View = result.Value!;
        var doc = View.Document;
        var code = doc.Layer(layer ?? "")?.Code ?? doc.Layers[0].Code;
        Analysis = MaterialFlowAnalysis.Analyse(doc, code);
        var english = Bilingual.IsEnglish(CultureInfo.CurrentUICulture);
        var graph = SankeyGraph.Build(doc, Analysis, english);
        ChartJson = SankeyChart.Json(graph, english);
        Undetermined = graph.Undetermined;
        return Page();
    }

    public string ProcessName(string code) => View.Document.Process(code)?.Name ?? code;
}
