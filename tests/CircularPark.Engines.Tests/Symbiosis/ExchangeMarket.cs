using CircularPark.Engines.Symbiosis;

namespace CircularPark.Engines.Tests.Symbiosis;

/// <summary>Intent-revealing builders for waste-exchange tests: everything at one place, all year, free disposal,
/// unless the test says otherwise.</summary>
internal static class ExchangeMarket
{
    public static readonly DateOnly January1 = new(2026, 1, 1);
    public static readonly DateOnly December31 = new(2026, 12, 31);
    public static readonly GeoPoint Park = new(31.0, 121.0);

    public static WasteOffer Offer(string id, double tonnes, string material = "gypsum", double disposal = 0, string? supplier = null) =>
        new(id, supplier ?? "S-" + id, material, material, tonnes, January1, December31, Park, disposal);

    public static WasteNeed Need(string id, double tonnes, string material = "gypsum", double virgin = 100, string? receiver = null, string industry = "3024") =>
        new(id, receiver ?? "R-" + id, industry, material, tonnes, January1, December31, Park, virgin);

    public static WasteExchangeProblem Problem(IReadOnlyList<WasteOffer> offers, IReadOnlyList<WasteNeed> needs, double rate = 1, double co2 = 0.1) =>
        new(offers, needs, new TransportTerms(rate, co2));

    public static Dictionary<(string OfferId, string NeedId), double> Distances(params (string Offer, string Need, double Km)[] pairs) =>
        pairs.ToDictionary(p => (p.Offer, p.Need), p => p.Km);
}
