using System.Text.Json;
using System.Text.Json.Serialization;
using CircularPark.Engines.Assessment;
using CircularPark.Indicators;
using CircularPark.Localization;

namespace CircularPark.Assessments;

/// <summary>A scored item as entered: the metric is a key of <see cref="AssessmentMetrics"/> (e.g. <c>growth:VA</c>).</summary>
public sealed record SchemeItemInput(string Code, string NameZh, string? NameEn, ItemCategory Category, string Metric, double Weight, ScoringMethod Method,
    double? Floor = null, double? Target = null, double? Threshold = null, double? Step = null, bool LowerIsBetter = false);

/// <summary>A bonus (points &gt; 0) or penalty (points &lt; 0) item as entered.</summary>
public sealed record SchemeAdjustmentInput(string Code, string NameZh, string? NameEn, ItemCategory Category, string Metric, double PointsEach, double? Cap = null);

/// <summary>The items and adjustments of a scheme, as stored (JSON) and as the API and the form exchange them.</summary>
public sealed record SchemeDefinition(IReadOnlyList<SchemeItemInput> Items, IReadOnlyList<SchemeAdjustmentInput> Adjustments)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SchemeDefinition FromJson(string json) => JsonSerializer.Deserialize<SchemeDefinition>(json, Json)!;

    /// <summary>The engine's scheme, with each item's unit taken from its metric.</summary>
    public AssessmentScheme ToEngine(IndicatorSetup setup, MissingDataRule missing, TieRule ties) => new(
        Items.Select(i => new SchemeItem(Trim(i.Code), Trim(i.NameZh), Named(i.NameEn, i.NameZh), i.Category, Key(setup, i.Metric), i.Weight, i.Method)
        {
            Floor = i.Floor, Target = i.Target, Threshold = i.Threshold, Step = i.Step, LowerIsBetter = i.LowerIsBetter,
            Unit = AssessmentMetrics.Find(setup, Trim(i.Metric))?.Unit ?? "",
        }).ToList(),
        Adjustments.Select(a => new SchemeAdjustment(Trim(a.Code), Trim(a.NameZh), Named(a.NameEn, a.NameZh), Key(setup, a.Metric), a.PointsEach, a.Cap)
            { Category = a.Category }).ToList(),
        missing, ties);

    /// <summary>
    /// The engine's rules (<see cref="AssessmentScheme.Check"/>) and the platform's: every metric is one the platform can
    /// supply, every category known. Field-keyed messages in both languages.
    /// </summary>
    public Dictionary<string, Bilingual> Check(IndicatorSetup setup, MissingDataRule missing, TieRule ties)
    {
        var errors = new Dictionary<string, Bilingual>();
        if (!Enum.IsDefined(missing)) errors["missing"] = Text.Get("Compliance.UnknownValue", missing);
        if (!Enum.IsDefined(ties)) errors["ties"] = Text.Get("Compliance.UnknownValue", ties);
        var named = Items.Select((i, n) => ($"items[{n}]", i.Metric, i.Category, Text: (string?)i.NameZh))
            .Concat(Adjustments.Select((a, n) => ($"adjustments[{n}]", a.Metric, a.Category, Text: (string?)a.NameZh)));
        foreach (var (at, metric, category, name) in named)
        {
            if (!string.IsNullOrWhiteSpace(metric) && AssessmentMetrics.Find(setup, Trim(metric)) is null) errors.TryAdd($"{at}.metric", Text.Get("Assessment.UnknownMetric", metric));
            if (!Enum.IsDefined(category)) errors.TryAdd($"{at}.category", Text.Get("Compliance.UnknownValue", category));
            if ((name?.Length ?? 0) > 200) errors.TryAdd($"{at}.nameZh", Text.Get("Compliance.TooLong", 200));
        }
        foreach (var problem in ToEngine(setup, missing, ties).Check())
            errors.TryAdd(problem.Field, new Bilingual(problem.Text.Zh, problem.Text.En));
        return errors;
    }

    private static string Named(string? en, string? zh) => string.IsNullOrWhiteSpace(en) ? Trim(zh) : en.Trim();

    private static string Trim(string? text) => text?.Trim() ?? "";

    /// <summary>The metric's key as the platform spells it (keys match in any case).</summary>
    private static string Key(IndicatorSetup setup, string? metric) => AssessmentMetrics.Find(setup, Trim(metric))?.Key ?? Trim(metric);
}
