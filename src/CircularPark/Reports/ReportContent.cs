using CircularPark.Inputs;

namespace CircularPark.Reports;

/// <summary>What a park writes in its yearly report. Money in 万元, savings in tce, m³ and t.</summary>
public sealed record ReportContent(string? Progress, string? Results, string? Experience, string? Difficulties,
    double? EnergySavedTce, double? WaterSavedM3, double? Co2CutT, double? PollutantsCutT, IReadOnlyList<ProjectProgressContent>? Projects,
    IReadOnlyList<ParkLineContent>? Parks = null)
{
    public static ReportContent From(ReportVersion v) => new(v.Progress, v.Results, v.Experience, v.Difficulties, v.EnergySavedTce, v.WaterSavedM3,
        v.Co2CutT, v.PollutantsCutT, v.Projects.OrderBy(p => p.ProjectKey, StringComparer.Ordinal).Select(p => new ProjectProgressContent(
            p.ProjectKey, p.Status, p.PercentComplete, p.InvestmentThisYear, p.InvestmentTotal, p.Milestones, p.DelayReason)).ToList(),
        v.Parks.OrderBy(p => p.Id).Select(ParkLineContent.From).ToList());

    public void ApplyTo(ReportVersion v)
    {
        (v.Progress, v.Results, v.Experience, v.Difficulties) = (Progress ?? "", Results ?? "", Experience ?? "", Difficulties ?? "");
        (v.EnergySavedTce, v.WaterSavedM3, v.Co2CutT, v.PollutantsCutT) = (EnergySavedTce, WaterSavedM3, Co2CutT, PollutantsCutT);
        v.Projects = (Projects ?? []).Select(p => new ProjectProgress
        {
            ProjectKey = p.ProjectKey, Status = p.Status ?? "", PercentComplete = p.PercentComplete, InvestmentThisYear = p.InvestmentThisYear,
            InvestmentTotal = p.InvestmentTotal, Milestones = p.Milestones ?? "", DelayReason = p.DelayReason,
        }).ToList();
        v.Parks = (Parks ?? []).Select(p => p.ToLine()).ToList();
    }

    /// <summary>
    /// Field-keyed rule failures: texts within their limits (20,000 characters a section) and free of control
    /// characters, percentages within 0–100, amounts not negative, one line per project.
    /// </summary>
    public Dictionary<string, Localization.Bilingual> Check()
    {
        var errors = InputCheck.Errors(this, nullsRequired: false);
        foreach (var (field, zh, en, value) in new[] { ("energySavedTce", "节能量", "Energy saved", EnergySavedTce), ("waterSavedM3", "节水量", "Water saved", WaterSavedM3),
                     ("co2CutT", "二氧化碳减排量", "CO₂ cut", Co2CutT), ("pollutantsCutT", "污染物减排量", "Pollutants cut", PollutantsCutT) })
            if (value is { } v && (v < 0 || !double.IsFinite(v))) errors[field] = Localization.Text.Get("Plan.Negative", zh, en);
        foreach (var (p, i) in (Projects ?? []).Select((p, i) => (p, i)))
        {
            if (p.PercentComplete is < 0 or > 100 || double.IsNaN(p.PercentComplete)) errors[$"projects[{i}].percentComplete"] = Localization.Text.Get("Report.Percent", p.PercentComplete);
            if (p.InvestmentThisYear < 0 || p.InvestmentTotal < 0) errors[$"projects[{i}].investmentTotal"] = Localization.Text.Get("Plan.Negative", "投资", "Investment");
            else if (p.InvestmentThisYear > p.InvestmentTotal + 1e-6) errors[$"projects[{i}].investmentThisYear"] = Localization.Text.Get("Report.YearOverTotal");
        }
        if ((Projects ?? []).GroupBy(p => p.ProjectKey).FirstOrDefault(g => g.Count() > 1) is { } twice) errors["projects"] = Localization.Text.Get("Plan.ProjectKey", twice.Key);
        foreach (var (p, i) in (Parks ?? []).Select((p, i) => (p, i)))
        {
            if (string.IsNullOrWhiteSpace(p.ParkName)) errors[$"parks[{i}].parkName"] = Localization.Text.Get("Report.ParkNameRequired");
            foreach (var (field, value) in p.Amounts())
                if (value is { } v && (v < 0 || !double.IsFinite(v))) errors[$"parks[{i}].{field}"] = Localization.Text.Get("Plan.Negative", ParkLineContent.Label(field).Zh, ParkLineContent.Label(field).En);
        }
        if ((Parks ?? []).Where(p => !string.IsNullOrWhiteSpace(p.ParkName)).GroupBy(p => p.ParkName.Trim()).FirstOrDefault(g => g.Count() > 1) is { } again)
            errors["parks"] = Localization.Text.Get("Report.ParkTwice", again.Key);
        return errors;
    }
}

public sealed record ProjectProgressContent([SingleLine(20)] string ProjectKey, [SingleLine(100)] string? Status, double PercentComplete, double InvestmentThisYear,
    double InvestmentTotal, [MultiLine(2000)] string? Milestones, [MultiLine(2000)] string? DelayReason);

/// <summary>One line of a unit's park list to the nation (<see cref="ReportParkLine"/>): t, tce and m³ a year.</summary>
public sealed record ParkLineContent(int? ParkId, [SingleLine(200)] string ParkName, Parks.ParkLevel Level, double? EnergySavedTce, double? WaterSavedM3,
    double? Co2CutT, double? SolidWasteCutT, double? WastewaterCutT, double? AirPollutantsCutT, [MultiLine(1000)] string? Note)
{
    public static ParkLineContent From(ReportParkLine l) => new(l.ParkId, l.ParkName, l.Level, l.EnergySavedTce, l.WaterSavedM3, l.Co2CutT,
        l.SolidWasteCutT, l.WastewaterCutT, l.AirPollutantsCutT, l.Note);

    public ReportParkLine ToLine() => new()
    {
        ParkId = ParkId, ParkName = ParkName.Trim(), Level = Level, EnergySavedTce = EnergySavedTce, WaterSavedM3 = WaterSavedM3, Co2CutT = Co2CutT,
        SolidWasteCutT = SolidWasteCutT, WastewaterCutT = WastewaterCutT, AirPollutantsCutT = AirPollutantsCutT, Note = Note?.Trim() ?? "",
    };

    /// <summary>The expected-result fields (as the API and errors name them), in the order forms and the Word table show them.</summary>
    public static readonly IReadOnlyList<string> Fields = ["energySavedTce", "waterSavedM3", "co2CutT", "solidWasteCutT", "wastewaterCutT", "airPollutantsCutT"];

    /// <summary>The expected results by field name, in the order of <see cref="Fields"/>.</summary>
    public IEnumerable<(string Field, double? Value)> Amounts() =>
        Fields.Zip([EnergySavedTce, WaterSavedM3, Co2CutT, SolidWasteCutT, WastewaterCutT, AirPollutantsCutT]);

    /// <summary>The label of an expected-result field with its unit (<c>ParkLine.*</c> in Messages.tsv): the one source for forms, errors and Word.</summary>
    public static Localization.Bilingual Label(string field) => Localization.Text.Get($"ParkLine.{field}");
}

/// <summary>What changed between two versions of a report (e.g. the one first submitted and the one accepted).</summary>
public static class ReportDiff
{
    public static IReadOnlyList<Plans.PlanChange> Compare(ReportContent before, ReportContent after) => Plans.GetPlan.Changes(before, after);
}
