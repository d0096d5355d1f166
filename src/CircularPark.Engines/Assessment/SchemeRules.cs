namespace CircularPark.Engines.Assessment;

/// <summary>The rules of <see cref="AssessmentScheme.Check"/>, field by field.</summary>
internal static class SchemeRules
{
    public static IReadOnlyList<SchemeProblem> Check(AssessmentScheme scheme)
    {
        var problems = new List<SchemeProblem>();
        if (scheme.Items.Count == 0) problems.Add(Problem("items", "Scheme.NoItems"));
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < scheme.Items.Count; i++)
            problems.AddRange(CheckItem($"items[{i}]", scheme.Items[i], codes));
        for (var i = 0; i < scheme.Adjustments.Count; i++)
            problems.AddRange(CheckAdjustment($"adjustments[{i}]", scheme.Adjustments[i], codes));
        return problems;
    }

    private static IEnumerable<SchemeProblem> CheckItem(string at, SchemeItem item, HashSet<string> codes)
    {
        foreach (var problem in CheckNaming(at, item.Code, item.NameZh, item.Metric, codes)) yield return problem;
        if (!double.IsFinite(item.Weight) || item.Weight <= 0) yield return Problem($"{at}.weight", "Scheme.WeightPositive");
        switch (item.Method)
        {
            case ScoringMethod.Linear when item.Floor is not { } floor || item.Target is not { } target || !double.IsFinite(floor) || !double.IsFinite(target):
                yield return Problem($"{at}.target", "Scheme.LinearBounds");
                break;
            case ScoringMethod.Linear when item.Floor == item.Target:
                yield return Problem($"{at}.target", "Scheme.FloorEqualsTarget");
                break;
            case ScoringMethod.PassFail when item.Threshold is not { } threshold || !double.IsFinite(threshold):
                yield return Problem($"{at}.threshold", "Scheme.ThresholdMissing");
                break;
            case ScoringMethod.RankPoints when item.Step is { } step && (!double.IsFinite(step) || step < 0):
                yield return Problem($"{at}.step", "Scheme.StepNegative");
                break;
        }
    }

    private static IEnumerable<SchemeProblem> CheckAdjustment(string at, SchemeAdjustment adjustment, HashSet<string> codes)
    {
        foreach (var problem in CheckNaming(at, adjustment.Code, adjustment.NameZh, adjustment.Metric, codes)) yield return problem;
        if (!double.IsFinite(adjustment.PointsEach) || adjustment.PointsEach == 0) yield return Problem($"{at}.pointsEach", "Scheme.PointsZero");
        if (adjustment.Cap is { } cap && (!double.IsFinite(cap) || cap < 0)) yield return Problem($"{at}.cap", "Scheme.CapNegative");
    }

    private static IEnumerable<SchemeProblem> CheckNaming(string at, string code, string name, string metric, HashSet<string> codes)
    {
        if (string.IsNullOrWhiteSpace(code)) yield return Problem($"{at}.code", "Scheme.CodeMissing");
        else if (!codes.Add(code.Trim())) yield return Problem($"{at}.code", "Scheme.CodeDuplicate", code);
        if (string.IsNullOrWhiteSpace(name)) yield return Problem($"{at}.nameZh", "Scheme.NameMissing");
        if (string.IsNullOrWhiteSpace(metric)) yield return Problem($"{at}.metric", "Scheme.MetricMissing");
    }

    private static SchemeProblem Problem(string field, string rule, params object[] args) => new(field, rule, AssessmentTexts.Get(rule, args));
}
