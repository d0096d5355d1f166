using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Regions;

namespace CircularPark.Campaigns;

/// <summary>A target as the campaign owner writes it: a share of the parks or a count, by a deadline.</summary>
public sealed record TargetSetup(TargetMetric Metric, ParkLevel? ParkLevel, double? Share, int? Count, DateOnly Deadline, string? NoteZh = null,
    TargetBasis Basis = TargetBasis.Registered);

/// <summary>A line of the report schedule: a one-off report due on a date, or a yearly one due on month/day of period + offset.</summary>
public sealed record ReportLineSetup(string Type, string NameZh, string? NameEn, ReportParty From, ReportParty To, Recurrence Recurrence,
    DateOnly? DueDate = null, int? DueMonth = null, int? DueDay = null, int YearOffset = 0, int? FirstPeriod = null, int? LastPeriod = null);

/// <summary>Checks and builds the targets and report schedule of a campaign set-up; errors name the line and the field.</summary>
internal static class CampaignSetupLines
{
    /// <summary>The call's own rules, for set-up and change alike: a Chinese title, a window that opens before it closes, valid targets.</summary>
    public static void CheckCall(string? titleZh, DateOnly? opens, DateOnly? closes, IReadOnlyList<TargetSetup> targets, Dictionary<string, Bilingual> errors)
    {
        if (string.IsNullOrWhiteSpace(titleZh)) errors["titleZh"] = Text.Get("Plan.Required", "标题", "Title");
        if (opens > closes) errors["applicationClosesOn"] = Text.Get("Selection.Window");
        Check(targets, [], errors);
    }

    /// <summary>The scope region as typed (a code or a name), read against the divisions valid on the campaign's date; an error under scopeRegion otherwise.</summary>
    public static Region? ReadScope(RegionDirectory regions, string? text, DateOnly asOf, Dictionary<string, Bilingual> errors)
    {
        var (scope, problem) = RegionInput.Read(regions, text, asOf, Text.Get("Selection.ScopeField"), RegionLevel.Province, RegionLevel.City);
        if (scope is null) errors["scopeRegion"] = problem ?? Text.Get("Plan.Required", "范围", "Scope");
        return scope;
    }

    public static void Check(IReadOnlyList<TargetSetup> targets, IReadOnlyList<ReportLineSetup> reports, Dictionary<string, Bilingual> errors)
    {
        for (var i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            if (!Enum.IsDefined(t.Metric)) errors[$"targets[{i}].metric"] = Text.Get("Selection.TargetMetric");
            else if (t.Share is null == t.Count is null) errors[$"targets[{i}].share"] = Text.Get("Selection.ShareOrCount");
            else if (t.Share is { } share && share is <= 0 or > 1) errors[$"targets[{i}].share"] = Text.Get("Rule.range", "比例", "Share", share, 0, 1);
            else if (t.Count is { } count && count <= 0) errors[$"targets[{i}].count"] = Text.Get("Rule.range", "数量", "Count", count, 1, 10000);
        }
        for (var i = 0; i < reports.Count; i++)
        {
            var r = reports[i];
            if (string.IsNullOrWhiteSpace(r.Type) || string.IsNullOrWhiteSpace(r.NameZh)) errors[$"reports[{i}].nameZh"] = Text.Get("Plan.Required", "报送事项", "Report");
            else if (r.Recurrence == Recurrence.Once && r.DueDate is null) errors[$"reports[{i}].dueDate"] = Text.Get("Plan.Required", "截止日期", "Due date");
            else if (r.Recurrence == Recurrence.Yearly && !YearlyIsValid(r)) errors[$"reports[{i}].dueMonth"] = Text.Get("Selection.YearlyDue");
            else if (!Enum.IsDefined(r.Recurrence) || !Enum.IsDefined(r.From) || !Enum.IsDefined(r.To)) errors[$"reports[{i}].recurrence"] = Text.Get("Selection.YearlyDue");
        }
    }

    public static CampaignTarget Target(TargetSetup t) => new()
    {
        Metric = t.Metric, ParkLevel = t.ParkLevel, Share = t.Share, Count = t.Count, Deadline = t.Deadline, NoteZh = t.NoteZh?.Trim() ?? "", Basis = t.Basis,
    };

    public static ReportRequirement Report(ReportLineSetup r) => new()
    {
        Type = r.Type.Trim(), NameZh = r.NameZh.Trim(), NameEn = r.NameEn?.Trim() ?? "", From = r.From, To = r.To, Recurrence = r.Recurrence,
        DueDate = r.DueDate, DueMonth = r.DueMonth, DueDay = r.DueDay, YearOffset = r.YearOffset, FirstPeriod = r.FirstPeriod, LastPeriod = r.LastPeriod,
        Source = "平台设置",
    };

    private static bool YearlyIsValid(ReportLineSetup r) =>
        r.DueMonth is >= 1 and <= 12 && r.DueDay is >= 1 and <= 31 && r.FirstPeriod is { } first && r.LastPeriod is { } last
        && first <= last && last - first <= 30 && r.YearOffset is >= 0 and <= 2;
}
