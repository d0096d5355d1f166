using System.Globalization;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Reports;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CircularPark.Web.Pages.Reports;

/// <summary>The report form as posted: the texts, the results, and one row per key project of the plan.</summary>
public sealed class ReportForm
{
    public string? Progress { get; set; }
    public string? Results { get; set; }
    public string? Experience { get; set; }
    public string? Difficulties { get; set; }
    public double? EnergySavedTce { get; set; }
    public double? WaterSavedM3 { get; set; }
    public double? Co2CutT { get; set; }
    public double? PollutantsCutT { get; set; }
    public List<ProjectRow> Projects { get; set; } = [];
    /// <summary>A unit's park list to the nation: one row per park with its expected results (empty on other reports).</summary>
    public List<ParkLineRow> Parks { get; set; } = [];

    public sealed class ParkLineRow
    {
        public int? ParkId { get; set; }
        public string ParkName { get; set; } = "";
        public CircularPark.Parks.ParkLevel Level { get; set; } = CircularPark.Parks.ParkLevel.Provincial;
        public double? EnergySavedTce { get; set; }
        public double? WaterSavedM3 { get; set; }
        public double? Co2CutT { get; set; }
        public double? SolidWasteCutT { get; set; }
        public double? WastewaterCutT { get; set; }
        public double? AirPollutantsCutT { get; set; }
        public string? Note { get; set; }
        /// <summary>Ticked to leave the park out of the list when saving.</summary>
        public bool Remove { get; set; }
    }

    public sealed class ProjectRow
    {
        public string Key { get; set; } = "";
        public string Name { get; set; } = "";
        public double Planned { get; set; }
        public string? Status { get; set; }
        public double PercentComplete { get; set; }
        public double InvestmentThisYear { get; set; }
        public double InvestmentTotal { get; set; }
        public string? Milestones { get; set; }
        public string? DelayReason { get; set; }
    }

    public ReportContent ToContent() => new(Progress, Results, Experience, Difficulties, EnergySavedTce, WaterSavedM3, Co2CutT, PollutantsCutT,
        Projects.Select(p => new ProjectProgressContent(p.Key, p.Status, p.PercentComplete, p.InvestmentThisYear, p.InvestmentTotal, p.Milestones, p.DelayReason)).ToList(),
        Parks.Where(p => !p.Remove && !(p.ParkId is null && string.IsNullOrWhiteSpace(p.ParkName))).Select(p => new ParkLineContent(p.ParkId, p.ParkName, p.Level,
            p.EnergySavedTce, p.WaterSavedM3, p.Co2CutT, p.SolidWasteCutT, p.WastewaterCutT, p.AirPollutantsCutT, p.Note)).ToList());

    public static ReportForm From(ReportContent c) => new()
    {
        Progress = c.Progress, Results = c.Results, Experience = c.Experience, Difficulties = c.Difficulties,
        EnergySavedTce = c.EnergySavedTce, WaterSavedM3 = c.WaterSavedM3, Co2CutT = c.Co2CutT, PollutantsCutT = c.PollutantsCutT,
        Projects = (c.Projects ?? []).Select(p => new ProjectRow
        {
            Key = p.ProjectKey, Status = p.Status, PercentComplete = p.PercentComplete, InvestmentThisYear = p.InvestmentThisYear,
            InvestmentTotal = p.InvestmentTotal, Milestones = p.Milestones, DelayReason = p.DelayReason,
        }).ToList(),
        Parks = (c.Parks ?? []).Select(p => new ParkLineRow
        {
            ParkId = p.ParkId, ParkName = p.ParkName, Level = p.Level, EnergySavedTce = p.EnergySavedTce, WaterSavedM3 = p.WaterSavedM3, Co2CutT = p.Co2CutT,
            SolidWasteCutT = p.SolidWasteCutT, WastewaterCutT = p.WastewaterCutT, AirPollutantsCutT = p.AirPollutantsCutT, Note = p.Note,
        }).ToList(),
    };

    /// <summary>
    /// Fields whose text is not a number (model binding left them empty or 0), keyed as the save's errors are
    /// ("waterSavedM3", "projects[0].percentComplete"): the form is shown again with them and nothing is saved.
    /// </summary>
    public static Dictionary<string, string> Unparsed(ModelStateDictionary state, CultureInfo culture) =>
        state.Where(m => m.Key.StartsWith("Form.", StringComparison.Ordinal) && m.Value?.Errors.Count > 0)
            .ToDictionary(m => string.Join('.', m.Key["Form.".Length..].Split('.').Select(part => char.ToLowerInvariant(part[0]) + part[1..])),
                m => Text.Get("Plan.NotNumber", m.Value!.AttemptedValue).In(culture));

    /// <summary>Field-keyed messages of a failed save, in the user's language, for the summary at the top and beside each field.</summary>
    public static Dictionary<string, string> Messages(Failure failure, CultureInfo culture) =>
        failure.Errors?.ToDictionary(e => e.Key, e => e.Value.In(culture)) ?? new() { [""] = failure.Explain(Bilingual.IsEnglish(culture)) };
}

/// <summary>Model of the _ReportFields partial.</summary>
public sealed record ReportFieldsView(ReportForm Form, IReadOnlyDictionary<string, string> Errors, bool Locked);

/// <summary>
/// Model of the _Slots partial: the slots, where the form lives (…/{requirementId}/{period}), whether the user writes them,
/// and the moment (UTC) a slot never submitted counts as 逾期未报 against.
/// </summary>
public sealed record SlotList(IReadOnlyList<ReportSlot> Slots, string EditBase, bool CanWrite, DateTime NowUtc)
{
    public static SlotList Of(ReportSchedule schedule, DateTime nowUtc) => new(schedule.Slots, schedule.EditBase, schedule.CanWrite, nowUtc);
}
