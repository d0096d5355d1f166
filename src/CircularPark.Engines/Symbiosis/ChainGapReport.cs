namespace CircularPark.Engines.Symbiosis;

/// <summary>How unused streams are ranked.</summary>
public enum GapOrder
{
    /// <summary>Largest unused mass first.</summary>
    ByMass,

    /// <summary>Hazardous streams first, each group by unused mass.</summary>
    HazardFirst,
}

/// <summary>Options of the chain-gap analysis.</summary>
/// <param name="Order">Ranking of unused streams.</param>
/// <param name="IncludeProducts">Also report main products no park enterprise takes (off by default: products are sold).</param>
/// <param name="ToleranceTonnesPerYear">Unused mass at or below this is not a gap, t/yr.</param>
public sealed record ChainGapOptions(GapOrder Order = GapOrder.ByMass, bool IncludeProducts = false, double ToleranceTonnesPerYear = 0.001);

/// <summary>A route that could close a gap, and the park enterprises (other than the producer) in its receiving industries.</summary>
/// <param name="Route">The utilisation route.</param>
/// <param name="ParkReceiverIds">Enterprises already in the park that the route's industries cover (horizontal coupling);
/// empty: a chain-filling (补链) project would have to bring one in. Empty too when the route names no industry.</param>
public sealed record ChainFillingCandidate(UtilisationRoute Route, IReadOnlyList<string> ParkReceiverIds);

/// <summary>A stream (or part of one) that no enterprise of the park uses.</summary>
/// <param name="Stream">The stream.</param>
/// <param name="UnusedTonnesPerYear">Stream mass minus what park users take, t/yr.</param>
/// <param name="HasParkUser">False: no user at all inside the park; true: used only in part.</param>
/// <param name="Candidates">Routes of the stream's category from the knowledge base.</param>
public sealed record StreamGap(MaterialStream Stream, double UnusedTonnesPerYear, bool HasParkUser, IReadOnlyList<ChainFillingCandidate> Candidates);

/// <summary>A park stream with spare mass that could replace an input bought outside.</summary>
/// <param name="Stream">The stream.</param>
/// <param name="UnusedTonnesPerYear">Its spare mass, t/yr.</param>
/// <param name="Route">The route that makes it fit; null when the material codes are equal.</param>
public sealed record InputSupplyCandidate(MaterialStream Stream, double UnusedTonnesPerYear, UtilisationRoute? Route);

/// <summary>An input bought from outside that park streams could supply, with the candidates by spare mass.</summary>
/// <param name="Input">The input.</param>
/// <param name="Candidates">Streams that could supply it, largest spare mass first.</param>
public sealed record SuppliableInput(MaterialInput Input, IReadOnlyList<InputSupplyCandidate> Candidates);

/// <summary>What is wrong in the graph data (returned, not thrown; the analysis skips the offending item).</summary>
public enum GraphIssueKind
{
    /// <summary>An enterprise, stream or input id occurs twice (later ones are skipped).</summary>
    DuplicateId,

    /// <summary>A stream or input belongs to no enterprise of the park (skipped).</summary>
    UnknownEnterprise,

    /// <summary>A link names no known stream (skipped).</summary>
    UnknownStream,

    /// <summary>Park users take more than the stream's mass (unused counted as 0).</summary>
    OverusedStream,

    /// <summary>A quantity is negative or not a number (the item is skipped).</summary>
    InvalidQuantity,
}

/// <summary>One data issue.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Id">The enterprise, stream, input, or (for links) stream id concerned.</param>
public sealed record GraphIssue(GraphIssueKind Kind, string Id);

/// <summary>The chain-gap report of a park.</summary>
/// <param name="UnusedStreams">Streams with no or partial use in the park, ranked as asked.</param>
/// <param name="SuppliableInputs">Inputs bought outside that park streams could supply, largest input first.</param>
/// <param name="Issues">Data issues found.</param>
public sealed record ChainGapReport(IReadOnlyList<StreamGap> UnusedStreams, IReadOnlyList<SuppliableInput> SuppliableInputs, IReadOnlyList<GraphIssue> Issues)
{
    /// <summary>True when there is an unused stream or a suppliable input.</summary>
    public bool HasGaps => UnusedStreams.Count > 0 || SuppliableInputs.Count > 0;
}
