namespace CircularPark.Engines.Symbiosis;

/// <summary>A quality limit of a need: the offer's attribute must lie in [Min, Max] (either bound optional).</summary>
/// <param name="Attribute">Attribute name, compared ordinally with the keys of <see cref="WasteOffer.Quality"/>.</param>
/// <param name="Min">Lowest admissible value, in the attribute's unit (e.g. % CaSO₄·2H₂O); null for none.</param>
/// <param name="Max">Highest admissible value (e.g. % moisture); null for none.</param>
public sealed record QualityLimit(string Attribute, double? Min = null, double? Max = null)
{
    /// <summary>True when the value satisfies both bounds.</summary>
    public bool Admits(double value) => !double.IsNaN(value) && (Min is not { } lo || value >= lo) && (Max is not { } hi || value <= hi);
}

/// <summary>An offer of a residual stream for one planning period.</summary>
/// <param name="Id">Unique among offers.</param>
/// <param name="SupplierId">The offering enterprise (savings are reported per supplier).</param>
/// <param name="MaterialCode">What is offered, e.g. "FGD-gypsum".</param>
/// <param name="MaterialCategory">Its category in the route knowledge base, e.g. "desulphurisation-gypsum".</param>
/// <param name="Tonnes">Quantity offered in the period, t ≥ 0 (used to the kilogram).</param>
/// <param name="AvailableFrom">First day it is available.</param>
/// <param name="AvailableTo">Last day it is available (≥ from).</param>
/// <param name="Location">Where it is collected.</param>
/// <param name="DisposalCostPerTonne">What disposing of it costs the supplier, yuan/t (used to 0.01 yuan/t).</param>
public sealed record WasteOffer(
    string Id, string SupplierId, string MaterialCode, string MaterialCategory, double Tonnes,
    DateOnly AvailableFrom, DateOnly AvailableTo, GeoPoint Location, double DisposalCostPerTonne)
{
    /// <summary>Measured quality attributes (name → value in the attribute's unit).</summary>
    public IReadOnlyDictionary<string, double> Quality { get; init; } = new Dictionary<string, double>();

    /// <summary>The hazardous-waste code when the stream is hazardous waste; null otherwise.</summary>
    public HazardousWasteCode? HazardCode { get; init; }
}

/// <summary>A need for a material in one planning period.</summary>
/// <param name="Id">Unique among needs.</param>
/// <param name="ReceiverId">The receiving enterprise (permits and savings are per receiver).</param>
/// <param name="ReceiverIndustry">Its GB/T 4754 industry code, matched against route receiving industries.</param>
/// <param name="MaterialCode">The input it needs, e.g. "natural-gypsum".</param>
/// <param name="Tonnes">Quantity needed in the period, t ≥ 0.</param>
/// <param name="NeededFrom">First day of need.</param>
/// <param name="NeededTo">Last day of need (≥ from).</param>
/// <param name="Location">Where it is delivered.</param>
/// <param name="VirginCostPerTonne">What the receiver pays per tonne of virgin material, yuan/t, delivered.</param>
public sealed record WasteNeed(
    string Id, string ReceiverId, string ReceiverIndustry, string MaterialCode, double Tonnes,
    DateOnly NeededFrom, DateOnly NeededTo, GeoPoint Location, double VirginCostPerTonne)
{
    /// <summary>Quality limits every matched offer must meet; an offer lacking a limited attribute fails it.</summary>
    public IReadOnlyList<QualityLimit> QualityLimits { get; init; } = [];
}

/// <summary>Transport terms for every pair.</summary>
/// <param name="RateYuanPerTonneKm">Freight rate, yuan per t·km, ≥ 0.</param>
/// <param name="Co2KgPerTonneKm">Emission factor of the transport, kg CO₂ per t·km, ≥ 0.</param>
public sealed record TransportTerms(double RateYuanPerTonneKm, double Co2KgPerTonneKm);

/// <summary>
/// A waste-exchange market for one period: offers, needs, transport terms, receivers' hazardous-waste permits,
/// the route knowledge base and, optionally, known (road) distances that replace the great-circle distance.
/// </summary>
/// <param name="Offers">The offers (ids unique).</param>
/// <param name="Needs">The needs (ids unique).</param>
/// <param name="Transport">Freight rate and CO₂ factor.</param>
public sealed record WasteExchangeProblem(IReadOnlyList<WasteOffer> Offers, IReadOnlyList<WasteNeed> Needs, TransportTerms Transport)
{
    /// <summary>Permits held by receivers; a receiver without one accepts no hazardous waste.</summary>
    public IReadOnlyList<HazardousWastePermit> Permits { get; init; } = [];

    /// <summary>Routes making different material codes compatible; empty: only equal codes are.</summary>
    public RouteKnowledgeBase Routes { get; init; } = RouteKnowledgeBase.Empty;

    /// <summary>Distances in km by (offer id, need id); pairs not listed use the haversine distance.</summary>
    public IReadOnlyDictionary<(string OfferId, string NeedId), double> KnownDistancesKm { get; init; } =
        new Dictionary<(string OfferId, string NeedId), double>();

    /// <summary>Throws for malformed input: missing or duplicate ids, negative or non-finite quantities, costs
    /// or rates, reversed time windows, coordinates out of range, negative known distances.</summary>
    /// <exception cref="ArgumentException">The first violation found, naming the record and the field.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Offers);
        ArgumentNullException.ThrowIfNull(Needs);
        Require(double.IsFinite(Transport.RateYuanPerTonneKm) && Transport.RateYuanPerTonneKm >= 0, "Transport.RateYuanPerTonneKm must be finite and ≥ 0.");
        Require(double.IsFinite(Transport.Co2KgPerTonneKm) && Transport.Co2KgPerTonneKm >= 0, "Transport.Co2KgPerTonneKm must be finite and ≥ 0.");
        RequireUnique(Offers.Select(o => o.Id), "offer");
        RequireUnique(Needs.Select(n => n.Id), "need");
        foreach (var o in Offers)
        {
            RequireParty(o.Id, o.SupplierId, o.Tonnes, o.DisposalCostPerTonne, o.Location, o.AvailableFrom, o.AvailableTo);
        }
        foreach (var n in Needs)
        {
            RequireParty(n.Id, n.ReceiverId, n.Tonnes, n.VirginCostPerTonne, n.Location, n.NeededFrom, n.NeededTo);
        }
        foreach (var d in KnownDistancesKm) Require(double.IsFinite(d.Value) && d.Value >= 0, $"Known distance {d.Key}: must be finite and ≥ 0 km.");
    }

    private static void RequireParty(string id, string party, double tonnes, double costPerTonne, GeoPoint at, DateOnly from, DateOnly to)
    {
        Require(!string.IsNullOrWhiteSpace(party), $"{id}: the enterprise id is missing.");
        Require(double.IsFinite(tonnes) && tonnes >= 0, $"{id}: Tonnes must be finite and ≥ 0.");
        Require(double.IsFinite(costPerTonne), $"{id}: the cost per tonne must be finite.");
        Require(at.IsValid, $"{id}: Location is outside −90…90 / −180…180 degrees.");
        Require(from <= to, $"{id}: the time window ends before it starts.");
    }

    private static void RequireUnique(IEnumerable<string> ids, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids) Require(!string.IsNullOrWhiteSpace(id) && seen.Add(id), $"The {what} id '{id}' is missing or repeated.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new ArgumentException(message);
    }
}
