using CircularPark.Engines.Indicators;

namespace CircularPark.Engines.Assessment;

/// <summary>The values of one park for a scheme's metrics; a metric absent (or not finite) is missing data.</summary>
/// <param name="ParkId">The park.</param>
/// <param name="Name">Its name, for tie explanations.</param>
/// <param name="Values">Metric → value, in the metric's unit.</param>
public sealed record ParkFacts(int ParkId, string Name, IReadOnlyDictionary<string, double> Values)
{
    /// <summary>The value of <paramref name="metric"/>, or null when missing or not a finite number.</summary>
    public double? ValueOf(string metric) => Values.TryGetValue(metric, out var v) && double.IsFinite(v) ? v : null;
}

/// <summary>What a line of a score is.</summary>
public enum LineKind
{
    /// <summary>A scored item of the scheme.</summary>
    Item = 1,
    /// <summary>A bonus item (加分).</summary>
    Bonus = 2,
    /// <summary>A penalty item (扣分).</summary>
    Penalty = 3,
    /// <summary>The scaling of <see cref="MissingDataRule.Reweight"/>.</summary>
    Scaling = 4,
    /// <summary>A reviewer's adjustment with its reason (人工调整).</summary>
    Manual = 5,
}

/// <summary>
/// One line of a park's explained score. Points are rounded to 0.01; a park's total is the sum of its lines' points as
/// shown, so the explanation always adds up.
/// </summary>
/// <param name="Code">The item's code (or <c>scaling</c>, <c>manual</c>).</param>
/// <param name="Name">The item's name in both languages.</param>
/// <param name="Category">The item's category.</param>
/// <param name="Kind">Item, bonus, penalty, scaling or manual.</param>
/// <param name="Value">The value scored, in the metric's unit; null when missing.</param>
/// <param name="Points">Points earned (negative for a penalty), rounded to 0.01.</param>
/// <param name="MaxPoints">The item's weight; for bonuses and penalties the cap (0 when uncapped).</param>
/// <param name="Explanation">How the points came about, with the numbers, in both languages.</param>
public sealed record ScoreLine(string Code, BilingualText Name, ItemCategory Category, LineKind Kind, double? Value, double Points, double MaxPoints,
    BilingualText Explanation)
{
    /// <summary>A reviewer's adjustment of <paramref name="points"/> for <paramref name="reason"/> (shown as given).</summary>
    public static ScoreLine Manual(double points, string reason, string by) => new("manual", AssessmentTexts.Get("Manual.Name"),
        ItemCategory.Compliance, LineKind.Manual, null, Scoring.Round(points), 0, AssessmentTexts.Get("Manual.Line", AssessmentTexts.Points(points), reason, by));
}

/// <summary>A park's score: total, rank, every line, and how a tie was settled.</summary>
/// <param name="ParkId">The park.</param>
/// <param name="Name">Its name.</param>
/// <param name="Total">Σ line points (0.01).</param>
/// <param name="Rank">1 = best; tied parks share a rank under <see cref="TieRule.SharedRank"/>.</param>
/// <param name="Lines">Items in scheme order, then scaling, bonuses and penalties, then manual adjustments.</param>
/// <param name="TieNote">Set when another park has the same total.</param>
public sealed record ParkScore(int ParkId, string Name, double Total, int Rank, IReadOnlyList<ScoreLine> Lines, BilingualText? TieNote = null)
{
    /// <summary>Points of the scored items in scheme order (the tie-break of <see cref="TieRule.ItemOrder"/>).</summary>
    public IEnumerable<double> ItemPoints => Lines.Where(l => l.Kind == LineKind.Item).Select(l => l.Points);

    /// <summary>This score with a manual adjustment added (rank to be settled again with <see cref="AssessmentEngine.Rank"/>).</summary>
    public ParkScore WithLine(ScoreLine line) => this with { Lines = [.. Lines, line], Total = Scoring.Round(Total + line.Points) };
}
