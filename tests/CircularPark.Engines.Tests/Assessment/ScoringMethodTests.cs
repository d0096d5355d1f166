using CircularPark.Engines.Assessment;

namespace CircularPark.Engines.Tests.Assessment;

/// <summary>Each scoring method on its own, on three parks (A, B, C) with hand-computed points; an item of weight 10.</summary>
public class ScoringMethodTests
{
    public static readonly TheoryData<string, SchemeItem, double?[], double[]> Cases = new()
    {
        // floor 50 → 0, target 100 → 10: 75 → 5; above the target full, below the floor 0
        { "linear", Item(ScoringMethod.Linear) with { Floor = 50, Target = 100 }, [75, 120, 40], [5, 10, 0] },
        // lower is better by putting the target below the floor: 0.8 tce/万元 → 10, 1.2 → 0; 0.9 → 10 × (0.9 − 1.2) ÷ (0.8 − 1.2) = 7.5
        { "linear, lower is better", Item(ScoringMethod.Linear) with { Floor = 1.2, Target = 0.8 }, [0.9, 0.7, 1.3], [7.5, 10, 0] },
        // best 40: 30 → 7.5, 10 → 2.5; a negative growth scores 0
        { "share of best", Item(ScoringMethod.ShareOfBest), [30, 40, -5], [7.5, 10, 0] },
        // lowest 2: 4 → 10 × 2 ÷ 4 = 5
        { "share of best, lower", Item(ScoringMethod.ShareOfBest) with { LowerIsBetter = true }, [4, 2, 8], [5, 10, 2.5] },
        // without a step: first 10, last 0, middle 10 × (3 − 2) ÷ 2 = 5
        { "rank, even", Item(ScoringMethod.RankPoints), [5, 9, 1], [5, 10, 0] },
        // step 4: 10, 6, 2 … never below 0
        { "rank, step", Item(ScoringMethod.RankPoints) with { Step = 4 }, [5, 9, 1], [6, 10, 2] },
        { "rank, steep step", Item(ScoringMethod.RankPoints) with { Step = 7 }, [5, 9, 1], [3, 10, 0] },
        // equal values share the better rank
        { "rank, tie", Item(ScoringMethod.RankPoints), [9, 9, 1], [10, 10, 0] },
        { "rank, lower", Item(ScoringMethod.RankPoints) with { LowerIsBetter = true }, [5, 9, 1], [5, 0, 10] },
        { "pass/fail", Item(ScoringMethod.PassFail) with { Threshold = 1 }, [1, 0, 2], [10, 0, 10] },
        { "pass/fail, lower", Item(ScoringMethod.PassFail) with { Threshold = 0, LowerIsBetter = true }, [0, 1, 0], [10, 0, 10] },
        // a missing value neither scores nor counts among the ranked parks: two parks ranked
        { "rank with a missing value", Item(ScoringMethod.RankPoints), [5, null, 1], [10, 0, 0] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_item_scores_each_park_by_its_method(string method, SchemeItem item, double?[] values, double[] points)
    {
        var parks = values.Select((v, i) => new ParkFacts(i + 1, ((char)('A' + i)).ToString(),
            v is { } value ? new Dictionary<string, double> { ["m"] = value } : [])).ToList();

        var scores = AssessmentEngine.Score(new AssessmentScheme([item], []), parks);

        Assert.True(points.SequenceEqual(parks.Select(p => scores.Single(s => s.ParkId == p.ParkId).Total)), method);
        Assert.All(scores, s => Assert.InRange(s.Total, 0, item.Weight));
    }

    [Fact]
    public void A_cap_limits_a_penalty_too()
    {
        var scheme = new AssessmentScheme([Item(ScoringMethod.PassFail) with { Threshold = 0 }],
            [new SchemeAdjustment("late", "迟报", "Late reports", "late", -2, Cap: 5) { Category = ItemCategory.Timeliness }]);

        var score = AssessmentEngine.Score(scheme, [new ParkFacts(1, "A", new Dictionary<string, double> { ["m"] = 1, ["late"] = 4 })]).Single();

        Assert.Equal(10 - 5, score.Total);
        Assert.Equal("4 × -2 points = -8.00 points, capped at 5 points", score.Lines[1].Explanation.En);
    }

    public static readonly TheoryData<SchemeItem, string, string> BrokenItems = new()
    {
        { Item(ScoringMethod.Linear) with { Floor = 5 }, "items[0].target", "Scheme.LinearBounds" },
        { Item(ScoringMethod.Linear) with { Floor = 5, Target = 5 }, "items[0].target", "Scheme.FloorEqualsTarget" },
        { Item(ScoringMethod.PassFail), "items[0].threshold", "Scheme.ThresholdMissing" },
        { Item(ScoringMethod.RankPoints) with { Step = -1 }, "items[0].step", "Scheme.StepNegative" },
        { Item(ScoringMethod.ShareOfBest) with { Weight = 0 }, "items[0].weight", "Scheme.WeightPositive" },
        { Item(ScoringMethod.ShareOfBest) with { Weight = double.NaN }, "items[0].weight", "Scheme.WeightPositive" },
        { Item(ScoringMethod.ShareOfBest) with { Metric = " " }, "items[0].metric", "Scheme.MetricMissing" },
        { Item(ScoringMethod.ShareOfBest) with { Code = "" }, "items[0].code", "Scheme.CodeMissing" },
    };

    [Theory]
    [MemberData(nameof(BrokenItems))]
    public void A_scheme_that_breaks_a_rule_names_the_field_and_cannot_be_scored(SchemeItem item, string field, string rule)
    {
        var scheme = new AssessmentScheme([item], []);

        var problem = Assert.Single(scheme.Check());

        Assert.Equal((field, rule), (problem.Field, problem.Rule));
        Assert.NotEqual(problem.Text.Zh, problem.Text.En);
        Assert.Throws<ArgumentException>(() => AssessmentEngine.Score(scheme, []));
    }

    [Fact]
    public void Codes_are_unique_across_items_and_adjustments_and_an_adjustment_of_zero_points_is_refused()
    {
        var scheme = new AssessmentScheme([Item(ScoringMethod.ShareOfBest)],
            [new SchemeAdjustment("M", "重复", "Again", "x", 1), new SchemeAdjustment("z", "零分", "Zero", "y", 0, Cap: -1)]);

        Assert.Equal(["adjustments[0].code", "adjustments[1].pointsEach", "adjustments[1].cap"], scheme.Check().Select(p => p.Field));
        Assert.Equal(["items"], new AssessmentScheme([], []).Check().Select(p => p.Field));
    }

    private static SchemeItem Item(ScoringMethod method) => new("m", "项目", "Item", ItemCategory.Economic, "m", 10, method);
}
