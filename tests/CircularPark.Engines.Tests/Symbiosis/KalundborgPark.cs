using CircularPark.Engines.Symbiosis;

namespace CircularPark.Engines.Tests.Symbiosis;

/// <summary>A Kalundborg-like park (quantities rounded, per year) and a route knowledge base with the routes its streams need.</summary>
internal static class KalundborgPark
{
    public const double GypsumTonnes = 200_000;
    public const double FlyAshTonnes = 120_000;

    public static ParkGraph Graph { get; } = new(
        [
            new("power", "Asnæs power station", "4411"),
            new("plasterboard", "Gyproc plasterboard plant", "3024"),
            new("cement", "Aalborg Portland cement plant", "3011"),
            new("refinery", "Statoil refinery", "2511"),
            new("fertiliser", "Kemira fertiliser plant", "2622"),
            new("fish", "Fish farm", "0412"),
            new("pharma", "Novo Nordisk pharmaceutical plant", "2761"),
            new("farms", "Farms", "0112"),
        ],
        [
            new("gypsum", "power", "FGD-gypsum", "desulphurisation-gypsum", StreamKind.ByProduct, GypsumTonnes),
            new("fly-ash", "power", "fly-ash", "fly-ash", StreamKind.ByProduct, FlyAshTonnes),
            new("cooling-water", "power", "warm-cooling-water", "warm-water", StreamKind.Water, 700_000),
            new("steam", "power", "steam", "steam", StreamKind.Energy, 500_000),
            new("sulphur", "refinery", "sulphur", "sulphur", StreamKind.ByProduct, 20_000),
            new("sludge", "pharma", "biological-sludge", "biological-sludge", StreamKind.Waste, 150_000),
            new("plasterboard-product", "plasterboard", "plasterboard", "building-board", StreamKind.Product, 300_000),
            new("cement-product", "cement", "cement", "cement", StreamKind.Product, 1_500_000),
        ],
        [
            new("plasterboard-gypsum", "plasterboard", "FGD-gypsum", GypsumTonnes, BoughtOutsidePark: false),
            new("plasterboard-paper", "plasterboard", "liner-paper", 15_000, BoughtOutsidePark: true),
            new("cement-limestone", "cement", "limestone", 1_800_000, BoughtOutsidePark: true),
            new("refinery-crude", "refinery", "crude-oil", 5_000_000, BoughtOutsidePark: true),
            new("pharma-sugar", "pharma", "glucose", 60_000, BoughtOutsidePark: true),
        ],
        [
            new("gypsum", "plasterboard"),
            new("fly-ash", "cement"),
            new("sulphur", "fertiliser"),
            new("cooling-water", "fish"),
            new("steam", "refinery") { TonnesPerYear = 300_000 },
            new("steam", "pharma") { TonnesPerYear = 200_000 },
            new("sludge", "farms"),
        ]);

    public static RouteKnowledgeBase Routes { get; } = new(
    [
        new("desulphurisation-gypsum", "plasterboard", ["3024"], ["natural-gypsum"]),
        new("desulphurisation-gypsum", "cement set retarder", ["3011"], ["natural-gypsum"]),
        new("fly-ash", "cement admixture", ["301"], ["clay"]),
        new("fly-ash", "concrete and bricks", ["3021", "3031"], ["clay", "sand"]),
        new("sulphur", "sulphuric acid", ["2611", "262"], ["sulphur"]),
        new("biological-sludge", "soil improver", ["01"], ["fertiliser"]),
    ]);
}
