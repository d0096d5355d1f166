using System.Globalization;
using CircularPark.Engines.Symbiosis;
using static CircularPark.Engines.Tests.Symbiosis.ExchangeMarket;

namespace CircularPark.Engines.Tests.Symbiosis;

public class WasteExchangeTests
{
    [Fact]
    public void The_transport_case_costs_8600_yuan_and_sends_900_tonnes_to_disposal()
    {
        string[] needs = ["N1", "N2", "N3", "N4", "N5"];
        double[] demand = [500, 900, 1800, 200, 700];
        double[][] km = [[2, 4, 5, 2, 1], [3, 1, 3, 2, 3]];
        var problem = Problem([Offer("A", 1000), Offer("B", 4000)], [.. needs.Select((n, j) => Need(n, demand[j]))]) with
        {
            KnownDistancesKm = Distances([.. needs.Select((n, j) => ("A", n, km[0][j])), .. needs.Select((n, j) => ("B", n, km[1][j]))]),
        };

        var plan = WasteExchange.Match(problem);

        Assert.Equal(MinCostFlowStatus.Optimal, plan.Status);
        Assert.Equal(8600, plan.Totals.TotalCostYuan);
        Assert.Equal(8600, plan.Totals.TransportCostYuan);
        Assert.Equal(4100, plan.Totals.TonnesDiverted);
        Assert.Equal(900, plan.Disposed.Sum(d => d.Tonnes));
        Assert.Empty(plan.VirginBought);
        Assert.Equal(4100 * 100 - 8600, plan.Totals.SavingsYuan);
    }

    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "HW49" }, true)]
    [InlineData(new[] { "hw49 " }, true)]
    [InlineData(new[] { "900-041-49" }, true)]
    [InlineData(new[] { "900-042-49" }, false)]
    [InlineData(new[] { "HW08", "900-041-08" }, false)]
    public void Hazardous_waste_goes_only_to_a_receiver_whose_permit_covers_its_code_or_category(string[] scope, bool matched)
    {
        var offer = Offer("O", 10, "spent-solvent", disposal: 3000) with { HazardCode = HazardousWasteCode.Parse("900-041-49") };
        var problem = Problem([offer], [Need("N", 10, "spent-solvent", receiver: "R")]) with
        {
            Permits = [new HazardousWastePermit("R", scope), new HazardousWastePermit("Other", ["HW49"])],
        };

        var plan = WasteExchange.Match(problem);

        Assert.Equal(matched, plan.Allocations.Count == 1);
        Assert.Equal(matched ? [] : [PairExclusionReasons.HazardousWithoutPermit], plan.Exclusions.Select(e => e.Reasons));
    }

    [Theory]
    [InlineData(95.0, 8.0, null)]
    [InlineData(95.0, 10.0, null)] // limits are inclusive
    [InlineData(95.0, 12.0, "moisture")]
    [InlineData(85.0, 8.0, "purity")]
    [InlineData(null, 8.0, "purity")] // a missing attribute fails its limit
    public void An_offer_outside_a_quality_limit_is_excluded_with_the_failed_attribute(double? purity, double moisture, string? failed)
    {
        var quality = new Dictionary<string, double> { ["moisture"] = moisture };
        if (purity is { } p) quality["purity"] = p;
        var need = Need("N", 10) with { QualityLimits = [new("purity", Min: 90), new("moisture", Max: 10)] };

        var plan = WasteExchange.Match(Problem([Offer("O", 10) with { Quality = quality }], [need]));

        Assert.Equal(failed is null ? 1 : 0, plan.Allocations.Count);
        Assert.Equal(failed is null ? [] : [failed], plan.Exclusions.SelectMany(e => e.FailedAttributes));
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-31", "2026-03-31", "2026-06-30", true)] // one common day
    [InlineData("2026-03-01", "2026-03-31", "2026-04-01", "2026-06-30", false)]
    [InlineData("2026-07-01", "2026-07-31", "2026-01-01", "2026-06-30", false)]
    public void A_pair_is_feasible_only_when_availability_and_need_overlap(string from, string to, string needFrom, string needTo, bool feasible)
    {
        var offer = Offer("O", 10) with { AvailableFrom = Day(from), AvailableTo = Day(to) };
        var need = Need("N", 10) with { NeededFrom = Day(needFrom), NeededTo = Day(needTo) };

        var plan = WasteExchange.Match(Problem([offer], [need]));

        Assert.Equal(feasible ? 1 : 0, plan.FeasiblePairs);
        Assert.Equal(feasible ? [] : [PairExclusionReasons.TimeWindow], plan.Exclusions.Select(e => e.Reasons));
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Every_violated_rule_of_a_pair_is_reported_together()
    {
        var offer = Offer("O", 10) with { HazardCode = HazardousWasteCode.Parse("772-002-18"), AvailableTo = new DateOnly(2026, 1, 31) };
        var need = Need("N", 10) with { NeededFrom = new DateOnly(2026, 6, 1), QualityLimits = [new("chloride", Max: 0.06)] };

        var exclusion = Assert.Single(WasteExchange.Match(Problem([offer], [need])).Exclusions);

        Assert.Equal(PairExclusionReasons.HazardousWithoutPermit | PairExclusionReasons.TimeWindow | PairExclusionReasons.QualityLimit, exclusion.Reasons);
    }

    [Theory]
    [InlineData("3011", true)] // cement manufacture lies under group 301
    [InlineData("C3012", true)] // section letter ignored
    [InlineData("3021", false)] // concrete: not a receiving industry of this route
    public void Different_materials_match_through_a_route_to_a_receiving_industry(string industry, bool matched)
    {
        var routes = new RouteKnowledgeBase([new UtilisationRoute("fly-ash", "cement admixture", ["301"], ["clay"])]);
        var problem = Problem([Offer("O", 50, "fly-ash", disposal: 20)], [Need("N", 40, "clay", industry: industry)]) with { Routes = routes };

        var plan = WasteExchange.Match(problem);

        Assert.Equal(matched ? 40 : 0, plan.Totals.TonnesDiverted);
        Assert.Equal(matched ? 0 : 1, plan.IncompatiblePairs);
        if (matched) Assert.Equal("cement admixture", plan.Allocations.Single().Route?.Use);
    }

    [Theory]
    [InlineData(10, 5000, 2000)] // transport 10 < virgin 30: the receiver keeps 30 − 10, the supplier all of its disposal
    [InlineData(40, 4000, 0)] // transport 40 > virgin 30: the supplier pays the 10 above the receiver's saving
    public void Savings_are_split_so_the_receiver_pays_transport_up_to_its_virgin_cost(double km, double supplierSaving, double receiverSaving)
    {
        var problem = Problem([Offer("O", 100, disposal: 50)], [Need("N", 100, virgin: 30)]) with { KnownDistancesKm = Distances(("O", "N", km)) };

        var plan = WasteExchange.Match(problem);

        var allocation = Assert.Single(plan.Allocations);
        Assert.Equal((supplierSaving, receiverSaving), (allocation.SupplierSavingYuan, allocation.ReceiverSavingYuan));
        Assert.Equal(100 * (50 + 30 - km), plan.Totals.SavingsYuan);
        Assert.Equal([supplierSaving, receiverSaving], plan.Parties.Select(p => p.SavingYuan));
    }

    [Fact]
    public void A_pair_whose_transport_costs_more_than_disposal_and_virgin_material_together_is_not_used()
    {
        var problem = Problem([Offer("O", 100, disposal: 50)], [Need("N", 100, virgin: 30)]) with { KnownDistancesKm = Distances(("O", "N", 81)) };

        var plan = WasteExchange.Match(problem);

        Assert.Empty(plan.Allocations);
        Assert.Equal(1, plan.FeasiblePairs);
        Assert.Equal(0, plan.Totals.SavingsYuan);
        Assert.Equal((100.0, 100.0), (plan.Disposed.Single().Tonnes, plan.VirginBought.Single().Tonnes));
    }

    [Fact]
    public void Without_a_known_distance_the_great_circle_distance_prices_transport_and_co2()
    {
        var offer = Offer("O", 10, disposal: 500) with { Location = new GeoPoint(0, 100) };
        var need = Need("N", 10, virgin: 500) with { Location = new GeoPoint(0, 101) };

        var allocation = Assert.Single(WasteExchange.Match(Problem([offer], [need], rate: 0.5, co2: 0.1)).Allocations);

        Assert.Equal(111.195, allocation.DistanceKm, 3); // one degree of the equator: 2π × 6371.0088 km / 360
        Assert.Equal(55.60, allocation.TransportCostPerTonne); // rounded to 0.01 yuan/t
        Assert.Equal(556.0, allocation.TransportCostYuan, 6);
        Assert.Equal(10 * 111.195 * 0.1, allocation.Co2Kg, 2);
    }

    [Fact]
    public void Beijing_to_shanghai_is_about_1068_km_on_the_great_circle()
    {
        var km = new GeoPoint(39.9042, 116.4074).DistanceKmTo(new GeoPoint(31.2304, 121.4737));

        Assert.InRange(km, 1060, 1075);
    }

    [Theory]
    [InlineData("900-041-49", "HW49", 49)]
    [InlineData(" 261-084-45 ", "HW45", 45)]
    [InlineData("193-001-21", "HW21", 21)]
    public void A_hazardous_waste_code_names_its_category_in_its_last_two_digits(string text, string category, int number)
    {
        var code = HazardousWasteCode.Parse(text);

        Assert.Equal((category, number), (code.Category, code.CategoryNumber));
    }

    [Theory]
    [InlineData("HW49")]
    [InlineData("900-041-51")]
    [InlineData("900-041-00")]
    [InlineData("900041-49")]
    [InlineData("90a-041-49")]
    [InlineData("")]
    public void Malformed_hazardous_waste_codes_are_not_codes(string text)
    {
        Assert.False(HazardousWasteCode.TryParse(text, out _));
        Assert.Throws<FormatException>(() => HazardousWasteCode.Parse(text));
    }

    public static TheoryData<WasteExchangeProblem> MalformedProblems => new()
    {
        Problem([Offer("O", 1), Offer("O", 2)], []),
        Problem([Offer("O", -1)], []),
        Problem([], [Need("N", double.NaN)]),
        Problem([Offer("O", 1) with { AvailableFrom = December31, AvailableTo = January1 }], []),
        Problem([Offer("O", 1) with { Location = new GeoPoint(91, 0) }], []),
        Problem([Offer("O", 1)], [], rate: -1),
    };

    [Theory]
    [MemberData(nameof(MalformedProblems))]
    public void Malformed_markets_are_rejected(WasteExchangeProblem problem)
    {
        Assert.Throws<ArgumentException>(() => WasteExchange.Match(problem));
    }
}
