namespace CircularPark.Engines.Symbiosis;

/// <summary>One shipment of the optimal plan. Money in yuan, mass in t, distance in km, CO₂ in kg.</summary>
/// <param name="OfferId">The offer shipped from.</param>
/// <param name="NeedId">The need shipped to.</param>
/// <param name="SupplierId">The offer's supplier.</param>
/// <param name="ReceiverId">The need's receiver.</param>
/// <param name="Tonnes">Mass shipped, t (a whole number of kg).</param>
/// <param name="DistanceKm">Known distance, or the great-circle distance.</param>
/// <param name="TransportCostPerTonne">Distance × rate, rounded to 0.01 yuan/t (the figure the optimisation used).</param>
/// <param name="TransportCostYuan">Tonnes × transport cost per tonne.</param>
/// <param name="Co2Kg">Tonnes × distance × emission factor.</param>
/// <param name="SupplierSavingYuan">Avoided disposal minus the supplier's share of transport (see <see cref="WasteExchangePlan"/>).</param>
/// <param name="ReceiverSavingYuan">Avoided virgin material minus the receiver's share of transport.</param>
/// <param name="Route">The route that made the materials compatible; null when the material codes are equal.</param>
public sealed record ExchangeAllocation(
    string OfferId, string NeedId, string SupplierId, string ReceiverId, double Tonnes, double DistanceKm,
    double TransportCostPerTonne, double TransportCostYuan, double Co2Kg, double SupplierSavingYuan, double ReceiverSavingYuan,
    UtilisationRoute? Route);

/// <summary>What is left of an offer (sent to disposal) or of a need (bought as virgin material).</summary>
/// <param name="Id">The offer or need.</param>
/// <param name="Tonnes">Mass left, t.</param>
/// <param name="CostYuan">Its disposal or virgin-material cost, yuan.</param>
public sealed record ExchangeRemainder(string Id, double Tonnes, double CostYuan);

/// <summary>The role of a party in the exchange.</summary>
public enum ExchangeRole
{
    /// <summary>Offers residual streams.</summary>
    Supplier,

    /// <summary>Takes them in place of virgin material.</summary>
    Receiver,
}

/// <summary>What one enterprise saves in one role, yuan (0 for a party that takes part in no shipment).</summary>
/// <param name="PartyId">Supplier or receiver id.</param>
/// <param name="Role">Its role.</param>
/// <param name="SavingYuan">Sum of its savings over the allocations.</param>
public sealed record PartySaving(string PartyId, ExchangeRole Role, double SavingYuan);

/// <summary>Totals of a plan. Money in yuan, mass in t, CO₂ in kg.</summary>
/// <param name="TonnesOffered">Σ offers.</param>
/// <param name="TonnesNeeded">Σ needs.</param>
/// <param name="TonnesDiverted">Σ allocations: residues diverted from disposal into use.</param>
/// <param name="TransportCostYuan">Σ transport costs.</param>
/// <param name="DisposalCostYuan">Cost of disposing of what is not matched.</param>
/// <param name="VirginCostYuan">Cost of the virgin material bought for unmet needs.</param>
/// <param name="TotalCostYuan">Transport + disposal + virgin: the minimised objective.</param>
/// <param name="BaselineCostYuan">Cost without exchange: every offer disposed of, every need bought virgin.</param>
/// <param name="SavingsYuan">Baseline − total = Σ party savings.</param>
/// <param name="TransportCo2Kg">CO₂ of the transport.</param>
public sealed record ExchangeTotals(
    double TonnesOffered, double TonnesNeeded, double TonnesDiverted, double TransportCostYuan, double DisposalCostYuan,
    double VirginCostYuan, double TotalCostYuan, double BaselineCostYuan, double SavingsYuan, double TransportCo2Kg);

/// <summary>
/// The optimal exchange plan. Savings split, per allocation of q t with disposal cost d, virgin cost v and
/// transport cost t (yuan/t): the receiver pays the transport up to its avoided virgin cost, the supplier pays any
/// excess, so the receiver saves q·max(0, v − t) and the supplier q·(d − max(0, t − v)). The two add up to the
/// system saving q·(d + v − t); with d, v ≥ 0 neither party loses, because the plan ships only when t ≤ d + v.
/// </summary>
/// <param name="Status">Status of the flow solve (Optimal for any valid problem: disposal and virgin arcs always balance it).</param>
/// <param name="Allocations">Shipments, ordered by offer then need as given.</param>
/// <param name="Disposed">Unmatched remainder of each offer with any left.</param>
/// <param name="VirginBought">Unmet remainder of each need with any left.</param>
/// <param name="Parties">Savings of every supplier and receiver, suppliers first, in order of first appearance.</param>
/// <param name="Totals">Totals.</param>
/// <param name="FeasiblePairs">Pairs that became arcs.</param>
/// <param name="IncompatiblePairs">Pairs whose materials are not compatible (not listed).</param>
/// <param name="Exclusions">Compatible pairs excluded by a permit, time window or quality limit, with the reasons.</param>
public sealed record WasteExchangePlan(
    MinCostFlowStatus Status,
    IReadOnlyList<ExchangeAllocation> Allocations,
    IReadOnlyList<ExchangeRemainder> Disposed,
    IReadOnlyList<ExchangeRemainder> VirginBought,
    IReadOnlyList<PartySaving> Parties,
    ExchangeTotals Totals,
    int FeasiblePairs,
    long IncompatiblePairs,
    IReadOnlyList<PairExclusion> Exclusions);
