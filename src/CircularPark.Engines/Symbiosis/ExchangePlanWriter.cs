namespace CircularPark.Engines.Symbiosis;

/// <summary>Reads a flow solution of a <see cref="WasteExchangeNetwork"/> back into offers, needs and parties.
/// Money is summed exactly in objective units (10⁻⁵ yuan) and converted to yuan once.</summary>
internal sealed class ExchangePlanWriter(WasteExchangeNetwork network, MinCostFlowResult result)
{
    private readonly WasteExchangeProblem _problem = network.Problem;
    private readonly Dictionary<(string, ExchangeRole), Int128> _saving = [];
    private readonly List<(string, ExchangeRole)> _parties = [];
    private Int128 _transportCost, _disposalCost, _virginCost, _baseline;
    private long _divertedKg;
    private double _co2Kg;

    public WasteExchangePlan Write()
    {
        if (result.Flows.Count != network.Flow.Arcs.Count) throw new ArgumentException("The result does not belong to this network.", nameof(result));
        foreach (var o in _problem.Offers) Party(o.SupplierId, ExchangeRole.Supplier);
        foreach (var n in _problem.Needs) Party(n.ReceiverId, ExchangeRole.Receiver);
        var allocations = Allocations();
        var (disposed, virgin) = Remainders();
        var total = _transportCost + _disposalCost + _virginCost;
        var totals = new ExchangeTotals(
            Tonnes(network.OfferKg.Sum()), Tonnes(network.NeedKg.Sum()), Tonnes(_divertedKg), Yuan(_transportCost),
            Yuan(_disposalCost), Yuan(_virginCost), Yuan(total), Yuan(_baseline), Yuan(_baseline - total), _co2Kg);
        var parties = _parties.Select(p => new PartySaving(p.Item1, p.Item2, Yuan(_saving[p]))).ToList();
        return new WasteExchangePlan(result.Status, allocations, disposed, virgin, parties, totals,
            network.FeasiblePairs, network.IncompatiblePairs, network.Exclusions);
    }

    private List<ExchangeAllocation> Allocations()
    {
        var list = new List<ExchangeAllocation>();
        for (var k = 0; k < network.FeasiblePairs; k++)
        {
            var kg = result.Flows[k];
            if (kg == 0) continue;
            var pair = network.Pair(k);
            var (offer, need) = (_problem.Offers[pair.Offer], _problem.Needs[pair.Need]);
            var (t, d, v) = (network.TransportCost(k), network.DisposalCost(pair.Offer), network.VirginCost(pair.Need));
            Int128 supplier = (Int128)kg * (d - Math.Max(0, t - v)), receiver = (Int128)kg * Math.Max(0, v - t);
            _saving[(offer.SupplierId, ExchangeRole.Supplier)] += supplier;
            _saving[(need.ReceiverId, ExchangeRole.Receiver)] += receiver;
            _transportCost += (Int128)kg * t;
            _divertedKg += kg;
            var tonnes = Tonnes(kg);
            var co2 = tonnes * pair.DistanceKm * _problem.Transport.Co2KgPerTonneKm;
            _co2Kg += co2;
            list.Add(new ExchangeAllocation(offer.Id, need.Id, offer.SupplierId, need.ReceiverId, tonnes, pair.DistanceKm,
                t / WasteExchangeNetwork.CostUnitsPerYuanPerTonne, Yuan((Int128)kg * t), co2, Yuan(supplier), Yuan(receiver), pair.Route));
        }
        return list;
    }

    private (List<ExchangeRemainder> Disposed, List<ExchangeRemainder> Virgin) Remainders()
    {
        var (offers, needs, pairs) = (_problem.Offers.Count, _problem.Needs.Count, network.FeasiblePairs);
        var disposed = new List<ExchangeRemainder>();
        for (var i = 0; i < offers; i++)
        {
            var (kg, price) = (result.Flows[pairs + i], network.DisposalCost(i));
            _baseline += (Int128)network.OfferKg[i] * price;
            _disposalCost += (Int128)kg * price;
            if (kg > 0) disposed.Add(new ExchangeRemainder(_problem.Offers[i].Id, Tonnes(kg), Yuan((Int128)kg * price)));
        }
        var virgin = new List<ExchangeRemainder>();
        for (var j = 0; j < needs; j++)
        {
            var (kg, price) = (result.Flows[pairs + offers + j], network.VirginCost(j));
            _baseline += (Int128)network.NeedKg[j] * price;
            _virginCost += (Int128)kg * price;
            if (kg > 0) virgin.Add(new ExchangeRemainder(_problem.Needs[j].Id, Tonnes(kg), Yuan((Int128)kg * price)));
        }
        return (disposed, virgin);
    }

    private void Party(string id, ExchangeRole role)
    {
        if (_saving.TryAdd((id, role), 0)) _parties.Add((id, role));
    }

    private static double Tonnes(long kg) => kg / WasteExchangeNetwork.KilogramsPerTonne;

    private static double Yuan(Int128 units) => (double)units / WasteExchangeNetwork.CostUnitsPerYuan;
}
