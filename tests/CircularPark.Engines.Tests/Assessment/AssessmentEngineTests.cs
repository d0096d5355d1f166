using CircularPark.Engines.Assessment;

namespace CircularPark.Engines.Tests.Assessment;

/// <summary>
/// Five parks under one scheme, every figure computed by hand below: growth of value added scored linearly (0 % → 0,
/// 20 % → 40 points), value added per 亩 by rank (30 points, 5 lost per rank), clean-production coverage as a share of the
/// best (30 points), +2 per green designation (at most 4), −3 per overdue rectification. 五号园 has no growth figure; 三号园
/// and 四号园 end on the same total.
/// </summary>
public class AssessmentEngineTests
{
    private static readonly AssessmentScheme Scheme = new(
    [
        new SchemeItem("growth", "规上工业增加值增速", "Growth of value added", ItemCategory.Economic, "growth:VA", 40, ScoringMethod.Linear)
            { Floor = 0, Target = 20, Unit = "%" },
        new SchemeItem("per-mu", "亩均工业增加值", "Value added per mu", ItemCategory.Economic, "permu:VA", 30, ScoringMethod.RankPoints)
            { Step = 5, Unit = "万元/亩" },
        new SchemeItem("audit", "清洁生产审核覆盖率", "Clean-production audit coverage", ItemCategory.Compliance, "cp-coverage", 30, ScoringMethod.ShareOfBest)
            { Unit = "%" },
    ],
    [
        new SchemeAdjustment("green", "绿色制造称号", "Green designations", "green", 2, Cap: 4),
        new SchemeAdjustment("overdue", "整改逾期", "Overdue rectifications", "rectification-overdue", -3),
    ]);

    private static readonly ParkFacts[] Parks =
    [
        Park(1, "一号园", growth: 25, perMu: 12, audit: 80, green: 0, overdue: 1),
        Park(2, "二号园", growth: 7.777, perMu: 15, audit: 100, green: 3, overdue: 0),
        Park(3, "三号园", growth: 16, perMu: 9, audit: 50, green: 1, overdue: 0),
        Park(4, "四号园", growth: 15.5, perMu: 9, audit: 60, green: null, overdue: 0),
        Park(5, "五号园", growth: null, perMu: 6, audit: 100, green: 2, overdue: 0),
    ];

    // Hand computation, points per line (growth, per-mu, audit, green, overdue):
    // 一号园: 25 ≥ 20 → 40 | 12 is 2nd → 30 − 5 = 25 | 80/100 × 30 = 24 | 0 → 0 | 1 × −3 = −3   → 86
    // 二号园: 40 × 7.777/20 = 15.554 → 15.55 | 1st → 30 | 30 | 3 × 2 = 6 → capped 4 | 0 → 79.55
    // 三号园: 40 × 16/20 = 32 | 9 is 3rd (tied) → 20 | 50/100 × 30 = 15 | 2 | 0                → 69
    // 四号园: 40 × 15.5/20 = 31 | 3rd (tied) → 20 | 60/100 × 30 = 18 | none → 0 | 0           → 69
    // 五号园: missing → 0 | 5th → 30 − 4 × 5 = 10 | 30 | 4 | 0                                  → 44
    public static readonly TheoryData<int, double[], double, int> Expected = new()
    {
        { 1, [40, 25, 24, 0, -3], 86, 1 },
        { 2, [15.55, 30, 30, 4, 0], 79.55, 2 },
        { 3, [32, 20, 15, 2, 0], 69, 3 },
        { 4, [31, 20, 18, 0, 0], 69, 3 },
        { 5, [0, 10, 30, 4, 0], 44, 5 },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_park_scores_the_hand_computed_points_line_by_line_and_the_lines_add_up_to_its_total(int park, double[] lines, double total, int rank)
    {
        var score = AssessmentEngine.Score(Scheme, Parks).Single(s => s.ParkId == park);

        Assert.Equal(lines, score.Lines.Select(l => l.Points));
        Assert.Equal(total, score.Total);
        Assert.Equal(rank, score.Rank);
        Assert.Equal(score.Total, Math.Round(score.Lines.Sum(l => l.Points), 2));
    }

    [Fact]
    public void The_ranking_lists_the_best_first_and_the_tied_parks_share_third_place_with_a_note()
    {
        var ranking = AssessmentEngine.Score(Scheme, Parks);

        Assert.Equal([1, 2, 3, 4, 5], ranking.Select(s => s.ParkId));
        Assert.Equal([1, 2, 3, 3, 5], ranking.Select(s => s.Rank));
        Assert.Equal("与 四号园 总分相同，并列第 3 名", ranking[2].TieNote?.Zh);
        Assert.Null(ranking[0].TieNote);
    }

    [Fact]
    public void Under_the_item_order_rule_the_tie_goes_to_the_park_with_more_points_on_the_first_item()
    {
        var ranking = AssessmentEngine.Score(Scheme with { Ties = TieRule.ItemOrder }, Parks);

        Assert.Equal([(3, 3), (4, 4)], ranking.Skip(2).Take(2).Select(s => (s.ParkId, s.Rank)));
        Assert.Contains("排在前", ranking[2].TieNote!.Value.Zh, StringComparison.Ordinal);
        Assert.Contains("ranked below", ranking[3].TieNote!.Value.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_line_explains_its_points_with_the_numbers_used()
    {
        var lines = AssessmentEngine.Score(Scheme, Parks).Single(s => s.ParkId == 2).Lines;

        Assert.Equal("线性计分：值 7.777%，下限 0 得 0 分、目标 20 得满分，40 × (7.777 − 0) ÷ (20 − 0) = 15.55 分", lines[0].Explanation.Zh);
        Assert.Equal("rank points: value 15万元/亩, rank 1 of 5, 30 − (1 − 1) × 5 = 30.00 points", lines[1].Explanation.En);
        Assert.Equal("3 × 2 分 = 6.00 分，封顶 4 分", lines[3].Explanation.Zh);
        Assert.Equal(LineKind.Bonus, lines[3].Kind);
        Assert.Equal(LineKind.Penalty, lines[4].Kind);
        var missing = AssessmentEngine.Score(Scheme, Parks).Single(s => s.ParkId == 5).Lines[0];
        Assert.Equal(("缺少数据，按 0 分计", (double?)null), (missing.Explanation.Zh, missing.Value));
    }

    [Fact]
    public void Under_the_reweight_rule_a_missing_item_is_left_out_and_the_rest_is_scaled_to_the_full_score()
    {
        // 五号园: 10 + 30 = 40 on items weighing 60 → 40 × 100 ÷ 60 = 66.67, a scaling line of +26.67, plus the bonus 4.
        var score = AssessmentEngine.Score(Scheme with { Missing = MissingDataRule.Reweight }, Parks).Single(s => s.ParkId == 5);

        Assert.Equal([0, 10, 30, 26.67, 4, 0], score.Lines.Select(l => l.Points));
        Assert.Equal(70.67, score.Total);
        Assert.Equal(3, score.Rank); // behind 86 and 79.55, ahead of the two at 69
        Assert.Equal(LineKind.Scaling, score.Lines[3].Kind);
    }

    [Fact]
    public void A_manual_adjustment_is_a_line_with_its_reason_and_can_change_the_ranking()
    {
        var scores = AssessmentEngine.Score(Scheme, Parks);
        var adjusted = scores.Select(s => s.ParkId == 4 ? s.WithLine(ScoreLine.Manual(1.5, "补报2021年数据", "city@sg")) : s);

        var ranking = AssessmentEngine.Rank(adjusted, TieRule.SharedRank);

        Assert.Equal([(1, 1), (2, 2), (4, 3), (3, 4), (5, 5)], ranking.Select(s => (s.ParkId, s.Rank)));
        Assert.Equal(70.5, ranking[2].Total);
        Assert.Equal("1.50 分，理由：补报2021年数据（city@sg）", ranking[2].Lines[^1].Explanation.Zh);
        Assert.All(ranking, s => Assert.Null(s.TieNote));
    }

    private static ParkFacts Park(int id, string name, double? growth, double perMu, double audit, double? green, double overdue)
    {
        var values = new Dictionary<string, double> { ["permu:VA"] = perMu, ["cp-coverage"] = audit, ["rectification-overdue"] = overdue };
        if (growth is { } g) values["growth:VA"] = g;
        if (green is { } gr) values["green"] = gr;
        return new ParkFacts(id, name, values);
    }
}
