using CircularPark.Engines.MaterialFlow;
using CircularPark.Localization;

namespace CircularPark.MaterialFlows;

/// <summary>What a Sankey node stands for.</summary>
public enum SankeyNodeKind
{
    Process,
    /// <summary>The boundary as the source of imports.</summary>
    Import,
    /// <summary>The boundary as the sink of exports (products and other outputs).</summary>
    Export,
    /// <summary>The boundary as the sink of emissions and losses.</summary>
    Emission,
    /// <summary>A copy of a process that receives a recycled flow closing a loop (Sankey diagrams cannot draw cycles).</summary>
    Loop,
}

/// <summary>A node; <see cref="Number"/> (1, 2, …) labels it in the picture, whose legend gives the names.</summary>
public sealed record SankeyNode(string Id, string Label, SankeyNodeKind Kind, ProcessType? Type, int Number);

/// <summary>
/// A link: one flow with its reconciled value and standard deviation in the layer's unit. <see cref="Loop"/> marks a
/// flow that closes a cycle: it is drawn into the <see cref="SankeyNodeKind.Loop"/> copy of its destination.
/// </summary>
public sealed record SankeyLink(string Source, string Target, string Flow, string? Name, double Value, double? StandardDeviation,
    double? RelativeUncertainty, FlowRoles Roles, bool Loop);

/// <summary>A layer as a directed acyclic graph ready to draw, in the layer's unit.</summary>
public sealed record SankeyGraph(string Layer, string Title, string Unit, IReadOnlyList<SankeyNode> Nodes, IReadOnlyList<SankeyLink> Links,
    IReadOnlyList<string> Undetermined)
{
    /// <summary>
    /// The graph of one analysed layer: the boundary split into an import source and export/emission sinks, and each
    /// cycle broken at a flow found by a depth-first search that follows ordinary flows before recycled ones, so
    /// that a recycle flow is the one redirected into a loop copy of its destination. Flows without a value are left
    /// out and listed in <see cref="Undetermined"/>.
    /// </summary>
    public static SankeyGraph Build(MaterialFlowDocument doc, LayerAnalysis analysis, bool english)
    {
        var processes = doc.Processes.ToDictionary(p => p.Code);
        var boundaries = doc.Processes.Where(p => p.Type == ProcessType.Boundary).Select(p => p.Code).ToHashSet();
        var several = analysis.Flows.Select(f => f.From).Concat(analysis.Flows.Select(f => f.To)).Where(boundaries.Contains).Distinct().Count() > 1;
        var flows = analysis.Flows.Where(f => f.Value is not null).ToList();
        var loops = BackEdges(flows.Where(f => !boundaries.Contains(f.From) && !boundaries.Contains(f.To)).ToList(), doc);
        var nodes = new Dictionary<string, SankeyNode>();
        string Node(string id, SankeyNodeKind kind, string process)
        {
            if (nodes.ContainsKey(id)) return id;
            var name = processes[process].Name;
            string Prefixed(string key) => Text.Get(key).In(english) + (several ? "：" + name : "");
            var label = kind switch
            {
                SankeyNodeKind.Import => Prefixed("Mfa.Sankey.Import"),
                SankeyNodeKind.Export => Prefixed("Mfa.Sankey.Export"),
                SankeyNodeKind.Emission => Prefixed("Mfa.Sankey.Emission"),
                SankeyNodeKind.Loop => Text.Get("Mfa.Sankey.Loop").In(english) + " " + name,
                _ => name,
            };
            nodes[id] = new SankeyNode(id, label, kind, processes[process].Type, nodes.Count + 1);
            return id;
        }
        var links = new List<SankeyLink>();
        foreach (var f in flows)
        {
            var loop = loops.Contains(f.Code);
            var source = boundaries.Contains(f.From) ? Node("in:" + f.From, SankeyNodeKind.Import, f.From) : Node(f.From, SankeyNodeKind.Process, f.From);
            var target = boundaries.Contains(f.To)
                ? f.Roles.HasFlag(FlowRoles.Emission) ? Node("emit:" + f.To, SankeyNodeKind.Emission, f.To) : Node("out:" + f.To, SankeyNodeKind.Export, f.To)
                : loop ? Node("loop:" + f.To, SankeyNodeKind.Loop, f.To) : Node(f.To, SankeyNodeKind.Process, f.To);
            var value = f.Value!.Value;
            links.Add(new SankeyLink(source, target, f.Code, f.Name, value, f.StandardDeviation,
                f.StandardDeviation is { } sd && value > 0 ? sd / value : null, f.Roles, loop));
        }
        var layer = doc.Layer(analysis.Layer)!;
        return new SankeyGraph(layer.Code, layer.Name, layer.Unit, [.. nodes.Values], links,
            [.. analysis.Flows.Where(f => f.Value is null).Select(f => f.Code)]);
    }

    /// <summary>
    /// The flows to redirect so that no cycle remains. Ordinary flows go first: a depth-first search over them alone
    /// breaks the cycles that have no recycled flow. Recycled flows are then added one by one, and one that would close
    /// a cycle (its destination already reaches its source) becomes a loop.
    /// </summary>
    private static HashSet<string> BackEdges(List<FlowResult> internalFlows, MaterialFlowDocument doc)
    {
        var order = doc.Processes.Select((p, i) => (p.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var ordinary = internalFlows.Where(f => !f.Roles.HasFlag(FlowRoles.Recycled)).OrderBy(f => order[f.To]).ToList();
        var outgoing = ordinary.GroupBy(f => f.From).ToDictionary(g => g.Key, g => g.ToList());
        var state = new Dictionary<string, int>(); // 1 on the stack, 2 done
        var loops = new HashSet<string>();
        void Visit(string node)
        {
            state[node] = 1;
            foreach (var flow in outgoing.GetValueOrDefault(node) ?? [])
            {
                var s = state.GetValueOrDefault(flow.To);
                if (s == 1) loops.Add(flow.Code);
                else if (s == 0) Visit(flow.To);
            }
            state[node] = 2;
        }
        foreach (var start in doc.Processes.Select(p => p.Code).OrderByDescending(c => internalFlows.All(f => f.To != c)))
            if (state.GetValueOrDefault(start) == 0) Visit(start);

        var edges = ordinary.Where(f => !loops.Contains(f.Code)).Select(f => (f.From, f.To)).ToList();
        foreach (var flow in internalFlows.Where(f => f.Roles.HasFlag(FlowRoles.Recycled)))
        {
            if (Reaches(edges, flow.To, flow.From)) loops.Add(flow.Code);
            else edges.Add((flow.From, flow.To));
        }
        return loops;
    }

    private static bool Reaches(List<(string From, string To)> edges, string from, string to)
    {
        var seen = new HashSet<string> { from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var node))
        {
            if (node == to) return true;
            foreach (var (_, next) in edges.Where(e => e.From == node))
                if (seen.Add(next)) queue.Enqueue(next);
        }
        return false;
    }
}
