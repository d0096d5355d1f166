using System.Globalization;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Selection;

/// <summary>
/// A park's selection in a campaign: state, panel, opinions and history, with the one step the signed-in user may take now
/// (recommend or return, review with the checklist, compile the opinion, decide). The workflow decides; the page only asks.
/// </summary>
[Authorize]
public sealed class ParkModel(GetParticipation get, RecommendPark recommend, ReturnPark giveBack, SubmitReview review, CompileOpinion compile, DecidePark decide,
    GetFollowUp getFollowUp, AnswerOpinionItem answerItem, DecideOpinionItem decideItem) : PageModel
{
    public CircularPark.Reviews.ParticipationView? View { get; private set; }
    /// <summary>The follow-up of the opinion's items (专家意见整改落实), when the reader may see it.</summary>
    public FollowUpView? FollowUp { get; private set; }
    public string? Message { get; private set; }
    public string? Done { get; private set; }

    /// <summary>Whether the form of a step is shown (<see cref="Offers"/>; the use case still checks everything).</summary>
    public bool Can(string step) => View is { } view && Offers(step, view, AccessScope.From(User));

    /// <summary>The workflow step behind each form of the page (return, reject: the same row's permission and states as recommend, approve).</summary>
    public static readonly IReadOnlyDictionary<string, WorkflowStep> Forms = new Dictionary<string, WorkflowStep>
    {
        ["recommend"] = WorkflowStep.Recommend, ["panel"] = WorkflowStep.AssignExperts, ["review"] = WorkflowStep.SubmitReview,
        ["opinion"] = WorkflowStep.CompileOpinion, ["decision"] = WorkflowStep.Approve,
    };

    /// <summary>
    /// A form is offered exactly when the selection step table (<see cref="Workflow.Table"/>) accepts its step for the user's
    /// role in the park's state, the question the use case asks; besides, an expert's forms need their open assignment (the
    /// chair's once the panel has reviewed), and the decision a panel opinion.
    /// </summary>
    public static bool Offers(string step, CircularPark.Reviews.ParticipationView view, AccessScope user)
    {
        if (!Forms.TryGetValue(step, out var workflowStep) || Workflow.Check(workflowStep, view.State, user.Role) != StepVerdict.Allowed) return false;
        var mine = view.Panel.Where(a => a.Open && a.Expert == user.Name).ToList();
        return step switch
        {
            "review" => mine.Any(a => a.SubmittedAtUtc is null),
            "opinion" => mine.Any(a => a.IsChair && a.SubmittedAtUtc is not null) && view.Panel.Where(a => a.Open).All(a => a.SubmittedAtUtc is not null),
            "decision" => view.Opinions.Count > 0,
            _ => true,
        };
    }

    public async Task<IActionResult> OnGetAsync(string code, int parkId, CancellationToken ct) => await LoadAsync(code, parkId, ct) ?? Page();

    public async Task<IActionResult> OnPostRecommendAsync(string code, int parkId, string decision, string? reason, CancellationToken ct) =>
        await After(code, parkId, decision == "return"
            ? await giveBack.ExecuteAsync(code, parkId, reason, AccessScope.From(User), ct)
            : await recommend.ExecuteAsync(code, parkId, reason, AccessScope.From(User), ct), ct);

    public async Task<IActionResult> OnPostReviewAsync(string code, int parkId, List<string> items, List<int?> scores, List<string?> comments, string? comment, CancellationToken ct)
    {
        // The checklist starts unanswered (issue 14): an item left without a score is never taken as 符合要求 or as 0.
        if (items.Select((_, i) => i).FirstOrDefault(i => scores.ElementAtOrDefault(i) is null, -1) is var missing and >= 0)
            return await After(code, parkId, (Outcome)Failure.Invalid($"scores[{missing}]", "Review.ScoreMissing", missing + 1), ct);
        var checklist = items.Select((item, i) => new ChecklistScore { ItemCode = item, Score = scores[i]!.Value, Comment = comments.ElementAtOrDefault(i) ?? "" }).ToList();
        return await After(code, parkId, await review.ExecuteAsync(code, parkId, checklist, comment, AccessScope.From(User), ct), ct);
    }

    public async Task<IActionResult> OnPostOpinionAsync(string code, int parkId, string? overall, string? items, ReviewConclusion conclusion, CancellationToken ct)
    {
        var lines = (items ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return await After(code, parkId, await compile.ExecuteAsync(code, parkId, new OpinionInput(overall ?? "", lines, conclusion), AccessScope.From(User), ct), ct);
    }

    public async Task<IActionResult> OnPostDecisionAsync(string code, int parkId, ApprovalDecision decision, string? reason, CancellationToken ct) =>
        await After(code, parkId, await decide.ExecuteAsync(code, parkId, decision, reason, AccessScope.From(User), ct), ct);

    /// <summary>An answer that was refused, shown again in its item's form so nothing typed is lost.</summary>
    public (int ItemId, string Text)? AnswerDraft { get; private set; }

    public async Task<IActionResult> OnPostAnswerAsync(string code, int parkId, int itemId, string? answer, int? planVersion, CancellationToken ct)
    {
        var result = await answerItem.ExecuteAsync(itemId, answer, planVersion, AccessScope.From(User), ct);
        if (!result.IsOk) AnswerDraft = (itemId, answer ?? "");
        return await After(code, parkId, result.WithoutValue(), ct);
    }

    public async Task<IActionResult> OnPostFollowUpDecisionAsync(string code, int parkId, int itemId, string? decision, string? reason, CancellationToken ct) =>
        await After(code, parkId, (await decideItem.ExecuteAsync(itemId, decision, reason, AccessScope.From(User), ct)).WithoutValue(), ct);

    private Task<IActionResult> After(string code, int parkId, Outcome<StepDone> result, CancellationToken ct) => After(code, parkId, result.WithoutValue(), ct);

    private async Task<IActionResult> After(string code, int parkId, Outcome result, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        if (result.IsOk) Done = Localization.Text.Get("Sel.Done").In(culture);
        else Message = PageOutcomes.Explain(result.Failure!);
        return await LoadAsync(code, parkId, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string code, int parkId, CancellationToken ct)
    {
        var (access, view) = await get.ExecuteAsync(code, parkId, AccessScope.From(User), ct);
        if (access == AccessOutcome.NotFound) return NotFound();
        if (access == AccessOutcome.Forbidden) return Forbid();
        View = view;
        FollowUp = await getFollowUp.ExecuteAsync(code, parkId, AccessScope.From(User), ct) is { IsOk: true } followUp && followUp.Value.Items.Count > 0 ? followUp.Value : null;
        return null;
    }
}
