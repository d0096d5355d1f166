using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Selection;

/// <summary>A province (or ministry) user sets up a campaign: the call, scope, targets, task template, report schedule, checklist and application window.</summary>
[Authorize]
public sealed class SetupModel(SetUpCampaign setUp) : PageModel
{
    [BindProperty] public SetupForm Form { get; set; } = new();
    public string? Message { get; private set; }

    public IActionResult OnGet()
    {
        if (!AccessScope.From(User).Holds(Permissions.CampaignOwn)) return Forbid();
        Form.Checklist = [.. ReviewChecklist.Default().Select(i => new ChecklistLine { Code = i.Code, LabelZh = i.LabelZh, LabelEn = i.LabelEn }), new(), new()];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await setUp.ExecuteAsync(Form.ToSetup(), AccessScope.From(User), ct);
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (result.IsOk) return Redirect($"/campaigns/{result.Value.Code}");
        // The messages name their fields in words; the form's keys (targets[0].share …) are not for people.
        Message = PageOutcomes.Explain(result.Failure!);
        return Page();
    }
}

/// <summary>The set-up form: two target lines, two yearly report lines and the checklist as a table of items.</summary>
public sealed class SetupForm
{
    public string Code { get; set; } = "";
    public string TitleZh { get; set; } = "";
    public string? TitleEn { get; set; }
    public string? DocumentNumber { get; set; }
    public string? IssuingBodies { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public string ScopeRegion { get; set; } = "";
    public TaskTemplate TaskTemplate { get; set; } = TaskTemplate.NationalFive;
    public string? ListTitleZh { get; set; }
    public string? ReviewOrganiser { get; set; }
    public DateOnly? ApplicationOpensOn { get; set; }
    public DateOnly? ApplicationClosesOn { get; set; }
    public DateOnly? RecommendationDueOn { get; set; }
    public DateOnly? ReviewDueOn { get; set; }
    public bool ExcludeSameCityExperts { get; set; }
    /// <summary>The share of targets indicators must reach for acceptance, in per cent; empty when the document sets none.</summary>
    public double? AcceptanceThresholdPercent { get; set; }
    public CircularPark.Acceptance.AcceptanceDeadlineRule AcceptanceDeadlineRule { get; set; }
    public CircularPark.Plans.ConsultancyGrade? MinimumConsultancyGrade { get; set; }
    public List<TargetLine> Targets { get; set; } = [new(), new()];
    public List<ReportLine> Reports { get; set; } = [new(), new()];
    /// <summary>The review checklist, one item per row (the national items to start with, and empty rows to add more).</summary>
    public List<ChecklistLine> Checklist { get; set; } = [];

    public CampaignSetup ToSetup() => new(Code, TitleZh, TitleEn ?? "", DocumentNumber ?? "", IssuingBodies ?? "", IssuedOn, ScopeRegion, TaskTemplate,
        ListTitleZh, ReviewOrganiser, ApplicationOpensOn, ApplicationClosesOn, RecommendationDueOn, ReviewDueOn, ExcludeSameCityExperts,
        TargetLine.Read(Targets),
        Reports.Where(r => !string.IsNullOrWhiteSpace(r.NameZh)).Select((r, i) => new ReportLineSetup($"report-{i + 1}", r.NameZh!, r.NameEn, r.From, r.To,
            Recurrence.Yearly, null, r.DueMonth, r.DueDay, r.YearOffset, r.FirstPeriod, r.LastPeriod)).ToList(),
        ChecklistLine.Read(Checklist),
        AcceptanceThresholdPercent / 100, AcceptanceDeadlineRule, MinimumConsultancyGrade);
}

/// <summary>A checklist row: its text in Chinese and English; its code is kept hidden (a new row gets one of its own).</summary>
public sealed class ChecklistLine
{
    public string? Code { get; set; }
    public string? LabelZh { get; set; }
    public string? LabelEn { get; set; }

    /// <summary>The rows with a Chinese text, in order; a row added on the page is coded item-N by its position.</summary>
    public static List<CampaignChecklistItem> Read(IEnumerable<ChecklistLine> lines) =>
        lines.Select((l, i) => (l, i)).Where(x => !string.IsNullOrWhiteSpace(x.l.LabelZh))
            .Select(x => new CampaignChecklistItem
            {
                Code = string.IsNullOrWhiteSpace(x.l.Code) ? $"item-{x.i + 1}" : x.l.Code.Trim(), LabelZh = x.l.LabelZh!.Trim(), LabelEn = x.l.LabelEn?.Trim() ?? "",
            }).ToList();
}

public sealed class TargetLine
{
    /// <summary>The lines with a deadline, as targets (a share typed in per cent).</summary>
    public static List<TargetSetup> Read(IEnumerable<TargetLine> lines) =>
        lines.Where(t => t.Deadline is not null).Select(t => new TargetSetup(t.Metric, t.Level, t.SharePercent / 100, t.Count, t.Deadline!.Value, t.Note)).ToList();

    /// <summary>A stored target as a form line.</summary>
    public static TargetLine Of(CampaignTarget t) => new()
    {
        Metric = t.Metric, Level = t.ParkLevel, SharePercent = t.Share is { } share ? Math.Round(share * 100, 6) : null, Count = t.Count, Deadline = t.Deadline, Note = t.NoteZh,
    };

    public TargetMetric Metric { get; set; } = TargetMetric.Transformed;
    public ParkLevel? Level { get; set; }
    public double? SharePercent { get; set; }
    public int? Count { get; set; }
    public DateOnly? Deadline { get; set; }
    public string? Note { get; set; }
}

public sealed class ReportLine
{
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public ReportParty From { get; set; } = ReportParty.Park;
    public ReportParty To { get; set; } = ReportParty.Province;
    public int? DueMonth { get; set; }
    public int? DueDay { get; set; }
    public int YearOffset { get; set; } = 1;
    public int? FirstPeriod { get; set; }
    public int? LastPeriod { get; set; }
}
