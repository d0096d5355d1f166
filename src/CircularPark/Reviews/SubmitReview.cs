using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reviews;

/// <summary>An assigned expert scores every checklist item and comments; a submitted review does not change.</summary>
public sealed class SubmitReview(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, int parkId, IReadOnlyList<ChecklistScore> scores, string? comment,
        AccessScope user, CancellationToken ct = default)
    {
        var (refusal, context) = await Steps.BeginAsync(db, campaignCode, parkId, WorkflowStep.SubmitReview, user, ct);
        if (refusal is not null) return refusal;
        var assignment = await OpenAssignmentAsync(db, context!.Participation!.Id, user, ct);
        if (assignment is null) return Failure.Forbidden;
        if (assignment.SubmittedAtUtc is not null) return Failure.Conflict("Review.AlreadySubmitted");
        var errors = Check(ReviewChecklist.Of(await db.Campaigns.Include(c => c.Checklist).SingleAsync(c => c.Id == context.Campaign.Id, ct)), scores);
        if (errors.Count > 0) return Failure.Invalid(errors);
        assignment.Scores = scores.Select(s => new ChecklistScore { ItemCode = s.ItemCode, Score = s.Score, Comment = s.Comment.Trim() }).ToList();
        assignment.Comment = comment?.Trim() ?? "";
        assignment.SubmittedAtUtc = db.Clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return new StepDone(context.State, assignment.Id);
    }

    /// <summary>The user's open assignment in the participation's latest round, if any.</summary>
    internal static async Task<ReviewAssignment?> OpenAssignmentAsync(AppDbContext db, int participationId, AccessScope user, CancellationToken ct)
    {
        var round = await db.ReviewAssignments.Where(a => a.ParticipationId == participationId).MaxAsync(a => (int?)a.Round, ct);
        return await db.ReviewAssignments.SingleOrDefaultAsync(a => a.ParticipationId == participationId && a.Round == round
            && a.ExpertUserName == user.Name && a.ClosedAtUtc == null, ct);
    }

    private static Dictionary<string, Bilingual> Check(IReadOnlyList<CampaignChecklistItem> checklist, IReadOnlyList<ChecklistScore> scores)
    {
        var errors = new Dictionary<string, Bilingual>();
        var codes = checklist.Select(i => i.Code).ToList();
        for (var i = 0; i < scores.Count; i++)
        {
            if (!codes.Contains(scores[i].ItemCode, StringComparer.Ordinal)) errors[$"scores[{i}].itemCode"] = Text.Get("Review.UnknownItem", scores[i].ItemCode);
            else if (scores[i].Score is < 0 or > ReviewChecklist.MaxScore) errors[$"scores[{i}].score"] = Text.Get("Review.Score", scores[i].Score, ReviewChecklist.MaxScore);
        }
        var missing = codes.Except(scores.Select(s => s.ItemCode), StringComparer.Ordinal).ToList();
        if (missing.Count > 0) errors.TryAdd("scores", Text.Get("Review.Unscored", string.Join(", ", missing)));
        if (scores.GroupBy(s => s.ItemCode, StringComparer.Ordinal).Any(g => g.Count() > 1)) errors.TryAdd("scores", Text.Get("Review.ScoredTwice"));
        return errors;
    }
}
