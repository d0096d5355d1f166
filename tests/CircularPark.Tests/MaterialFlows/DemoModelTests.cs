using CircularPark.Engines.MaterialFlow;
using CircularPark.MaterialFlows;

namespace CircularPark.Tests.MaterialFlows;

/// <summary>The demo models keep every rule and reconcile as the page and the chapter show them.</summary>
public class DemoModelTests
{
    [Fact]
    public void Both_demo_models_keep_every_rule()
    {
        Assert.Empty(MaterialFlowRules.Validate(DemoModels.Before));
        Assert.Empty(MaterialFlowRules.Validate(DemoModels.After));
    }

    [Fact]
    public void The_water_layer_reconciles_the_reuse_flow_from_its_transfer_coefficient_and_balances_every_process()
    {
        var water = MaterialFlowAnalysis.Analyse(DemoModels.Before, "water");

        var reuse = water.Flows.Single(f => f.Code == "W9");
        Assert.Equal(QuantityClass.Determinable, reuse.Class);
        var plantInput = water.Balances.Single(b => b.Process == "WWTP").Input;
        var k = water.Parameters.Single(p => p.Type == ParameterType.TransferCoefficient).Value!.Value;
        Assert.Equal(k * plantInput, reuse.Value!.Value, 6);
        Assert.All(water.Balances, b => Assert.True(b.Balanced, b.Process));
        Assert.True(water.Convergence.Converged);
        Assert.False(water.ChiSquare.Rejected);
        Assert.Contains(water.Indicators, i => i.Code == "mfa.water_reuse_rate" && i.Value is > 8 and < 13); // reused ÷ (reused + fresh) ≈ 93 ÷ 875
    }

    [Fact]
    public void The_Sankey_graph_breaks_the_ceramics_recycle_loop_at_the_recycled_flow()
    {
        var doc = DemoModels.Before;
        var graph = SankeyGraph.Build(doc, MaterialFlowAnalysis.Analyse(doc, "mass"), english: false);

        var loop = Assert.Single(graph.Links, l => l.Loop);
        Assert.Equal("M12", loop.Flow);
        Assert.Equal("loop:CER", loop.Target);
        Assert.Contains(graph.Nodes, n => n is { Kind: SankeyNodeKind.Emission, Label: "排放与损失" });
        Assert.Empty(graph.Undetermined);
        Assert.True(IsAcyclic(graph));
    }

    private static bool IsAcyclic(SankeyGraph graph)
    {
        var indegree = graph.Nodes.ToDictionary(n => n.Id, n => graph.Links.Count(l => l.Target == n.Id));
        var ready = new Queue<string>(indegree.Where(d => d.Value == 0).Select(d => d.Key));
        var seen = 0;
        while (ready.TryDequeue(out var node))
        {
            seen++;
            foreach (var link in graph.Links.Where(l => l.Source == node))
                if (--indegree[link.Target] == 0) ready.Enqueue(link.Target);
        }
        return seen == graph.Nodes.Count;
    }
}
