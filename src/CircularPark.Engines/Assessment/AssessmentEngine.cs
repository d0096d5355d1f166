using CircularPark.Engines.Indicators;
using static CircularPark.Engines.Assessment.AssessmentTexts;

namespace CircularPark.Engines.Assessment;

/// <summary>
/// Scores and ranks parks under an <see cref="AssessmentScheme"/> (pure: values in, values out). Every point is a line
/// with its explanation; a park's total is the sum of its lines (each rounded to 0.01); missing values and ties follow the
/// scheme's rules. The scheme must pass <see cref="AssessmentScheme.Check"/>.
/// </summary>
public static class AssessmentEngine
{
    /// <summary>The parks' scores in rank order (best first).</summary>
    /// <exception cref="ArgumentException">The scheme breaks one of its rules.</exception>
    public static IReadOnlyList<ParkScore> Score(AssessmentScheme scheme, IReadOnlyList<ParkFacts> parks)
    {
        if (scheme.Check() is { Count: > 0 } problems)
            throw new ArgumentException($"The scheme breaks {problems.Count} rule(s), first {problems[0].Field}: {problems[0].Text.En}", nameof(scheme));
        var byItem = scheme.Items.Select(item => Scoring.Score(item, parks.Select(p => p.ValueOf(item.Metric)).ToList())).ToList();
        var scores = parks.Select((park, index) => ScorePark(scheme, park, byItem.Select(points => points[index]).ToList())).ToList();
        return Rank(scores, scheme.Ties);
    }

    private static ParkScore ScorePark(AssessmentScheme scheme, ParkFacts park, List<(double Points, BilingualText Why)?> itemPoints)
    {
        var lines = new List<ScoreLine>();
        var reweight = scheme.Missing == MissingDataRule.Reweight;
        for (var i = 0; i < scheme.Items.Count; i++)
        {
            var item = scheme.Items[i];
            var (points, why) = itemPoints[i] ?? (0, Get(reweight ? "Item.MissingReweight" : "Item.Missing"));
            lines.Add(new ScoreLine(item.Code, new BilingualText(item.NameZh, item.NameEn), item.Category, LineKind.Item,
                park.ValueOf(item.Metric), points, item.Weight, why));
        }
        if (reweight && itemPoints.Any(p => p is null)) lines.Add(Scaling(scheme, itemPoints, lines));
        foreach (var adjustment in scheme.Adjustments)
        {
            var value = park.ValueOf(adjustment.Metric);
            var (points, why) = Scoring.Adjust(adjustment, value);
            lines.Add(new ScoreLine(adjustment.Code, new BilingualText(adjustment.NameZh, adjustment.NameEn), adjustment.Category,
                adjustment.PointsEach > 0 ? LineKind.Bonus : LineKind.Penalty, value, points, adjustment.Cap ?? 0, why));
        }
        return new ParkScore(park.ParkId, park.Name, Scoring.Round(lines.Sum(l => l.Points)), 0, lines);
    }

    /// <summary>The scaling line of <see cref="MissingDataRule.Reweight"/>: the points on the items with values, scaled to the full score.</summary>
    private static ScoreLine Scaling(AssessmentScheme scheme, List<(double Points, BilingualText Why)?> itemPoints, List<ScoreLine> lines)
    {
        var presentWeight = scheme.Items.Where((_, i) => itemPoints[i] is not null).Sum(i => i.Weight);
        var basis = Scoring.Round(lines.Sum(l => l.Points));
        var scaled = presentWeight > 0 ? Scoring.Round(basis * scheme.FullScore / presentWeight) : 0;
        var added = Scoring.Round(scaled - basis);
        return new ScoreLine("scaling", Get("Reweight.Name"), ItemCategory.Economic, LineKind.Scaling, null, added, 0,
            Get("Reweight.Line", Points(basis), Number(scheme.FullScore), Number(presentWeight), Points(scaled), Points(added)));
    }

    /// <summary>
    /// Ranks scores by total, best first (competition ranking: 1, 2, 2, 4). Equal totals are settled by
    /// <paramref name="ties"/>; parks still equal share the rank and are listed by name. Each tied park gets a note.
    /// </summary>
    public static IReadOnlyList<ParkScore> Rank(IEnumerable<ParkScore> scores, TieRule ties)
    {
        var comparer = Comparer<ParkScore>.Create((a, b) => Compare(a, b, ties));
        var ordered = scores.OrderBy(s => s, comparer).ThenBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.ParkId).ToList();
        var ranked = new List<ParkScore>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && comparer.Compare(ordered[i - 1], ordered[i]) == 0 ? ranked[i - 1].Rank : i + 1;
            ranked.Add(ordered[i] with { Rank = rank, TieNote = null });
        }
        return ranked.Select(s => s with { TieNote = TieNote(s, ranked) }).ToList();
    }

    /// <summary>Higher total first; under <see cref="TieRule.ItemOrder"/> equal totals compare item points in order.</summary>
    private static int Compare(ParkScore a, ParkScore b, TieRule ties)
    {
        var byTotal = b.Total.CompareTo(a.Total);
        if (byTotal != 0 || ties == TieRule.SharedRank) return byTotal;
        foreach (var (x, y) in a.ItemPoints.Zip(b.ItemPoints))
            if (x != y) return y.CompareTo(x);
        return 0;
    }

    private static BilingualText? TieNote(ParkScore score, List<ParkScore> ranked)
    {
        var others = ranked.Where(o => o.ParkId != score.ParkId && o.Total == score.Total).ToList();
        if (others.Count == 0) return null;
        var names = string.Join("、", others.Select(o => o.Name));
        if (others.All(o => o.Rank == score.Rank)) return Get("Tie.Shared", names, score.Rank);
        var place = others.All(o => o.Rank > score.Rank) ? Get("Tie.Above") : others.All(o => o.Rank < score.Rank) ? Get("Tie.Below") : Get("Tie.Between");
        return Get("Tie.ItemOrder", names, place.Zh, place.En);
    }
}
