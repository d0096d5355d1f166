namespace CircularPark.Engines.Symbiosis;

/// <summary>
/// Chain-gap detection over a park's chain graph: streams no park enterprise uses (in whole or in part), inputs
/// bought outside that a park stream with spare mass could supply (same material code, or a route of the stream's
/// category that replaces the input in the consumer's industry), and for each gap the knowledge-base routes that
/// could fill it. Pure: graph and knowledge base in, report out; data problems come back as issues.
/// </summary>
public static class ChainGapAnalysis
{
    /// <summary>Analyses the park.</summary>
    /// <param name="graph">The park's chain graph.</param>
    /// <param name="routes">The utilisation-route knowledge base.</param>
    /// <param name="options">Ranking and tolerance; defaults when null.</param>
    public static ChainGapReport Analyse(ParkGraph graph, RouteKnowledgeBase routes, ChainGapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(routes);
        return new ChainGapRun(graph, routes, options ?? new ChainGapOptions()).Run();
    }
}

/// <summary>One analysis: indexes the graph, then derives gaps and suppliable inputs.</summary>
internal sealed class ChainGapRun(ParkGraph graph, RouteKnowledgeBase routes, ChainGapOptions options)
{
    private readonly List<GraphIssue> _issues = [];
    private readonly Dictionary<string, Enterprise> _enterprises = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MaterialStream> _streams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Used, bool HasParkUser)> _use = new(StringComparer.Ordinal);

    public ChainGapReport Run()
    {
        foreach (var e in graph.Enterprises)
        {
            if (!_enterprises.TryAdd(e.Id, e)) _issues.Add(new(GraphIssueKind.DuplicateId, e.Id));
        }
        foreach (var s in graph.Streams.Where(s => Valid(s.Id, s.EnterpriseId, s.TonnesPerYear)))
        {
            if (!_streams.TryAdd(s.Id, s)) _issues.Add(new(GraphIssueKind.DuplicateId, s.Id));
        }
        ApplyLinks();
        return new ChainGapReport(Gaps(), SuppliableInputs(), _issues);
    }

    private bool Valid(string id, string enterpriseId, double tonnes)
    {
        if (!double.IsFinite(tonnes) || tonnes < 0) _issues.Add(new(GraphIssueKind.InvalidQuantity, id));
        else if (!_enterprises.ContainsKey(enterpriseId)) _issues.Add(new(GraphIssueKind.UnknownEnterprise, id));
        else return true;
        return false;
    }

    private void ApplyLinks()
    {
        foreach (var link in graph.Links)
        {
            if (!_streams.TryGetValue(link.StreamId, out var stream))
            {
                _issues.Add(new(GraphIssueKind.UnknownStream, link.StreamId));
                continue;
            }
            if (!_enterprises.ContainsKey(link.UserEnterpriseId)) continue; // a user outside the park
            var taken = link.TonnesPerYear ?? stream.TonnesPerYear;
            if (!double.IsFinite(taken) || taken < 0)
            {
                _issues.Add(new(GraphIssueKind.InvalidQuantity, link.StreamId));
                continue;
            }
            var (used, _) = _use.GetValueOrDefault(stream.Id);
            _use[stream.Id] = (used + taken, true);
        }
        foreach (var (id, (used, _)) in _use)
        {
            if (used > _streams[id].TonnesPerYear + options.ToleranceTonnesPerYear) _issues.Add(new(GraphIssueKind.OverusedStream, id));
        }
    }

    private double Unused(MaterialStream s) => Math.Max(0, s.TonnesPerYear - _use.GetValueOrDefault(s.Id).Used);

    private List<StreamGap> Gaps()
    {
        var gaps = _streams.Values
            .Where(s => options.IncludeProducts || s.Kind != StreamKind.Product)
            .Select(s => (Stream: s, Unused: Unused(s)))
            .Where(x => x.Unused > options.ToleranceTonnesPerYear)
            .Select(x => new StreamGap(x.Stream, x.Unused, _use.GetValueOrDefault(x.Stream.Id).HasParkUser, Candidates(x.Stream)));
        var ranked = options.Order == GapOrder.HazardFirst ? gaps.OrderByDescending(g => g.Stream.IsHazardous) : gaps.OrderBy(_ => 0);
        return [.. ranked.ThenByDescending(g => g.UnusedTonnesPerYear).ThenBy(g => g.Stream.Id, StringComparer.Ordinal)];
    }

    private List<ChainFillingCandidate> Candidates(MaterialStream stream) =>
    [
        .. routes.RoutesFor(stream.MaterialCategory).Select(route => new ChainFillingCandidate(route,
            route.ReceivingIndustries.Count == 0 ? [] :
            [.. _enterprises.Values.Where(e => e.Id != stream.EnterpriseId && route.AcceptsIndustry(e.IndustryCode)).Select(e => e.Id)])),
    ];

    private List<SuppliableInput> SuppliableInputs()
    {
        var result = new List<SuppliableInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var spare = _streams.Values.Select(s => (Stream: s, Unused: Unused(s))).Where(x => x.Unused > options.ToleranceTonnesPerYear).ToList();
        foreach (var input in graph.Inputs.Where(i => Valid(i.Id, i.EnterpriseId, i.TonnesPerYear)))
        {
            if (!seen.Add(input.Id))
            {
                _issues.Add(new(GraphIssueKind.DuplicateId, input.Id));
                continue;
            }
            if (!input.BoughtOutsidePark) continue;
            var industry = _enterprises[input.EnterpriseId].IndustryCode;
            var candidates = spare
                .Select(x => (x.Stream, x.Unused, Same: x.Stream.MaterialCode == input.MaterialCode,
                    Route: routes.RouteFor(x.Stream.MaterialCategory, input.MaterialCode, industry)))
                .Where(x => x.Same || x.Route is not null)
                .OrderByDescending(x => x.Unused).ThenBy(x => x.Stream.Id, StringComparer.Ordinal)
                .Select(x => new InputSupplyCandidate(x.Stream, x.Unused, x.Same ? null : x.Route))
                .ToList();
            if (candidates.Count > 0) result.Add(new SuppliableInput(input, candidates));
        }
        return [.. result.OrderByDescending(s => s.Input.TonnesPerYear).ThenBy(s => s.Input.Id, StringComparer.Ordinal)];
    }
}
