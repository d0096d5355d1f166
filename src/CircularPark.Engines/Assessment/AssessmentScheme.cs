namespace CircularPark.Engines.Assessment;

/// <summary>What an assessed item is about, as the Shaoguan assessment groups them (seed 001).</summary>
public enum ItemCategory
{
    /// <summary>经济指标: value added, output, investment, projects.</summary>
    Economic = 1,
    /// <summary>循环经济: resource productivity, utilisation rates, the transformation's indicators.</summary>
    CircularEconomy = 2,
    /// <summary>合规: clean-production audits, energy-saving supervision, planning EIA, environmental reports.</summary>
    Compliance = 3,
    /// <summary>报送及时性: yearly reports on time.</summary>
    Timeliness = 4,
}

/// <summary>How an item's value becomes points (0 … the item's weight).</summary>
public enum ScoringMethod
{
    /// <summary>
    /// Linear between a floor (0 points) and a target (full points), clamped: points = weight × (v − floor) ÷ (target − floor).
    /// A target below the floor scores lower values higher.
    /// </summary>
    Linear = 1,
    /// <summary>Share of the best park's value: weight × v ÷ best (lower is better: weight × best ÷ v), clamped to [0, weight].</summary>
    ShareOfBest = 2,
    /// <summary>
    /// By rank among the parks with a value (ties share the better rank): weight − (rank − 1) × step, at least 0; without a step
    /// the points fall evenly from the weight (first) to 0 (last): weight × (n − rank) ÷ (n − 1).
    /// </summary>
    RankPoints = 3,
    /// <summary>Full points when the value reaches the threshold (lower is better: does not exceed it), else 0.</summary>
    PassFail = 4,
}

/// <summary>What a park scores for an item it has no value for.</summary>
public enum MissingDataRule
{
    /// <summary>0 points for the item (缺项不得分).</summary>
    ScoreZero = 1,
    /// <summary>
    /// The item is left out and the park's points on the other items are scaled up to the full weight
    /// (按其余项目折算): base × Σ all weights ÷ Σ weights of the items it has values for.
    /// </summary>
    Reweight = 2,
}

/// <summary>How parks with the same total are ranked.</summary>
public enum TieRule
{
    /// <summary>Same total, same rank; the next rank is skipped (1, 2, 2, 4).</summary>
    SharedRank = 1,
    /// <summary>Ties are broken by the points of the items in the scheme's order (first item first); still equal, shared.</summary>
    ItemOrder = 2,
}

/// <summary>
/// One scored item of a scheme. <see cref="Metric"/> names the value the platform supplies per park (e.g. <c>growth:VA</c>,
/// <c>ind:CPAR</c>, <c>eia-valid</c>); the engine does not interpret it.
/// </summary>
/// <param name="Code">Stable code within the scheme.</param>
/// <param name="NameZh">Name in Simplified Chinese.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="Category">Economic, circular economy, compliance or timeliness.</param>
/// <param name="Metric">The value scored.</param>
/// <param name="Weight">Full points of the item (&gt; 0).</param>
/// <param name="Method">How the value becomes points.</param>
public sealed record SchemeItem(string Code, string NameZh, string NameEn, ItemCategory Category, string Metric, double Weight, ScoringMethod Method)
{
    /// <summary>Linear: the value that scores 0 (in the metric's unit).</summary>
    public double? Floor { get; init; }

    /// <summary>Linear: the value that scores full points.</summary>
    public double? Target { get; init; }

    /// <summary>Pass/fail: the value to reach (or, lower being better, not to exceed).</summary>
    public double? Threshold { get; init; }

    /// <summary>Rank points: the points lost per rank below the first; null = fall evenly to 0.</summary>
    public double? Step { get; init; }

    /// <summary>Share of best, rank points, pass/fail: a lower value is better (energy per unit of output).</summary>
    public bool LowerIsBetter { get; init; }

    /// <summary>Unit of the metric as shown in explanations (%, 万元, 个); empty for counts and yes/no facts.</summary>
    public string Unit { get; init; } = "";
}

/// <summary>
/// A bonus (加分) or penalty (扣分) item: <see cref="PointsEach"/> per unit of the metric (per designation, per overdue
/// rectification, 1 for a yes), positive for a bonus, negative for a penalty, at most <see cref="Cap"/> points in all.
/// </summary>
/// <param name="Code">Stable code within the scheme.</param>
/// <param name="NameZh">Name in Simplified Chinese.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="Metric">The count or yes (1) / no (0) it applies to.</param>
/// <param name="PointsEach">Points per unit: &gt; 0 bonus, &lt; 0 penalty.</param>
/// <param name="Cap">Largest magnitude of the item's points (≥ 0); null = no cap.</param>
public sealed record SchemeAdjustment(string Code, string NameZh, string NameEn, string Metric, double PointsEach, double? Cap = null)
{
    /// <summary>Category shown with the item (compliance for EIA and overdue items, timeliness for late reports…).</summary>
    public ItemCategory Category { get; init; } = ItemCategory.Compliance;
}

/// <summary>
/// An assessment scheme (考核办法) as data: scored items with weights, bonus and penalty items, and the rules for missing
/// data and ties. The full score is the sum of the items' weights; bonuses and penalties come on top.
/// </summary>
/// <param name="Items">Scored items, in the scheme's order (the order ties are broken by).</param>
/// <param name="Adjustments">Bonus and penalty items.</param>
/// <param name="Missing">What a missing value scores.</param>
/// <param name="Ties">How equal totals are ranked.</param>
public sealed record AssessmentScheme(IReadOnlyList<SchemeItem> Items, IReadOnlyList<SchemeAdjustment> Adjustments,
    MissingDataRule Missing = MissingDataRule.ScoreZero, TieRule Ties = TieRule.SharedRank)
{
    /// <summary>Σ weights: the full score before bonuses and penalties.</summary>
    public double FullScore => Items.Sum(i => i.Weight);

    /// <summary>
    /// The rules the scheme breaks, keyed by field (<c>items[2].target</c>): codes present and unique, a metric named, weights
    /// &gt; 0 and finite, linear items with a floor different from the target, pass/fail items with a threshold, steps and
    /// caps ≥ 0, bonus and penalty points not 0. Empty when the scheme can be scored.
    /// </summary>
    public IReadOnlyList<SchemeProblem> Check() => SchemeRules.Check(this);
}

/// <summary>A rule a scheme breaks: the field (<c>items[0].weight</c>), the rule's message key and its arguments.</summary>
/// <param name="Field">Where, as the API's field names.</param>
/// <param name="Rule">Message key (e.g. <c>Scheme.WeightPositive</c>).</param>
/// <param name="Text">The message in both languages.</param>
public sealed record SchemeProblem(string Field, string Rule, Indicators.BilingualText Text);
