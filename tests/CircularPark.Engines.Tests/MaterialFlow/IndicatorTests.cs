using CircularPark.Engines.MaterialFlow;

namespace CircularPark.Engines.Tests.MaterialFlow;

/// <summary>
/// A demo park with balanced data (so reconciliation keeps every value): a steel plant sends slag to a cement plant
/// and dust to the park landfill (a stock); the steel plant's wastewater is treated and partly reused.
/// </summary>
public class IndicatorTests
{
    private static Flow Measured(string id, string from, string to, double value, FlowRoles roles = FlowRoles.None) =>
        new(id, from, to, Quantity.WithRelativeUncertainty(QuantityStatus.Measured, value, 0.02), roles);

    private static FlowLayer Mass() => new("total mass", LayerKind.TotalMass,
        [new("Outside", ProcessKind.Boundary), new("Steel"), new("Cement"), new("Landfill", StockChange: Quantity.Measured(10, 1))],
        [
            Measured("ore", "Outside", "Steel", 100),
            Measured("limestone", "Outside", "Cement", 50),
            Measured("steel", "Steel", "Outside", 60, FlowRoles.Product),
            Measured("slag", "Steel", "Cement", 30, FlowRoles.Waste | FlowRoles.Recycled),
            Measured("dust", "Steel", "Landfill", 10, FlowRoles.Waste | FlowRoles.Emission),
            Measured("cement", "Cement", "Outside", 70, FlowRoles.Product),
            Measured("co2", "Cement", "Outside", 10, FlowRoles.Emission),
        ]);

    private static FlowLayer Water() => new("water", LayerKind.Water,
        [new("Outside", ProcessKind.Boundary), new("Steel"), new("WWTP")],
        [
            Measured("fresh", "Outside", "Steel", 200),
            Measured("wastewater", "Steel", "WWTP", 180),
            Measured("reclaimed", "WWTP", "Steel", 120, FlowRoles.Recycled),
            Measured("discharge", "WWTP", "Outside", 60, FlowRoles.Emission),
            Measured("evaporation", "Steel", "Outside", 140, FlowRoles.Emission),
        ]);

    [Fact]
    public void Mass_layer_indicators_count_the_flows_by_their_roles()
    {
        var indicators = MaterialFlowIndicators.Compute(MaterialFlowReconciler.Reconcile(Mass()), valueAdded: 3000);

        Assert.Equal(150, indicators.DirectMaterialInput.Value, 9); // ore + limestone
        Assert.Equal(20, indicators.DomesticProcessedOutput.Value, 9); // dust landfilled + CO₂
        Assert.Equal(30, indicators.RecycledFlows.Value, 9); // slag
        Assert.Equal(20, indicators.ResourceProductivity!.Value.Value, 9); // 3000 ÷ 150
        Assert.Equal(75, indicators.WasteUtilisationRate!.Value.Value, 9); // 30 ÷ (30 + 10)
        Assert.Null(indicators.WaterReuseRate);
    }

    [Fact]
    public void Water_reuse_rate_is_reused_over_reused_plus_fresh_water()
    {
        var indicators = MaterialFlowIndicators.Compute(MaterialFlowReconciler.Reconcile(Water()));

        Assert.Equal(37.5, indicators.WaterReuseRate!.Value.Value, 9); // 120 ÷ (120 + 200)
        Assert.Null(indicators.ResourceProductivity);
        Assert.Null(indicators.WasteUtilisationRate);
    }

    [Fact]
    public void Indicator_uncertainty_propagates_the_covariance_of_the_reconciled_flows()
    {
        var result = MaterialFlowReconciler.Reconcile(Water());
        var (reused, fresh) = (result.Flow("reclaimed"), result.Flow("fresh"));
        var indicators = MaterialFlowIndicators.Compute(result);
        var (vr, vf, crf) = (result.Covariance(reused, reused), result.Covariance(fresh, fresh), result.Covariance(reused, fresh));
        // Rate = R ÷ (R + F): ∂/∂R = F ÷ (R + F)², ∂/∂F = −R ÷ (R + F)².
        var (dr, df) = (200.0 / (320 * 320), -120.0 / (320 * 320));
        var expected = 100 * Math.Sqrt(dr * dr * vr + 2 * dr * df * crf + df * df * vf);

        Assert.True(expected > 0);
        Assert.Equal(expected, indicators.WaterReuseRate!.Value.StandardDeviation, 9);
        Assert.Equal(Math.Sqrt(vf), indicators.DirectMaterialInput.StandardDeviation, 9);
    }

    [Fact]
    public void Indicators_are_offered_as_data_items_with_codes_and_units()
    {
        var items = MaterialFlowIndicators.Compute(MaterialFlowReconciler.Reconcile(Mass()), valueAdded: 3000).ToDataItems("t/a");

        Assert.Equal(
            ["mfa.direct_material_input", "mfa.domestic_processed_output", "mfa.recycled_flows", "mfa.resource_productivity", "mfa.waste_utilisation_rate"],
            items.Select(i => i.Code));
        Assert.All(items, i => Assert.Equal("total mass", i.Layer));
        Assert.Equal("%", items.Single(i => i.Code == "mfa.waste_utilisation_rate").Unit);
        Assert.Equal("t/a", items[0].Unit);
    }

    [Fact]
    public void An_indicator_over_a_non_determinable_flow_has_no_value()
    {
        var open = Water() with { Flows = [.. Water().Flows.Select(f => f.Id is "reclaimed" or "wastewater" ? f with { Quantity = Quantity.Unknown } : f)] };
        var result = MaterialFlowReconciler.Reconcile(open);

        var indicators = MaterialFlowIndicators.Compute(result);

        Assert.Equal(QuantityClass.NonDeterminable, result.Flow("reclaimed").Class);
        Assert.True(double.IsNaN(indicators.RecycledFlows.Value));
        Assert.True(double.IsNaN(indicators.WaterReuseRate!.Value.Value));
        Assert.False(double.IsNaN(indicators.DirectMaterialInput.Value));
    }
}
