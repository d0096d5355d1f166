using System.Globalization;
using System.Text.Json;
using CircularPark.Acceptance;
using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Plans;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Acceptance;

/// <summary>
/// A park's acceptance in a campaign: standing, rules, the self-assessment and its eligibility check, the steps taken,
/// delay requests, with the forms of the steps the signed-in user may take now (the use cases still check everything).
/// </summary>
[Authorize]
public sealed class ParkModel(GetAcceptance get, TimeProvider clock) : PageModel
{
    /// <summary>Today in Beijing as a date input's value: the latest date a step may take effect.</summary>
    public string Today => CircularPark.Time.ChinaTime.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly ParticipationState[] Awaiting = [ParticipationState.Approved, ParticipationState.Implementing, ParticipationState.DelayRequested];

    public AcceptanceView? View { get; private set; }
    public string? Message { get; private set; }
    public string? Done { get; private set; }

    public VersionView? Latest => View?.Application?.Versions is [.., var last] ? last : null;

    /// <summary>The eligibility check recorded with the latest submitted version.</summary>
    public EligibilityResult? Eligibility => View?.Application?.Versions.LastOrDefault(v => v.Submitted)?.EligibilitySnapshot is { } json
        ? JsonSerializer.Deserialize<EligibilityResult>(json, JsonSerializerOptions.Web) : null;

    /// <summary>Whether the form of a step is shown: the permission its use case asks, and the state (the step table where the step has a row).</summary>
    public bool Can(string step)
    {
        if (View is not { } v) return false;
        var user = AccessScope.From(User);
        var role = user.Role;
        var status = v.Application?.Status;
        var open = AcceptanceWorkflow.Open(status, role);
        return step switch
        {
            "draft" => AcceptanceWorkflow.Check(AcceptanceStep.Submit, status, role) == StepVerdict.Allowed
                && v.Standing.Kind != AcceptanceStandingKind.MissedDeadline && (v.Application is not null || Awaiting.Contains(v.State)),
            "submit" => Can("draft") && Latest is { Submitted: false },
            "delay" => user.Holds(Permissions.AcceptanceApply) && Awaiting.Contains(v.State) && v.Standing.Kind != AcceptanceStandingKind.MissedDeadline
                && v.Application?.Versions.Any(x => x.Submitted) != true
                && v.Delays.Count < v.Rules.MaxDelayRequests,
            "review" => open.Any(s => s is AcceptanceStep.DocumentReview or AcceptanceStep.SiteVerification or AcceptanceStep.ExpertReview),
            "file" => open.Contains(AcceptanceStep.File),
            "decide-delay" => user.Holds(Permissions.AcceptanceFile) && v.Delays.Any(d => d.Status == DelayStatus.Pending),
            "designate" => (user.Holds(Permissions.DemonstrationNational) || user.Holds(Permissions.DemonstrationProvincial)) && v.Application is { Status: AcceptanceStatus.Filed, Passed: true },
            _ => false,
        };
    }

    /// <summary>The review step the reviewer takes next (the table allows exactly one besides returning).</summary>
    public AcceptanceStep? NextReview => AcceptanceWorkflow.Open(View?.Application?.Status, AccessScope.From(User).Role)
        .Where(s => s is not (AcceptanceStep.Return or AcceptanceStep.File)).Cast<AcceptanceStep?>().FirstOrDefault();

    public bool CanReturn => AcceptanceWorkflow.Open(View?.Application?.Status, AccessScope.From(User).Role).Contains(AcceptanceStep.Return);

    public async Task<IActionResult> OnGetAsync(string code, int parkId, CancellationToken ct) => await LoadAsync(code, parkId, ct) ?? Page();

    public async Task<IActionResult> OnPostDraftAsync(string code, int parkId, SelfAssessment report, string? then, [FromServices] SaveAcceptanceDraft save,
        [FromServices] SubmitAcceptance submit, CancellationToken ct)
    {
        var saved = await save.ExecuteAsync(code, parkId, report, AccessScope.From(User), ct);
        if (!saved.IsOk || then != "submit") return await After(code, parkId, saved, ct);
        return await After(code, parkId, await submit.ExecuteAsync(code, parkId, null, AccessScope.From(User), ct), ct);
    }

    public async Task<IActionResult> OnPostReviewAsync(string code, int parkId, AcceptanceStep step, string? reason, double? score, DateOnly? effectiveOn,
        [FromServices] ReviewAcceptance review, CancellationToken ct) =>
        await After(code, parkId, await review.ExecuteAsync(code, parkId, step, reason, score, AccessScope.From(User), effectiveOn, ct), ct);

    public async Task<IActionResult> OnPostFileAsync(string code, int parkId, string? number, string? reason, DateOnly? effectiveOn, [FromServices] FileAcceptance file, CancellationToken ct) =>
        await After(code, parkId, await file.ExecuteAsync(code, parkId, number, reason, AccessScope.From(User), effectiveOn, ct), ct);

    public async Task<IActionResult> OnPostDelayAsync(string code, int parkId, int months, string? reason, [FromServices] RequestDelay delay, CancellationToken ct) =>
        await After(code, parkId, await delay.ExecuteAsync(code, parkId, months, reason, AccessScope.From(User), ct), ct);

    public async Task<IActionResult> OnPostDecideDelayAsync(string code, int parkId, int delayId, bool approve, string? reason, DateOnly? effectiveOn, [FromServices] DecideDelay decide, CancellationToken ct) =>
        await After(code, parkId, await decide.ExecuteAsync(delayId, approve, reason, AccessScope.From(User), effectiveOn, ct), ct);

    public async Task<IActionResult> OnPostDesignateAsync(string code, int parkId, string? reason, DateOnly? effectiveOn, string? documentNumber, [FromServices] DesignateDemonstration designate, CancellationToken ct) =>
        await After(code, parkId, await designate.ExecuteAsync(code, parkId, reason, AccessScope.From(User), effectiveOn, documentNumber, ct), ct);

    private async Task<IActionResult> After(string code, int parkId, Outcome<StepDone> result, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (result.IsOk) Done = Localization.Text.Get("Sel.Done").In(culture);
        else Message = PageOutcomes.Explain(result.Failure!);
        return await LoadAsync(code, parkId, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string code, int parkId, CancellationToken ct)
    {
        var (refusal, view) = await get.ExecuteAsync(code, parkId, AccessScope.From(User), ct);
        if (refusal?.Kind == OutcomeKind.Forbidden) return Forbid();
        if (refusal is not null) return NotFound();
        View = view;
        return null;
    }
}
