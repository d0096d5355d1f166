using System.Text.Json;
using CircularPark.Assessments;
using CircularPark.Engines.Assessment;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Assessments;

/// <summary>
/// A year's assessment: the ranking with each item's points, a chart of the totals, exports, and, for the owner's officials
/// before publication, the steps (compute, review, publish) and the adjustment of a score with its reason.
/// </summary>
public sealed class RankingModel(GetAssessment get) : PageModel
{
    public AssessmentView? View { get; private set; }
    public string? Message { get; private set; }
    public bool Failed { get; private set; }

    [BindProperty] public int? AdjustParkId { get; set; }
    [BindProperty] public string? AdjustPoints { get; set; }
    [BindProperty] public string? AdjustReason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostComputeAsync(int id, [FromServices] ComputeAssessment compute, CancellationToken ct) =>
        StepAsync(id, compute.ExecuteAsync(id, AccessScope.From(User), ct), "Asm.Computed", ct);

    public Task<IActionResult> OnPostReviewAsync(int id, [FromServices] ReviewAssessment review, CancellationToken ct) =>
        StepAsync(id, review.ExecuteAsync(id, AccessScope.From(User), ct), "Asm.ReviewedDone", ct);

    public Task<IActionResult> OnPostPublishAsync(int id, string? noticeNumber, DateOnly? issuedOn, [FromServices] PublishAssessment publish, CancellationToken ct) =>
        StepAsync(id, publish.ExecuteAsync(id, new PublishInput(noticeNumber, issuedOn), AccessScope.From(User), ct), "Asm.PublishedDone", ct);

    public async Task<IActionResult> OnPostAdjustAsync(int id, [FromServices] AdjustScore adjust, CancellationToken ct)
    {
        if (!double.TryParse(AdjustPoints, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var points))
            return await ShowAsync(id, Text.Get("Asm.PointsNotANumber", AdjustPoints ?? ""), failed: true, ct);
        return await StepAsync(id, adjust.ExecuteAsync(id, AdjustParkId ?? 0, new AdjustmentInput(points, AdjustReason), AccessScope.From(User), ct), "Asm.Adjusted", ct);
    }

    /// <summary>The chart's data: parks in rank order with their totals.</summary>
    public string ChartJson() => JsonSerializer.Serialize(new
    {
        parks = View!.Results.Select(r => $"{r.Rank}. {r.Park}").Reverse(),
        totals = View.Results.Select(r => r.Total).Reverse(),
    }).Replace("</", "<\\/", StringComparison.Ordinal);

    /// <summary>" · 0 → 20", " · ≥ 1", " · −5/名": the method's parameters, invariantly.</summary>
    public static string Parameters(SchemeItemInput item, string perRank)
    {
        static string N(double? x) => x?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) ?? "";
        if (item.Floor is not null) return $" · {N(item.Floor)} → {N(item.Target)}";
        if (item.Threshold is not null) return $" · {(item.LowerIsBetter ? "≤" : "≥")} {N(item.Threshold)}";
        return item.Step is not null ? $" · −{N(item.Step)}/{perRank}" : "";
    }

    public static double ItemPoints(ResultView result, string code) => result.Lines.FirstOrDefault(l => l.Code == code && l.Kind == LineKind.Item)?.Points ?? 0;

    public static double OtherPoints(ResultView result) => result.Lines.Where(l => l.Kind != LineKind.Item).Sum(l => l.Points);

    private async Task<IActionResult> StepAsync(int id, Task<Outcome<AssessmentState>> step, string done, CancellationToken ct)
    {
        var outcome = await step;
        if (outcome.Failure is { Kind: OutcomeKind.Forbidden }) return Forbid();
        return outcome.Failure is { } failure
            ? await ShowAsync(id, new Bilingual(failure.Explain(false), failure.Explain(true)), failed: true, ct)
            : await ShowAsync(id, Text.Get(done), failed: false, ct);
    }

    private async Task<IActionResult> ShowAsync(int id, Bilingual message, bool failed, CancellationToken ct)
    {
        (Message, Failed) = (message.In(System.Globalization.CultureInfo.CurrentUICulture), failed);
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(int id, CancellationToken ct)
    {
        var outcome = await get.ExecuteAsync(id, AccessScope.From(User), ct);
        if (!outcome.IsOk) return NotFound();
        View = outcome.Value;
        return Page();
    }
}
