namespace CircularPark.Engines.Symbiosis;

/// <summary>
/// Builds and solves the waste-exchange matching model; see docs/adr/0021-waste-exchange-matching-model.md.
/// </summary>
public static class WasteExchange
{
    /// <summary>Validates the problem, screens the pairs and builds the flow network (without solving it).</summary>
    /// <exception cref="ArgumentException">Malformed input (see <see cref="WasteExchangeProblem.Validate"/>).</exception>
    public static WasteExchangeNetwork Build(WasteExchangeProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        problem.Validate();
        return new WasteExchangeNetwork(problem, new PairScreening(problem).Run());
    }

    /// <summary>Builds the network, solves it with <see cref="NetworkSimplex"/> and reports the optimal plan.</summary>
    /// <exception cref="ArgumentException">Malformed input (see <see cref="WasteExchangeProblem.Validate"/>).</exception>
    public static WasteExchangePlan Match(WasteExchangeProblem problem)
    {
        var network = Build(problem);
        return network.Report(NetworkSimplex.Solve(network.Flow));
    }
}

/// <summary>
/// The min-cost-flow network of a waste-exchange problem. Nodes: offers 0..O−1 (supply = offered kg), needs
/// O..O+N−1 (demand = needed kg), a virgin-material source V = O+N (supply Σ needs) and a disposal sink D = O+N+1
/// (demand Σ offers). Arcs, in this order: one per feasible pair (capacity min of the two quantities, cost =
/// transport per tonne); offer → D (disposal cost); V → need (virgin cost); V → D (cost 0, carries the matched
/// mass, so the network is always balanced and feasible). Flow unit 1 kg; cost 0.01 yuan/t per kg, i.e. 10⁻⁵ yuan.
/// </summary>
public sealed class WasteExchangeNetwork
{
    /// <summary>Flow units (kg) per tonne.</summary>
    public const double KilogramsPerTonne = 1000;

    /// <summary>Cost per flow unit is counted in 0.01 yuan per tonne: this many units per yuan/t.</summary>
    public const double CostUnitsPerYuanPerTonne = 100;

    /// <summary>Objective units per yuan: 1 kg × 0.01 yuan/t = 10⁻⁵ yuan.</summary>
    public const double CostUnitsPerYuan = KilogramsPerTonne * CostUnitsPerYuanPerTonne;

    private readonly List<FeasiblePair> _pairs;
    private readonly long[] _transport, _disposal, _virgin;

    internal WasteExchangeNetwork(WasteExchangeProblem problem, PairScreening screening)
    {
        Problem = problem;
        _pairs = screening.Feasible;
        Exclusions = screening.Excluded;
        IncompatiblePairs = screening.IncompatibleCount;
        var (offers, needs) = (problem.Offers, problem.Needs);
        OfferKg = [.. offers.Select(o => ToKg(o.Tonnes))];
        NeedKg = [.. needs.Select(n => ToKg(n.Tonnes))];
        _disposal = [.. offers.Select(o => ToCost(o.DisposalCostPerTonne))];
        _virgin = [.. needs.Select(n => ToCost(n.VirginCostPerTonne))];
        _transport = [.. _pairs.Select(p => ToCost(p.DistanceKm * problem.Transport.RateYuanPerTonneKm))];
        Flow = BuildFlow(offers.Count, needs.Count);
    }

    /// <summary>The problem the network was built from.</summary>
    public WasteExchangeProblem Problem { get; }

    /// <summary>The flow problem (node and arc layout in the class summary).</summary>
    public MinCostFlowProblem Flow { get; }

    /// <summary>Number of feasible pairs, i.e. pair arcs (the first arcs of <see cref="Flow"/>).</summary>
    public int FeasiblePairs => _pairs.Count;

    /// <summary>Compatible pairs excluded by a hard rule, with reasons.</summary>
    public IReadOnlyList<PairExclusion> Exclusions { get; }

    /// <summary>Pairs whose materials are not compatible.</summary>
    public long IncompatiblePairs { get; }

    /// <summary>Offered quantities in flow units (kg), by offer.</summary>
    public IReadOnlyList<long> OfferKg { get; }

    /// <summary>Needed quantities in flow units (kg), by need.</summary>
    public IReadOnlyList<long> NeedKg { get; }

    /// <summary>Turns a solution of <see cref="Flow"/> into the plan; see <see cref="WasteExchangePlan"/>.</summary>
    /// <exception cref="ArgumentException">The result does not belong to this network (wrong number of flows).</exception>
    public WasteExchangePlan Report(MinCostFlowResult result) => new ExchangePlanWriter(this, result).Write();

    internal FeasiblePair Pair(int k) => _pairs[k];

    internal long TransportCost(int k) => _transport[k];

    internal long DisposalCost(int offer) => _disposal[offer];

    internal long VirginCost(int need) => _virgin[need];

    private MinCostFlowProblem BuildFlow(int offerCount, int needCount)
    {
        var (virgin, disposal) = (offerCount + needCount, offerCount + needCount + 1);
        var supplies = new long[offerCount + needCount + 2];
        var arcs = new List<FlowArc>(_pairs.Count + offerCount + needCount + 1);
        for (var k = 0; k < _pairs.Count; k++)
        {
            var (i, j) = (_pairs[k].Offer, _pairs[k].Need);
            arcs.Add(new FlowArc(i, offerCount + j, Math.Min(OfferKg[i], NeedKg[j]), _transport[k]));
        }
        for (var i = 0; i < offerCount; i++)
        {
            (supplies[i], supplies[disposal]) = (OfferKg[i], supplies[disposal] - OfferKg[i]);
            arcs.Add(new FlowArc(i, disposal, FlowArc.Unlimited, _disposal[i]));
        }
        for (var j = 0; j < needCount; j++)
        {
            (supplies[offerCount + j], supplies[virgin]) = (-NeedKg[j], supplies[virgin] + NeedKg[j]);
            arcs.Add(new FlowArc(virgin, offerCount + j, FlowArc.Unlimited, _virgin[j]));
        }
        arcs.Add(new FlowArc(virgin, disposal, FlowArc.Unlimited, 0));
        return new MinCostFlowProblem(supplies, arcs);
    }

    private static long ToKg(double tonnes) => checked((long)Math.Round(tonnes * KilogramsPerTonne, MidpointRounding.AwayFromZero));

    private static long ToCost(double yuanPerTonne) => checked((long)Math.Round(yuanPerTonne * CostUnitsPerYuanPerTonne, MidpointRounding.AwayFromZero));
}
