using CircularPark.Engines.Symbiosis;

namespace CircularPark.Engines.Tests.Symbiosis;

/// <summary>Random markets, seeded: the rules are re-checked here, independently of the engine's screening.</summary>
public class WasteExchangePropertyTests
{
    private static readonly string[] Materials = ["gypsum", "slag", "spent-acid"];
    private static readonly HazardousWasteCode[] Codes = [.. new[] { "900-041-49", "900-300-34", "336-064-17" }.Select(HazardousWasteCode.Parse)];

    private static readonly int[] SeedValues = [.. Enumerable.Range(1, 30).Select(s => s * 104729)];

    public static TheoryData<int> Seeds => [.. SeedValues];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Hazardous_waste_never_reaches_a_receiver_without_the_permit_and_limits_and_windows_always_hold(int seed)
    {
        var problem = RandomMarket(new Random(seed));

        var plan = WasteExchange.Match(problem);

        Assert.Equal(MinCostFlowStatus.Optimal, plan.Status);
        foreach (var a in plan.Allocations)
        {
            var offer = problem.Offers.Single(o => o.Id == a.OfferId);
            var need = problem.Needs.Single(n => n.Id == a.NeedId);
            if (offer.HazardCode is { } code)
            {
                Assert.Contains(problem.Permits, p => p.ReceiverId == need.ReceiverId
                    && (p.Scope.Contains(code.Value) || p.Scope.Contains(code.Category)));
            }
            Assert.All(need.QualityLimits, l => Assert.True(offer.Quality.TryGetValue(l.Attribute, out var v)
                && v >= (l.Min ?? double.MinValue) && v <= (l.Max ?? double.MaxValue), $"{offer.Id}→{need.Id} breaks {l.Attribute}"));
            Assert.True(offer.AvailableFrom <= need.NeededTo && need.NeededFrom <= offer.AvailableTo);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mass_is_conserved_per_offer_and_need_and_the_savings_of_the_parties_add_up(int seed)
    {
        var problem = RandomMarket(new Random(seed));

        var plan = WasteExchange.Match(problem);

        foreach (var o in problem.Offers)
        {
            var shipped = plan.Allocations.Where(a => a.OfferId == o.Id).Sum(a => a.Tonnes);
            Assert.Equal(o.Tonnes, shipped + plan.Disposed.Where(d => d.Id == o.Id).Sum(d => d.Tonnes), 6);
        }
        foreach (var n in problem.Needs)
        {
            var received = plan.Allocations.Where(a => a.NeedId == n.Id).Sum(a => a.Tonnes);
            Assert.Equal(n.Tonnes, received + plan.VirginBought.Where(v => v.Id == n.Id).Sum(v => v.Tonnes), 6);
        }
        var t = plan.Totals;
        Assert.Equal(t.TotalCostYuan, t.TransportCostYuan + t.DisposalCostYuan + t.VirginCostYuan, tolerance: 1e-6);
        Assert.Equal(t.SavingsYuan, plan.Parties.Sum(p => p.SavingYuan), tolerance: 1e-6);
        Assert.All(plan.Parties, p => Assert.True(p.SavingYuan >= 0, $"{p.PartyId} loses {p.SavingYuan}"));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_plan_is_an_optimal_flow_of_its_network(int seed)
    {
        var network = WasteExchange.Build(RandomMarket(new Random(seed)));

        var result = NetworkSimplex.Solve(network.Flow);

        FlowCertificate.AssertOptimal(network.Flow, result);
        Assert.Equal(result.TotalCost / WasteExchangeNetwork.CostUnitsPerYuan, network.Report(result).Totals.TotalCostYuan, 6);
    }

    [Fact]
    public void The_random_markets_exercise_every_rule_so_the_properties_above_are_not_vacuous()
    {
        var plans = SeedValues.Select(s => RandomMarket(new Random(s))).Select(m => (Problem: m, Plan: WasteExchange.Match(m))).ToList();

        var reasons = plans.SelectMany(p => p.Plan.Exclusions).Aggregate(PairExclusionReasons.None, (all, e) => all | e.Reasons);
        Assert.Equal(PairExclusionReasons.HazardousWithoutPermit | PairExclusionReasons.TimeWindow | PairExclusionReasons.QualityLimit, reasons);
        Assert.Contains(plans, p => p.Plan.Allocations.Any(a => p.Problem.Offers.Single(o => o.Id == a.OfferId).HazardCode is not null));
        Assert.Contains(plans, p => p.Plan.Allocations.Any(a => a.Route is not null));
    }

    private static WasteExchangeProblem RandomMarket(Random random)
    {
        var start = new DateOnly(2026, 1, 1);
        GeoPoint Somewhere() => new(30 + random.NextDouble(), 120 + random.NextDouble());
        var offers = Enumerable.Range(0, 30).Select(i => new WasteOffer(
            $"O{i}", $"S{i % 12}", Materials[random.Next(3)], "residue", Math.Round(random.NextDouble() * 500, 3),
            start.AddDays(random.Next(200)), start.AddDays(200 + random.Next(165)), Somewhere(), random.Next(0, 400))
        {
            Quality = new Dictionary<string, double> { ["purity"] = 80 + random.Next(20), ["moisture"] = random.Next(20) },
            HazardCode = random.Next(3) == 0 ? Codes[random.Next(Codes.Length)] : null,
        }).ToList();
        var needs = Enumerable.Range(0, 30).Select(j => new WasteNeed(
            $"N{j}", $"R{j % 10}", "3011", Materials[random.Next(3)], Math.Round(random.NextDouble() * 500, 3),
            start.AddDays(random.Next(300)), start.AddDays(300 + random.Next(65)), Somewhere(), random.Next(50, 600))
        {
            QualityLimits = [new("purity", Min: 85 + random.Next(10)), new("moisture", Max: 5 + random.Next(15))],
        }).ToList();
        var permits = Enumerable.Range(0, 10).Where(_ => random.Next(2) == 0)
            .Select(r => new HazardousWastePermit($"R{r}", [random.Next(2) == 0 ? Codes[random.Next(3)].Category : Codes[random.Next(3)].Value]))
            .ToList();
        var routes = new RouteKnowledgeBase([new UtilisationRoute("residue", "filler", ["30"], ["slag"])]);
        return new WasteExchangeProblem(offers, needs, new TransportTerms(0.8, 0.1)) { Permits = permits, Routes = routes };
    }
}
