using System.Diagnostics;
using System.Globalization;
using CircularPark.Engines.Indicators;
using CircularPark.Engines.Indicators.Achievement;
using CircularPark.Engines.Indicators.Carbon;
using CircularPark.Engines.Indicators.Data;
using CircularPark.Engines.Indicators.Library;

namespace CircularPark.Bench;

/// <summary>
/// Pure-engine recompute: raw statistics for 3,000 parks × 10 years generated in memory (seeded), converted to
/// canonical units, energy and CO₂ per carrier, the 30 built-in indicators through the parsed and compiled
/// formulas (baseline = each park's first year), then roll-ups of every indicator per city and year.
/// Options: --parks N --years N --seed N.
/// </summary>
public sealed class IndicatorBenchmark : IBenchmark
{
    public string Name => "indicators-engine";
    public string Description => "30 indicators for 3,000 parks x 10 years from raw statistics (pure engine)";

    public Task<int> RunAsync(string[] args)
    {
        var parks = Option(args, "--parks", 3_000);
        var years = Option(args, "--years", 10);
        var raw = Generate(parks, years, Option(args, "--seed", 20_261_123));

        var cpu = Environment.ProcessorCount > 0 ? System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime : TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        var watch = Stopwatch.StartNew();
        var library = IndicatorCompiler.Compile(DataItemCatalogue.BuiltIn, BuiltInIndicators.All);
        var calculator = EnergyCarbonCalculator.Create(library.Catalogue, CoefficientSets.ChinaDefault).Calculator;
        var engine = new IndicatorEngine(library, calculator);
        var compile = Lap(watch);

        var values = raw.Select(park => park.Select(year => NormalizedStatistics.From(year, library.Catalogue)).ToList()).ToList();
        var normalise = Lap(watch);

        var results = values.Select(park =>
        {
            var baseline = engine.Baseline(new ParkYearValues(park[0].Year, park[0].Values));
            return park.Select(year => engine.Compute(new ParkYearValues(year.Year, year.Values), baseline)).ToList();
        }).ToList();
        var compute = Lap(watch);

        var rollUps = RollUpAll(library, results, years);
        var rollUp = Lap(watch);
        total.Stop();

        var computed = results.Sum(park => park.Sum(year => year.Indicators.Count(i => i.IsComputed)));
        var expected = parks * years * library.Indicators.Count;
        Print($"indicators-engine: {parks:N0} parks x {years} years x {library.Indicators.Count} indicators = {expected:N0} values, {computed:N0} computed");
        Print($"  compile {compile:F1} ms, normalise {normalise:F1} ms, energy+indicators {compute:F1} ms, roll-ups ({rollUps:N0}) {rollUp:F1} ms");
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        Print($"  total {total.Elapsed.TotalMilliseconds:F1} ms wall, {cpuMs:F1} ms CPU (goal: well under 5,000 ms)");
        return Task.FromResult(computed == expected && library.Diagnostics.Count == 0 ? 0 : 1);
    }

    /// <summary>Every indicator rolled up per city (30 cities) and year, as ratios of sums.</summary>
    private static int RollUpAll(IndicatorLibrary library, List<List<ParkYearResult>> results, int years)
    {
        var count = 0;
        for (var y = 0; y < years; y++)
        {
            foreach (var (indicator, index) in library.Indicators.Select((indicator, index) => (indicator, index)))
            {
                var cities = RollUp.ByGroup(indicator, results.Select((park, p) => (City: p % 30, Value: park[y].Indicators[index])));
                count += cities.Count;
            }
        }
        return count;
    }

    /// <summary>Each park's statistics for <paramref name="years"/> years from <paramref name="firstYear"/>, reproducible from the seed.</summary>
    internal static List<List<ParkYearStatistics>> Generate(int parks, int years, int seed, int firstYear = 2014)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, parks).Select(_ => Park(random, years, firstYear))];
    }

    private static List<ParkYearStatistics> Park(Random random, int years, int firstYear)
    {
        var size = 0.2 + random.NextDouble() * 5; // parks differ in size by a factor of 25
        var growth = 1.02 + random.NextDouble() * 0.08;
        return [.. Enumerable.Range(0, years).Select(y => Year(random, firstYear + y, size * Math.Pow(growth, y)))];
    }

    private static ParkYearStatistics Year(Random random, int year, double size)
    {
        double R(double scale) => Math.Round(scale * size * (0.8 + random.NextDouble() * 0.4), 2);
        var generated = R(400_000);
        var stock = R(20_000);
        return new ParkYearStatistics(year,
        [
            new("VA", R(500_000)) { PriceBaseYear = 2010 }, new("GO", R(1_800_000)) { PriceBaseYear = 2010 },
            new("E_COAL", R(100_000)), new("E_GAS", R(10_000_000), "m³"), new("E_OIL", R(3_000)),
            new("E_ELEC", R(500_000_000), "kWh"), new("E_HEAT", R(20_000)), new("E_STEAM", R(5_000)), new("E_OTHER", R(1_000)),
            new("W_TAP", R(8_000_000)), new("W_SELF", R(2_000_000)), new("W_REUSED", R(40_000_000)),
            new("LAND", R(1_000), "公顷"), new("MINERAL", R(200), "万吨"),
            new("SW_GEN", generated), new("SW_UTIL_STOCK", stock), new("SW_UTIL", Math.Round((generated + stock) * 0.85, 2)),
            new("SW_STORED", R(13_000)), new("SW_DISPOSED", R(30_000)), new("HW", R(5_000)), new("WW", R(600), "万m³"),
            new("COD", R(300)), new("NH3N", R(30)), new("SO2", R(800_000), "kg"), new("NOX", R(1_200)), new("PM", R(400)),
            new("DW_RECOVERY_RATE", Math.Round(40 + random.NextDouble() * 50, 1)), new("CP_AUDIT_RATE", Math.Round(random.NextDouble() * 100, 1)),
        ]);
    }

    private static double Lap(Stopwatch watch)
    {
        var ms = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        return ms;
    }

    internal static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static void Print(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
