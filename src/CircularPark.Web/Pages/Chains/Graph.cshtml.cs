using System.Globalization;
using System.Text.Json;
using CircularPark.Chains;
using CircularPark.Identity;
using CircularPark.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Chains;

[Authorize]
public sealed class GraphModel(GetChainGraph graph) : PageModel
{
    public ChainGraphView? View { get; private set; }
    public string ChartJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(int parkId, CancellationToken ct)
    {
        View = await graph.ExecuteAsync(parkId, AccessScope.From(User), ct);
        if (View is null) return NotFound();
        if (!View.Access.CanSee) return Forbid();
        ChartJson = JsonSerializer.Serialize(View, ChartJsonOptions);
        return Page();
    }

    public bool HasExamples => View!.Nodes.Any(n => n.IsExample);

    public static string KindLabel(Engines.Symbiosis.StreamKind kind) => Text.Label(kind, CultureInfo.CurrentUICulture);

    private static readonly JsonSerializerOptions ChartJsonOptions = new(JsonSerializerOptions.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
