using System.Globalization;
using System.Text.Json;
using CircularPark.Engines.MaterialFlow;
using CircularPark.Localization;
using CircularPark.MaterialFlows;

namespace CircularPark.Web.Pages.MaterialFlows;

/// <summary>
/// A <see cref="SankeyGraph"/> as the data <c>wwwroot/js/sankey-chart.js</c> gives to ECharts: colours as in the
/// document pictures, link opacity falling with the relative uncertainty, tooltips with value ± standard deviation.
/// </summary>
public static class SankeyChart
{
    public static string Json(SankeyGraph graph, bool english) => JsonSerializer.Serialize(new
    {
        title = graph.Title,
        unit = graph.Unit,
        nodes = graph.Nodes.Select(n => new { id = n.Id, label = n.Label, color = Hex(NodeColour(n)), loop = n.Kind == SankeyNodeKind.Loop }),
        links = graph.Links.Select(l => new
        {
            source = l.Source, target = l.Target, value = l.Value, sd = l.StandardDeviation, flow = l.Flow,
            name = l.Name ?? l.Flow, loop = l.Loop, color = Hex(SankeyPicture.Colour(l.Roles, l.Loop)),
            opacity = Math.Round(SankeyPicture.Alpha(l.RelativeUncertainty) / 255.0, 2),
            relative = l.RelativeUncertainty is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : null,
            roles = Roles(l.Roles, english),
        }),
    }, JsonSerializerOptions.Web);

    public static string Roles(FlowRoles roles, bool english) => string.Join(english ? ", " : "、",
        new[] { FlowRoles.Product, FlowRoles.Emission, FlowRoles.Waste, FlowRoles.Recycled }.Where(r => roles.HasFlag(r)).Select(r => Text.Label(r).In(english)));

    private static uint NodeColour(SankeyNode node) => node.Kind switch
    {
        SankeyNodeKind.Import => 0x52606D00u,
        SankeyNodeKind.Export => 0x2F6DB500u,
        SankeyNodeKind.Emission => 0xB0453000u,
        SankeyNodeKind.Loop => 0x2E9E5B00u,
        _ => 0x0B6E4F00u,
    };

    private static string Hex(uint rgb0) => "#" + (rgb0 >> 8).ToString("x6", CultureInfo.InvariantCulture);
}
