namespace CircularPark.Engines.MaterialFlow;

/// <summary>A value with its standard deviation (first-order propagation of the reconciled covariance). NaN when it depends on a non-determinable flow.</summary>
/// <param name="Value">The value.</param>
/// <param name="StandardDeviation">Its standard deviation, same unit.</param>
public readonly record struct Estimate(double Value, double StandardDeviation);

/// <summary>One derived indicator as a data item for the indicator engine.</summary>
/// <param name="Code">Stable code, e.g. <c>mfa.direct_material_input</c>.</param>
/// <param name="Layer">The layer's name.</param>
/// <param name="Value">The value.</param>
/// <param name="StandardDeviation">Its standard deviation.</param>
/// <param name="Unit">The unit: the layer's unit, "%", or "value added per layer unit".</param>
public sealed record MaterialFlowDataItem(string Code, string Layer, double Value, double StandardDeviation, string Unit);

/// <summary>The derived indicators of one reconciled layer. Sums are in the layer's unit; rates in %.</summary>
/// <param name="Layer">The layer's name.</param>
/// <param name="DirectMaterialInput">DMI = Σ flows leaving a boundary process (everything entering the system).</param>
/// <param name="DomesticProcessedOutput">DPO = Σ flows with <see cref="FlowRoles.Emission"/> (released to the environment).</param>
/// <param name="RecycledFlows">Σ flows with <see cref="FlowRoles.Recycled"/>.</param>
/// <param name="ResourceProductivity">Value added ÷ DMI (value-added unit per layer unit); null without value added.</param>
/// <param name="WasteUtilisationRate">100 × Σ flows with both Waste and Recycled ÷ Σ flows with Waste; null without waste flows.</param>
/// <param name="WaterReuseRate">On a water layer, 100 × recycled ÷ (recycled + DMI) (reused ÷ (reused + fresh)); null on other layers.</param>
public sealed record MaterialFlowIndicatorSet(
    string Layer,
    Estimate DirectMaterialInput,
    Estimate DomesticProcessedOutput,
    Estimate RecycledFlows,
    Estimate? ResourceProductivity,
    Estimate? WasteUtilisationRate,
    Estimate? WaterReuseRate)
{
    /// <summary>The indicators as data items; the ones that do not apply (null) are left out.</summary>
    /// <param name="layerUnit">The layer's unit as the user writes it (e.g. "t/a").</param>
    public IReadOnlyList<MaterialFlowDataItem> ToDataItems(string layerUnit)
    {
        var items = new List<MaterialFlowDataItem>
        {
            new("mfa.direct_material_input", Layer, DirectMaterialInput.Value, DirectMaterialInput.StandardDeviation, layerUnit),
            new("mfa.domestic_processed_output", Layer, DomesticProcessedOutput.Value, DomesticProcessedOutput.StandardDeviation, layerUnit),
            new("mfa.recycled_flows", Layer, RecycledFlows.Value, RecycledFlows.StandardDeviation, layerUnit),
        };
        Add(items, "mfa.resource_productivity", ResourceProductivity, "value added per " + layerUnit);
        Add(items, "mfa.waste_utilisation_rate", WasteUtilisationRate, "%");
        Add(items, "mfa.water_reuse_rate", WaterReuseRate, "%");
        return items;
    }

    private void Add(List<MaterialFlowDataItem> items, string code, Estimate? estimate, string unit)
    {
        if (estimate is { } e) items.Add(new(code, Layer, e.Value, e.StandardDeviation, unit));
    }
}

/// <summary>
/// Derived indicators over a reconciled layer (pure functions). Which flows count is decided by topology (imports leave a
/// boundary process) and by <see cref="FlowRoles"/>; see <see cref="MaterialFlowIndicatorSet"/> for each formula.
/// Standard deviations propagate the covariance of the reconciled flows; value added is taken as exact.
/// </summary>
public static class MaterialFlowIndicators
{
    /// <summary>Computes the indicators of one reconciled layer.</summary>
    /// <param name="result">The reconciliation.</param>
    /// <param name="valueAdded">The park's value added for the period (e.g. 万元), for resource productivity.</param>
    public static MaterialFlowIndicatorSet Compute(ReconciliationResult result, double? valueAdded = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var layer = result.Layer;
        var boundary = layer.Processes.Where(p => p.Kind == ProcessKind.Boundary).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var imports = Select(result, (flow, _) => boundary.Contains(flow.From));
        var recycled = Select(result, (_, roles) => roles.HasFlag(FlowRoles.Recycled));
        var waste = Select(result, (_, roles) => roles.HasFlag(FlowRoles.Waste));
        var utilised = Select(result, (_, roles) => roles.HasFlag(FlowRoles.Waste | FlowRoles.Recycled));
        var dmi = Sum(result, imports);
        return new MaterialFlowIndicatorSet(
            layer.Name,
            dmi,
            Sum(result, Select(result, (_, roles) => roles.HasFlag(FlowRoles.Emission))),
            Sum(result, recycled),
            valueAdded is { } va ? new Estimate(va / dmi.Value, va * dmi.StandardDeviation / (dmi.Value * dmi.Value)) : null,
            waste.Count == 0 ? null : Percent(result, utilised, waste),
            layer.Kind == LayerKind.Water ? Percent(result, recycled, [.. recycled, .. imports]) : null);
    }

    private static List<ReconciledQuantity> Select(ReconciliationResult result, Func<Flow, FlowRoles, bool> counts) =>
        [.. result.Flows.Where(q => counts(result.Layer.Flows[q.Index], result.Layer.Flows[q.Index].Roles))];

    private static Estimate Sum(ReconciliationResult result, List<ReconciledQuantity> terms) =>
        new(terms.Sum(q => q.Value), Math.Sqrt(result.Variance(terms.Select(q => (q, 1.0)))));

    /// <summary>100 × N ÷ D with Var ≈ (Var N − 2 r Cov(N, D) + r² Var D) / D², r = N ÷ D.</summary>
    private static Estimate Percent(ReconciliationResult result, List<ReconciledQuantity> numerator, List<ReconciledQuantity> denominator)
    {
        var (n, d) = (numerator.Sum(q => q.Value), denominator.Sum(q => q.Value));
        var ratio = n / d;
        var terms = numerator.Select(q => (q, 1.0)).Concat(denominator.Select(q => (q, -ratio)));
        return new Estimate(100 * ratio, 100 * Math.Sqrt(result.Variance(terms)) / d);
    }
}
