using System.Globalization;
using CircularPark.Chains;
using CircularPark.Engines.Symbiosis;

namespace CircularPark.ExchangePlatform;

/// <summary>Turns the engine's plan into a stored run: allocations numbered in the plan's order, names resolved, the
/// remainders, party savings and exclusions kept as <see cref="RunDetails"/>.</summary>
internal sealed class MatchingRunWriter(IReadOnlyDictionary<int, ExchangeListing> listings, RouteKnowledge routes)
{
    public MatchingRun Write(WasteExchangePlan plan, TransportTerms terms)
    {
        var t = plan.Totals;
        var details = new RunDetails(
            [.. plan.Disposed.Select(Remainder)], [.. plan.VirginBought.Select(Remainder)],
            [.. plan.Parties.Select(p => new PartyView(Id(p.PartyId), EnterpriseName(p.PartyId), p.Role, p.SavingYuan))],
            [.. plan.Exclusions.Select(x => new ExclusionView(Id(x.OfferId), Id(x.NeedId), Listing(x.OfferId).Enterprise!.Name,
                Listing(x.NeedId).Enterprise!.Name, Listing(x.OfferId).MaterialCode, x.Reasons, x.FailedAttributes))]);
        return new MatchingRun
        {
            ScopeName = "", RunBy = "", DetailsJson = details.ToJson(),
            RateYuanPerTonneKm = terms.RateYuanPerTonneKm, Co2KgPerTonneKm = terms.Co2KgPerTonneKm, FeasiblePairs = plan.FeasiblePairs,
            TonnesOffered = t.TonnesOffered, TonnesNeeded = t.TonnesNeeded, TonnesDiverted = t.TonnesDiverted, TransportCostYuan = t.TransportCostYuan,
            DisposalCostYuan = t.DisposalCostYuan, VirginCostYuan = t.VirginCostYuan, TotalCostYuan = t.TotalCostYuan,
            BaselineCostYuan = t.BaselineCostYuan, SavingsYuan = t.SavingsYuan, TransportCo2Kg = t.TransportCo2Kg,
            Allocations = [.. plan.Allocations.Select((a, i) => Allocation(a, i + 1))],
        };
    }

    private ProposedExchange Allocation(ExchangeAllocation a, int number)
    {
        var (offer, need) = (Listing(a.OfferId), Listing(a.NeedId));
        return new ProposedExchange
        {
            Number = number, OfferId = offer.Id, NeedId = need.Id, SupplierId = offer.EnterpriseId, SupplierName = offer.Enterprise!.Name,
            ReceiverId = need.EnterpriseId, ReceiverName = need.Enterprise!.Name, MaterialCode = offer.MaterialCode, NeedMaterialCode = need.MaterialCode,
            Tonnes = a.Tonnes, DistanceKm = a.DistanceKm, TransportCostPerTonne = a.TransportCostPerTonne, TransportCostYuan = a.TransportCostYuan,
            Co2Kg = a.Co2Kg, SupplierSavingYuan = a.SupplierSavingYuan, ReceiverSavingYuan = a.ReceiverSavingYuan,
            RouteUse = a.Route is null ? null : routes.Stored(a.Route).UseZh,
        };
    }

    private RemainderView Remainder(ExchangeRemainder r)
    {
        var listing = Listing(r.Id);
        return new RemainderView(listing.Id, listing.Enterprise!.Name, listing.MaterialCode, r.Tonnes, r.CostYuan);
    }

    private ExchangeListing Listing(string id) => listings[Id(id)];

    private string EnterpriseName(string enterpriseId) => listings.Values.First(l => l.EnterpriseId == Id(enterpriseId)).Enterprise!.Name;

    private static int Id(string key) => int.Parse(key, NumberStyles.None, CultureInfo.InvariantCulture);
}
