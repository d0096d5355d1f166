using CircularPark.Engines.Symbiosis;
using static CircularPark.Engines.Tests.Symbiosis.KalundborgPark;

namespace CircularPark.Engines.Tests.Symbiosis;

public class ChainGapTests
{
    [Fact]
    public void The_kalundborg_like_park_has_no_chain_gap()
    {
        var report = ChainGapAnalysis.Analyse(Graph, Routes);

        Assert.False(report.HasGaps);
        Assert.Empty(report.Issues);
    }

    [Fact]
    public void Without_the_plasterboard_plant_200_kt_of_gypsum_a_year_is_a_gap_that_the_cement_plant_could_fill()
    {
        var report = ChainGapAnalysis.Analyse(Graph.WithoutEnterprise("plasterboard"), Routes);

        var gap = Assert.Single(report.UnusedStreams);
        Assert.Equal(("gypsum", GypsumTonnes, false), (gap.Stream.Id, gap.UnusedTonnesPerYear, gap.HasParkUser));
        Assert.Equal(["plasterboard", "cement set retarder"], gap.Candidates.Select(c => c.Route.Use));
        Assert.Equal([[], ["cement"]], gap.Candidates.Select(c => c.ParkReceiverIds));
    }

    [Fact]
    public void Without_the_cement_plant_fly_ash_is_a_gap_whose_routes_need_a_chain_filling_project()
    {
        var report = ChainGapAnalysis.Analyse(Graph.WithoutEnterprise("cement"), Routes);

        var gap = Assert.Single(report.UnusedStreams);
        Assert.Equal(("fly-ash", FlyAshTonnes), (gap.Stream.Id, gap.UnusedTonnesPerYear));
        Assert.All(gap.Candidates, c => Assert.Empty(c.ParkReceiverIds));
        Assert.Equal(2, gap.Candidates.Count);
    }

    [Fact]
    public void A_stream_used_only_in_part_is_a_gap_for_the_rest()
    {
        var graph = Graph with { Links = [.. Graph.Links.Where(l => l.StreamId != "steam"), new StreamLink("steam", "pharma") { TonnesPerYear = 200_000 }] };

        var gap = Assert.Single(ChainGapAnalysis.Analyse(graph, Routes).UnusedStreams);

        Assert.Equal(("steam", 300_000.0, true), (gap.Stream.Id, gap.UnusedTonnesPerYear, gap.HasParkUser));
    }

    [Theory]
    [InlineData(GapOrder.ByMass, new[] { "gypsum", "fly-ash", "spent-catalyst" })]
    [InlineData(GapOrder.HazardFirst, new[] { "spent-catalyst", "gypsum", "fly-ash" })]
    public void Gaps_are_ranked_by_mass_or_with_hazardous_streams_first(GapOrder order, string[] expected)
    {
        var catalyst = new MaterialStream("spent-catalyst", "refinery", "spent-catalyst", "spent-catalyst", StreamKind.Waste, 500)
        {
            HazardCode = HazardousWasteCode.Parse("251-016-50"),
        };
        var withoutReceivers = Graph.WithoutEnterprise("plasterboard").WithoutEnterprise("cement");
        var graph = withoutReceivers with { Streams = [.. withoutReceivers.Streams, catalyst] };

        var report = ChainGapAnalysis.Analyse(graph, Routes, new ChainGapOptions(order));

        Assert.Equal(expected, report.UnusedStreams.Select(g => g.Stream.Id));
    }

    [Fact]
    public void Main_products_without_a_park_user_are_reported_only_when_asked()
    {
        var report = ChainGapAnalysis.Analyse(Graph, Routes, new ChainGapOptions(IncludeProducts: true));

        Assert.Equal(["cement-product", "plasterboard-product"], report.UnusedStreams.Select(g => g.Stream.Id));
    }

    [Fact]
    public void An_input_bought_outside_is_suppliable_by_a_park_stream_with_spare_mass_through_a_route_or_the_same_material()
    {
        var graph = Graph with
        {
            Inputs = [.. Graph.Inputs, new("cement-gypsum", "cement", "natural-gypsum", 40_000, true), new("fertiliser-sulphur", "fertiliser", "sulphur", 5_000, true)],
            Links = [.. Graph.Links.Where(l => l.StreamId is not ("gypsum" or "sulphur")), new StreamLink("gypsum", "plasterboard") { TonnesPerYear = 150_000 }],
        };

        var report = ChainGapAnalysis.Analyse(graph, Routes);

        Assert.Equal(["cement-gypsum", "fertiliser-sulphur"], report.SuppliableInputs.Select(s => s.Input.Id));
        var gypsum = Assert.Single(report.SuppliableInputs[0].Candidates);
        Assert.Equal(("gypsum", 50_000.0, "cement set retarder"), (gypsum.Stream.Id, gypsum.UnusedTonnesPerYear, gypsum.Route?.Use));
        var sulphur = Assert.Single(report.SuppliableInputs[1].Candidates);
        Assert.Equal(("sulphur", (UtilisationRoute?)null), (sulphur.Stream.Id, sulphur.Route));
    }

    [Fact]
    public void Data_problems_are_returned_as_issues_and_the_offending_items_skipped()
    {
        var graph = Graph with
        {
            Streams = [.. Graph.Streams, new("orphan", "nobody", "slag", "slag", StreamKind.Waste, 10), new("negative", "power", "ash", "ash", StreamKind.Waste, -1)],
            Links = [.. Graph.Links, new StreamLink("missing", "cement"), new StreamLink("sulphur", "fertiliser") { TonnesPerYear = 1 }],
        };

        var report = ChainGapAnalysis.Analyse(graph, Routes);

        Assert.Equal(
            [new(GraphIssueKind.UnknownEnterprise, "orphan"), new(GraphIssueKind.InvalidQuantity, "negative"), new(GraphIssueKind.UnknownStream, "missing"), new GraphIssue(GraphIssueKind.OverusedStream, "sulphur")],
            report.Issues);
        Assert.False(report.HasGaps);
    }
}
