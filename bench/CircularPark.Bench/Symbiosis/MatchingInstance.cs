using System.Globalization;
using CircularPark.Engines.Symbiosis;

namespace CircularPark.Bench.Symbiosis;

/// <summary>
/// A seeded random waste-exchange market of 2,000 offers × 2,000 needs with exactly 100,000 feasible pairs:
/// 40 material blocks of 50 offers and 50 needs, every pair inside a block feasible (same material, quality within
/// limits, overlapping windows, permits held for the hazardous blocks). A route also makes each block's offers
/// compatible with the previous block's needs; those 97,500 pairs are screened out by their time windows, so the
/// screening is exercised too. Locations spread over about 250 × 280 km of the Yangtze delta.
/// </summary>
internal static class MatchingInstance
{
    public const int Blocks = 40, PerBlock = 50;

    public static WasteExchangeProblem Create(int seed)
    {
        var random = new Random(seed);
        var offers = new List<WasteOffer>();
        var needs = new List<WasteNeed>();
        var permits = new List<HazardousWastePermit>();
        for (var b = 0; b < Blocks; b++)
        {
            var code = b % 5 == 0 ? HazardousWasteCode.Parse(string.Create(CultureInfo.InvariantCulture, $"900-{100 + b:000}-49")) : null;
            var windowStart = new DateOnly(2026, 1, 1).AddDays(9 * b);
            for (var k = 0; k < PerBlock; k++)
            {
                offers.Add(Offer(random, b, k, windowStart, code));
                var need = Need(random, b, k, windowStart);
                needs.Add(need);
                if (code is not null) permits.Add(new HazardousWastePermit(need.ReceiverId, [k % 2 == 0 ? code.Category : code.Value]));
            }
        }
        var routes = Enumerable.Range(1, Blocks - 1).Select(b => new UtilisationRoute(Category(b), "substitute", [], [Material(b - 1)]));
        return new WasteExchangeProblem(offers, needs, new TransportTerms(RateYuanPerTonneKm: 0.6, Co2KgPerTonneKm: 0.1))
        {
            Permits = permits,
            Routes = new RouteKnowledgeBase(routes),
        };
    }

    private static WasteOffer Offer(Random random, int b, int k, DateOnly windowStart, HazardousWasteCode? code) =>
        new(Id("O", b, k), Id("S", b, k / 2), Material(b), Category(b), Tonnes(random),
            windowStart.AddDays(random.Next(0, 3)), windowStart.AddDays(4 + random.Next(0, 5)), Location(random), Yuan(random, 50, 800))
        {
            Quality = new Dictionary<string, double> { ["purity"] = 90 + random.Next(0, 100) / 10.0, ["moisture"] = random.Next(0, 100) / 10.0 },
            HazardCode = code,
        };

    private static WasteNeed Need(Random random, int b, int k, DateOnly windowStart) =>
        new(Id("N", b, k), Id("R", b, k), "3011", Material(b), Tonnes(random),
            windowStart.AddDays(random.Next(0, 5)), windowStart.AddDays(4 + random.Next(0, 5)), Location(random), Yuan(random, 100, 1200))
        {
            QualityLimits = [new QualityLimit("purity", Min: 85), new QualityLimit("moisture", Max: 12)],
        };

    private static string Id(string prefix, int b, int k) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{b:00}-{k:00}");

    private static string Material(int b) => string.Create(CultureInfo.InvariantCulture, $"m{b:00}");

    private static string Category(int b) => string.Create(CultureInfo.InvariantCulture, $"c{b:00}");

    private static double Tonnes(Random random) => random.Next(10_000, 5_000_001) / 1000.0;

    private static double Yuan(Random random, int min, int max) => random.Next(min * 100, max * 100 + 1) / 100.0;

    private static GeoPoint Location(Random random) => new(30.0 + random.NextDouble() * 2.5, 119.0 + random.NextDouble() * 3.0);
}
