using CircularPark.Data;
using CircularPark.Engines.Symbiosis;
using CircularPark.Enterprises;
using CircularPark.Identity;
using CircularPark.Parks;

namespace CircularPark.Chains;

/// <summary>A route that could close a gap; the park's enterprises in its receiving industries (empty: 补链 needed).</summary>
public sealed record CandidateView(int RouteId, string CategoryZh, string CategoryEn, string UseZh, string UseEn,
    IReadOnlyList<string> ReceivingIndustries, IReadOnlyList<string> ParkReceivers)
{
    /// <summary>No enterprise of the park can take it this way: a chain-filling project would have to bring one in.</summary>
    public bool NeedsChainFilling => ParkReceivers.Count == 0;
}

/// <summary>A stream, or the part of it, that no enterprise of the park uses. Mass in t/yr.</summary>
public sealed record GapView(int StreamId, string StreamName, int EnterpriseId, string EnterpriseName, StreamKind Kind, string MaterialCode,
    string Category, string? HazardCode, bool Hazardous, double TonnesPerYear, double UnusedTonnesPerYear, bool HasParkUser,
    IReadOnlyList<CandidateView> Candidates);

/// <summary>A park stream with spare mass that could replace an input bought outside; the route that makes it fit (null: same material).</summary>
public sealed record SupplyView(int StreamId, string StreamName, string EnterpriseName, double UnusedTonnesPerYear, int? RouteId, string? UseZh, string? UseEn);

public sealed record SuppliableInputView(int InputId, string InputName, string MaterialCode, int EnterpriseId, string EnterpriseName,
    double TonnesPerYear, IReadOnlyList<SupplyView> Candidates);

/// <summary>The chain-gap report of a park (empty unless <c>Access.CanSee</c>).</summary>
public sealed record ChainGapsView(ParkRights Access, GapOrder Order, IReadOnlyList<GapView> Gaps, IReadOnlyList<SuppliableInputView> SuppliableInputs)
{
    public double UnusedTonnesPerYear => Gaps.Sum(g => g.UnusedTonnesPerYear);

    /// <summary>How many streams the park's enterprises record: with none, "no gap" would claim every stream is used.</summary>
    public int Streams { get; init; }
}

/// <summary>
/// The chain gaps of a park (ADR 0022): streams with no or partial use in the park ranked by mass (or hazardous
/// first), inputs bought outside that a park stream could supply, and the knowledge base's routes for each gap.
/// </summary>
public sealed class GetChainGaps(AppDbContext db)
{
    public async Task<ChainGapsView?> ExecuteAsync(int parkId, GapOrder order, AccessScope user, CancellationToken ct = default)
    {
        var access = await ParkRights.LoadAsync(db, parkId, user, ct);
        if (access is null) return null;
        if (!access.CanSee) return new ChainGapsView(access, order, [], []);
        var graphs = ParkGraphs.From(await GetParkEnterprises.LoadAsync(db, parkId, ct));
        var routes = await RouteKnowledge.LoadAsync(db, ct);
        var report = ChainGapAnalysis.Analyse(graphs.Graph, routes.Base, new ChainGapOptions(order));
        return new ChainGapsView(access, order,
            [.. report.UnusedStreams.Select(g => Gap(g, graphs, routes))],
            [.. report.SuppliableInputs.Select(s => Suppliable(s, graphs, routes))]) { Streams = graphs.Streams.Count };
    }

    private static GapView Gap(StreamGap gap, ParkGraphs graphs, RouteKnowledge routes)
    {
        var (enterprise, stream) = graphs.Streams[gap.Stream.Id];
        return new GapView(stream.Id, stream.Name, enterprise.Id, enterprise.Name, stream.Kind, stream.MaterialCode, gap.Stream.MaterialCategory,
            stream.HazardCode, gap.Stream.IsHazardous, stream.TonnesPerYear, gap.UnusedTonnesPerYear, gap.HasParkUser,
            [.. gap.Candidates.Select(c =>
            {
                var route = routes.Stored(c.Route);
                return new CandidateView(route.Id, route.CategoryZh, route.CategoryEn, route.UseZh, route.UseEn, c.Route.ReceivingIndustries,
                    [.. c.ParkReceiverIds.Select(id => graphs.Enterprises[id].Name)]);
            })]);
    }

    private static SuppliableInputView Suppliable(SuppliableInput s, ParkGraphs graphs, RouteKnowledge routes)
    {
        var (enterprise, input) = graphs.Inputs[s.Input.Id];
        return new SuppliableInputView(input.Id, input.Name, input.MaterialCode, enterprise.Id, enterprise.Name, input.TonnesPerYear,
            [.. s.Candidates.Select(c =>
            {
                var (producer, stream) = graphs.Streams[c.Stream.Id];
                var route = c.Route is null ? null : routes.Stored(c.Route);
                return new SupplyView(stream.Id, stream.Name, producer.Name, c.UnusedTonnesPerYear, route?.Id, route?.UseZh, route?.UseEn);
            })]);
    }
}
