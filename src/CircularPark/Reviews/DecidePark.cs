using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reviews;

/// <summary>The province's decision on a reviewed plan.</summary>
public enum ApprovalDecision
{
    Approve = 1,
    /// <summary>同意（调整后）: approved with adjustments, which the reason states.</summary>
    ApproveWithAdjustments = 2,
    Reject = 3,
}

/// <summary>
/// The province approves (possibly with adjustments) or rejects a park once the panel's opinion on its latest
/// round is in; a plan the panel failed cannot be approved.
/// </summary>
public sealed class DecidePark(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, int parkId, ApprovalDecision decision, string? reason, AccessScope user, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(decision)) return Failure.Invalid("decision", "Selection.Decision");
        if (decision != ApprovalDecision.Approve && string.IsNullOrWhiteSpace(reason)) return Failure.Invalid("reason", "Selection.ReasonRequired");
        var step = decision == ApprovalDecision.Reject ? WorkflowStep.Reject : WorkflowStep.Approve;
        var (refusal, context) = await Steps.BeginAsync(db, campaignCode, parkId, step, user, ct);
        if (refusal is not null) return refusal;
        var participationId = context!.Participation!.Id;
        var opinion = await Opinions.LatestAsync(db, participationId, ct);
        var round = await db.ReviewAssignments.Where(a => a.ParticipationId == participationId).MaxAsync(a => (int?)a.Round, ct);
        if (opinion is null || opinion.Round != round) return Steps.OutOfOrder(step, context);
        if (step == WorkflowStep.Approve && opinion.Conclusion == ReviewConclusion.Fail) return Failure.Conflict("Selection.OpinionFailed", context.Place.Name);
        var why = decision switch
        {
            ApprovalDecision.Approve => string.IsNullOrWhiteSpace(reason) ? "省级审查批准" : reason.Trim(),
            ApprovalDecision.ApproveWithAdjustments => $"调整后批准：{reason!.Trim()}",
            _ => reason!.Trim(),
        };
        return await Steps.MoveAsync(db, context, step == WorkflowStep.Reject ? ParticipationState.Rejected : ParticipationState.Approved, user, why, ct);
    }
}
