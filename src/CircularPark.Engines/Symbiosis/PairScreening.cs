namespace CircularPark.Engines.Symbiosis;

/// <summary>Why a pair of compatible materials was not made an arc of the exchange network.</summary>
[Flags]
public enum PairExclusionReasons
{
    /// <summary>No reason: the pair is feasible.</summary>
    None = 0,

    /// <summary>The offer is hazardous waste and the receiver holds no permit covering its code or category.</summary>
    HazardousWithoutPermit = 1,

    /// <summary>The offer's availability and the need's window do not overlap by a single day.</summary>
    TimeWindow = 2,

    /// <summary>An attribute is outside the need's limits or missing from the offer.</summary>
    QualityLimit = 4,
}

/// <summary>A pair whose materials are compatible but which violates a hard rule, with every rule it violates.</summary>
/// <param name="OfferId">The offer.</param>
/// <param name="NeedId">The need.</param>
/// <param name="Reasons">All violated rules.</param>
/// <param name="FailedAttributes">The quality attributes that failed, in the order of the need's limits.</param>
public sealed record PairExclusion(string OfferId, string NeedId, PairExclusionReasons Reasons, IReadOnlyList<string> FailedAttributes);

/// <summary>A feasible pair: an arc of the network.</summary>
internal readonly record struct FeasiblePair(int Offer, int Need, double DistanceKm, UtilisationRoute? Route);

/// <summary>Finds the compatible pairs (equal material codes, or a route from the offer's category to the need's
/// material and industry), then keeps those meeting permits, time windows and quality limits. Needs are indexed by
/// material, so the work grows with the compatible pairs, not with offers × needs.</summary>
internal sealed class PairScreening
{
    private readonly WasteExchangeProblem _problem;
    private readonly Dictionary<string, List<int>> _needsByMaterial = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<HazardousWastePermit>> _permits = new(StringComparer.Ordinal);

    public PairScreening(WasteExchangeProblem problem)
    {
        _problem = problem;
        for (var j = 0; j < problem.Needs.Count; j++) Add(_needsByMaterial, problem.Needs[j].MaterialCode, j);
        foreach (var permit in problem.Permits) Add(_permits, permit.ReceiverId, permit);
    }

    public List<FeasiblePair> Feasible { get; } = [];

    public List<PairExclusion> Excluded { get; } = [];

    /// <summary>Pairs of offers and needs whose materials are not compatible (counted, not listed).</summary>
    public long IncompatibleCount { get; private set; }

    public PairScreening Run()
    {
        var stamp = new int[_problem.Needs.Count];
        long compatible = 0;
        for (var i = 0; i < _problem.Offers.Count; i++)
        {
            var offer = _problem.Offers[i];
            foreach (var j in _needsByMaterial.GetValueOrDefault(offer.MaterialCode, []))
            {
                stamp[j] = i + 1;
                compatible++;
                Screen(i, j, null);
            }
            foreach (var route in _problem.Routes.RoutesFor(offer.MaterialCategory))
            {
                foreach (var material in route.Replaces)
                {
                    foreach (var j in _needsByMaterial.GetValueOrDefault(material, []))
                    {
                        if (stamp[j] == i + 1 || !route.AcceptsIndustry(_problem.Needs[j].ReceiverIndustry)) continue;
                        stamp[j] = i + 1;
                        compatible++;
                        Screen(i, j, route);
                    }
                }
            }
        }
        IncompatibleCount = (long)_problem.Offers.Count * _problem.Needs.Count - compatible;
        return this;
    }

    private void Screen(int i, int j, UtilisationRoute? route)
    {
        var (offer, need) = (_problem.Offers[i], _problem.Needs[j]);
        var reasons = PairExclusionReasons.None;
        if (offer.HazardCode is { } code && !_permits.GetValueOrDefault(need.ReceiverId, []).Any(p => p.Covers(code)))
            reasons |= PairExclusionReasons.HazardousWithoutPermit;
        if (offer.AvailableFrom > need.NeededTo || need.NeededFrom > offer.AvailableTo)
            reasons |= PairExclusionReasons.TimeWindow;
        var failed = FailedAttributes(offer, need);
        if (failed.Count > 0) reasons |= PairExclusionReasons.QualityLimit;
        if (reasons != PairExclusionReasons.None)
        {
            Excluded.Add(new PairExclusion(offer.Id, need.Id, reasons, failed));
            return;
        }
        var distance = _problem.KnownDistancesKm.TryGetValue((offer.Id, need.Id), out var known) ? known : offer.Location.DistanceKmTo(need.Location);
        Feasible.Add(new FeasiblePair(i, j, distance, route));
    }

    private static List<string> FailedAttributes(WasteOffer offer, WasteNeed need)
    {
        List<string>? failed = null;
        foreach (var limit in need.QualityLimits)
        {
            if (offer.Quality.TryGetValue(limit.Attribute, out var value) && limit.Admits(value)) continue;
            (failed ??= []).Add(limit.Attribute);
        }
        return failed ?? [];
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(value);
    }
}
