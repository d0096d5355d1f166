using CircularPark.Engines.MaterialFlow;
using CircularPark.Identity;

namespace CircularPark.MaterialFlows;

/// <summary>One flow in both models (matched by code, else by its two processes), reconciled values in the layer's unit.</summary>
public sealed record FlowDifference(string Code, string? Name, string From, string To, FlowRoles Roles,
    double? Before, double? After, double? Difference, double? RelativeChange);

/// <summary>A derived indicator before and after.</summary>
public sealed record IndicatorDifference(string Code, string Unit, double? Before, double? After, double? Difference);

/// <summary>One layer compared: flow by flow, and the derived indicators (DMI, DPO, recycled flows, rates).</summary>
public sealed record LayerComparison(string Layer, string Name, string Unit, IReadOnlyList<FlowDifference> Flows, IReadOnlyList<IndicatorDifference> Indicators,
    LayerAnalysis? Before, LayerAnalysis? After);

/// <summary>Two models of a park compared layer by layer (layers matched by code).</summary>
public sealed record ModelComparison(ModelView Before, ModelView After, IReadOnlyList<LayerComparison> Layers);

/// <summary>Compares two models of the same park, e.g. before and planned after (needs <see cref="Permissions.ParkRead"/>).</summary>
public sealed class CompareMaterialFlowModels(GetMaterialFlowModel get)
{
    public async Task<MfaResult<ModelComparison>> ExecuteAsync(int beforeId, int afterId, AccessScope user, CancellationToken ct = default)
    {
        var before = await get.ExecuteAsync(beforeId, user, ct);
        if (before.Outcome != MfaOutcome.Ok) return new(before.Outcome);
        var after = await get.ExecuteAsync(afterId, user, ct);
        if (after.Outcome != MfaOutcome.Ok) return new(after.Outcome);
        return new(MfaOutcome.Ok, Compare(before.Value!, after.Value!));
    }

    /// <summary>The comparison of two documents (pure).</summary>
    public static ModelComparison Compare(ModelView before, ModelView after)
    {
        var (b, a) = (before.Document, after.Document);
        var codes = b.Layers.Select(l => l.Code).Concat(a.Layers.Select(l => l.Code)).Distinct(StringComparer.Ordinal);
        var layers = codes.Select(code =>
        {
            var analysisBefore = b.Layer(code) is null ? null : MaterialFlowAnalysis.Analyse(b, code);
            var analysisAfter = a.Layer(code) is null ? null : MaterialFlowAnalysis.Analyse(a, code);
            var layer = (b.Layer(code) ?? a.Layer(code))!;
            return new LayerComparison(code, layer.Name, layer.Unit, Flows(analysisBefore, analysisAfter), Indicators(analysisBefore, analysisAfter), analysisBefore, analysisAfter);
        }).ToList();
        return new ModelComparison(before, after, layers);
    }

    private static List<FlowDifference> Flows(LayerAnalysis? before, LayerAnalysis? after)
    {
        var left = before?.Flows.ToList() ?? [];
        var right = after?.Flows.ToList() ?? [];
        var rows = new List<FlowDifference>();
        foreach (var flow in left)
        {
            var match = right.FirstOrDefault(r => r.Code == flow.Code) ?? right.FirstOrDefault(r => r.From == flow.From && r.To == flow.To);
            if (match is not null) right.Remove(match);
            rows.Add(Row(flow, flow.Value, match?.Value));
        }
        rows.AddRange(right.Select(flow => Row(flow, null, flow.Value)));
        return rows;
    }

    private static FlowDifference Row(FlowResult flow, double? before, double? after) =>
        new(flow.Code, flow.Name, flow.From, flow.To, flow.Roles, before, after, (after ?? 0) - (before ?? 0),
            before is > 0 && after is { } x ? (x - before.Value) / before.Value : null);

    private static List<IndicatorDifference> Indicators(LayerAnalysis? before, LayerAnalysis? after)
    {
        var codes = (before?.Indicators ?? []).Concat(after?.Indicators ?? []).Select(i => (i.Code, i.Unit)).Distinct();
        return [.. codes.Select(c =>
        {
            var x = before?.Indicators.FirstOrDefault(i => i.Code == c.Code)?.Value;
            var y = after?.Indicators.FirstOrDefault(i => i.Code == c.Code)?.Value;
            return new IndicatorDifference(c.Code, c.Unit, x, y, x is { } p && y is { } q ? q - p : null);
        })];
    }
}
