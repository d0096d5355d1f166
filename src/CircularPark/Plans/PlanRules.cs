using System.Globalization;
using CircularPark.Inputs;
using CircularPark.Localization;

namespace CircularPark.Plans;

/// <summary>
/// The rules a plan's content must keep, each failure keyed by the field's path (e.g. <c>projects[1].endYear</c>) with a
/// message in both languages. Pure: the caller supplies the campaign's tasks, the known indicator codes and the
/// longest period allowed.
/// </summary>
public static class PlanRules
{
    public const int DefaultMaxPeriodYears = 3;

    public static Dictionary<string, Bilingual> Check(PlanContent plan, IReadOnlyCollection<string> taskCodes, Func<string, bool> isIndicator,
        int maxPeriodYears = DefaultMaxPeriodYears)
    {
        // Texts first: every chapter within its limit (20,000 characters), names on one line, no control characters.
        var errors = InputCheck.Errors(plan, nullsRequired: false);
        void Fail(string field, string key, params object?[] args) => errors.TryAdd(field, Text.Get(key, args));

        if (plan.BaselineYear is < 2000 or > 2060) Fail("baselineYear", "Plan.Year", plan.BaselineYear);
        if (plan.PeriodStartYear < plan.BaselineYear || plan.PeriodEndYear < plan.PeriodStartYear) Fail("periodEndYear", "Plan.Period", plan.PeriodStartYear, plan.PeriodEndYear, plan.BaselineYear);
        else if (plan.PeriodEndYear - plan.PeriodStartYear + 1 > maxPeriodYears) Fail("periodEndYear", "Plan.PeriodTooLong", maxPeriodYears);
        foreach (var (task, i) in plan.Tasks.Select((t, i) => (t, i)))
            if (!taskCodes.Contains(task.Code)) Fail($"tasks[{i}].code", "Plan.Task", task.Code);
        CheckProjects(plan, errors);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (target, i) in plan.Targets.Select((t, i) => (t, i)))
        {
            if (!isIndicator(target.IndicatorCode)) Fail($"targets[{i}].indicatorCode", "Plan.UnknownIndicator", target.IndicatorCode);
            else if (!seen.Add(target.IndicatorCode)) Fail($"targets[{i}].indicatorCode", "Plan.DuplicateIndicator", target.IndicatorCode);
            foreach (var year in (target.Yearly ?? []).Where(y => y.Year < plan.PeriodStartYear || y.Year > plan.PeriodEndYear))
                Fail($"targets[{i}].yearly", "Plan.TargetYear", year.Year, plan.PeriodStartYear, plan.PeriodEndYear);
            if ((target.Yearly ?? []).GroupBy(y => y.Year).FirstOrDefault(g => g.Count() > 1) is { } twice)
                Fail($"targets[{i}].yearly", "Plan.YearTwice", twice.Key);
            if ((target.Yearly ?? []).Any(y => !double.IsFinite(y.Value)) || target.BaselineValue is { } b && !double.IsFinite(b))
                Fail($"targets[{i}].yearly", "Plan.NotANumber");
        }
        foreach (var (line, i) in plan.Pollutants.Select((p, i) => (p, i)))
        {
            if (string.IsNullOrWhiteSpace(line.Pollutant)) Fail($"pollutants[{i}].pollutant", "Plan.Required", "污染物", "Pollutant");
            if (line.DischargeT is < 0) Fail($"pollutants[{i}].dischargeT", "Plan.Negative", "排放量", "Discharge");
        }
        return errors;
    }

    /// <summary>A part a plan must hold before it is submitted: the field its refusal is keyed by and its name in both languages.</summary>
    public sealed record RequiredPart(string Field, Bilingual Name);

    // What a plan must hold before it is submitted for review (issue 14: a nearly empty plan was submitted): the park's basic
    // situation, the material-flow analysis the notices build the plan on, at least one key project and at least one
    // indicator target. The one table behind both the refusal and the checklist the editor shows before submission.
    private static readonly (RequiredPart Part, Func<PlanContent, bool> Holds)[] Required =
    [
        (new("basicSituation", new("园区基本情况", "basic situation")), p => !string.IsNullOrWhiteSpace(p.BasicSituation)),
        (new("materialFlowAnalysis", new("物质流分析", "material-flow analysis")), p => !string.IsNullOrWhiteSpace(p.MaterialFlowAnalysis)),
        (new("projects", new("重点项目（至少一项）", "key projects (at least one)")), p => p.Projects.Count > 0),
        (new("targets", new("主要指标目标（至少一项）", "indicator targets (at least one)")), p => p.Targets.Count > 0),
    ];

    /// <summary>Every part <see cref="MissingForSubmission"/> asks for, in the plan's order.</summary>
    public static IReadOnlyList<RequiredPart> RequiredForSubmission { get; } = [.. Required.Select(r => r.Part)];

    /// <summary>
    /// The required parts (<see cref="RequiredForSubmission"/>) a plan lacks, each keyed by its field with a message naming
    /// it; empty when the plan may be submitted. Drafts may be saved without them.
    /// </summary>
    public static Dictionary<string, Bilingual> MissingForSubmission(PlanContent plan) =>
        Required.Where(r => !r.Holds(plan)).ToDictionary(r => r.Part.Field, r => Text.Get("Plan.MissingSection", r.Part.Name.Zh, r.Part.Name.En), StringComparer.Ordinal);

    /// <remarks>
    /// A project's message names it — its place in the list, its name and number where given ("第2个重点项目“余热回收”（P02）：…")
    /// — so that a refusal read away from the form (an imported workbook, a list of errors) says which project to correct.
    /// </remarks>
    private static void CheckProjects(PlanContent plan, Dictionary<string, Bilingual> errors)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (p, i) in plan.Projects.Select((p, i) => (p, i)))
        {
            var at = $"projects[{i}]";
            var (name, number) = (p.Name?.Trim() ?? "", p.Key?.Trim() ?? "");
            var (labelZh, labelEn) = ((name.Length > 0 ? $"“{name}”" : "") + (number.Length > 0 ? $"（{number}）" : ""),
                (name.Length > 0 ? $" \"{name}\"" : "") + (number.Length > 0 ? $" ({number})" : ""));
            void fail(string field, string key, object?[] args)
            {
                var message = Text.Get(key, args);
                errors.TryAdd(field, Text.Get("Plan.InProject", i + 1, labelZh, message.Zh, labelEn, message.En));
            }

            if (string.IsNullOrWhiteSpace(p.Key) || !keys.Add(p.Key)) fail($"{at}.key", "Plan.ProjectKey", [p.Key]);
            if (string.IsNullOrWhiteSpace(p.Name)) fail($"{at}.name", "Plan.Required", ["项目名称", "Project name"]);
            if (!Enum.IsDefined(p.Class)) fail($"{at}.class", "Plan.ProjectClass", [p.Class.ToString()]);
            foreach (var (field, zh, en, value) in new[]
                     {
                         ("totalInvestment", "总投资", "Total investment", (double?)p.TotalInvestment), ("subsidyRequested", "申请补助", "Subsidy requested", p.SubsidyRequested),
                         ("selfFunded", "自筹资金", "Self-funded", p.SelfFunded), ("otherFunding", "其他资金", "Other funding", p.OtherFunding),
                         ("energySavedTce", "节能量", "Energy saved", p.EnergySavedTce), ("waterSavedM3", "节水量", "Water saved", p.WaterSavedM3),
                         ("co2CutT", "二氧化碳减排量", "CO₂ cut", p.Co2CutT), ("solidWasteCutT", "固体废物减量", "Solid waste cut", p.SolidWasteCutT),
                         ("wastewaterCutT", "废水减排量", "Wastewater cut", p.WastewaterCutT), ("airPollutantsCutT", "大气污染物减排量", "Air pollutants cut", p.AirPollutantsCutT),
                     })
                if (value is { } v && (v < 0 || !double.IsFinite(v))) fail($"{at}.{field}", "Plan.Negative", [zh, en]);
            if (p.SubsidyRequested + p.SelfFunded + p.OtherFunding > p.TotalInvestment + 1e-6)
                fail($"{at}.totalInvestment", "Plan.SourcesExceedTotal", [Invariant(p.SubsidyRequested + p.SelfFunded + p.OtherFunding), Invariant(p.TotalInvestment)]);
            if (p.EndYear < p.StartYear || p.StartYear < 2000 || p.EndYear > 2060) fail($"{at}.endYear", "Plan.ProjectYears", [p.StartYear, p.EndYear]);
            if (p.DesignCapacityYear is { } design && design < p.StartYear) fail($"{at}.designCapacityYear", "Plan.DesignYear", [design, p.StartYear]);
            var yearly = p.YearlyInvestment ?? [];
            if (yearly.Any(y => y.Year < p.StartYear || y.Year > p.EndYear)) fail($"{at}.yearlyInvestment", "Plan.InvestmentYear", [p.StartYear, p.EndYear]);
            if (yearly.GroupBy(y => y.Year).FirstOrDefault(g => g.Count() > 1) is { } twice) fail($"{at}.yearlyInvestment", "Plan.YearTwice", [twice.Key]);
            if (yearly.Any(y => y.Value < 0)) fail($"{at}.yearlyInvestment", "Plan.Negative", ["年度投资", "Yearly investment"]);
            if (yearly.Sum(y => y.Value) > p.TotalInvestment + 1e-6)
                fail($"{at}.yearlyInvestment", "Plan.YearlyExceedTotal", [Invariant(yearly.Sum(y => y.Value)), Invariant(p.TotalInvestment)]);
        }
    }

    private static string Invariant(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
