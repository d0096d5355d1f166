using CircularPark.Data;
using CircularPark.Engines.Symbiosis;
using CircularPark.Enterprises;
using CircularPark.Identity;
using CircularPark.Parks;

namespace CircularPark.Chains;

public enum ChainNodeType
{
    Enterprise,
    Material,
    /// <summary>Suppliers or users outside the park.</summary>
    Outside,
}

/// <summary>
/// A node of the chain graph at its layout position: enterprises in columns by their depth along the chains (vertical
/// extension, left to right), each stream as a material node just right of its producer. <see cref="Group"/> is the
/// enterprise's GB/T 4754 division (e.g. "C39"), the colour of its chain.
/// </summary>
public sealed record ChainNode(string Id, string Name, ChainNodeType Type, string? Group, StreamKind? Kind, double X, double Y,
    double? TonnesPerYear, bool Gap, bool Hazardous, bool IsExample);

/// <summary>A link of the graph, t/yr; <see cref="Coupling"/> when it joins enterprises of different divisions (horizontal coupling).</summary>
public sealed record ChainLink(string Source, string Target, StreamKind Kind, double TonnesPerYear, string Label, bool Coupling);

/// <summary>The chain graph of a park (empty unless <c>Access.CanSee</c>).</summary>
public sealed record ChainGraphView(ParkRights Access, IReadOnlyList<ChainNode> Nodes, IReadOnlyList<ChainLink> Links, IReadOnlyList<string> Divisions);

/// <summary>The chain graph of a park: enterprises, the materials they put out and who uses them, laid out in layers.</summary>
public sealed class GetChainGraph(AppDbContext db)
{
    public async Task<ChainGraphView?> ExecuteAsync(int parkId, AccessScope user, CancellationToken ct = default)
    {
        var access = await ParkRights.LoadAsync(db, parkId, user, ct);
        if (access is null) return null;
        if (!access.CanSee) return new ChainGraphView(access, [], [], []);
        var enterprises = await GetParkEnterprises.LoadAsync(db, parkId, ct);
        var graphs = ParkGraphs.From(enterprises);
        var gaps = ChainGapAnalysis.Analyse(graphs.Graph, RouteKnowledgeBase.Empty).UnusedStreams
            .Select(g => graphs.Streams[g.Stream.Id].Stream.Id).ToHashSet();
        var (nodes, links) = new ChainLayout(enterprises, gaps).Build();
        return new ChainGraphView(access, nodes, links,
            [.. nodes.Where(n => n.Type == ChainNodeType.Enterprise).Select(n => n.Group!).Distinct().Order(StringComparer.Ordinal)]);
    }
}
