using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reviews;

/// <summary>
/// After an opinion "pass after revision", the park submits a new plan version and sends it back to the same panel:
/// a new round with the same experts and chair.
/// </summary>
public sealed class ResubmitRevision(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, int parkId, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, context) = await Steps.BeginAsync(db, campaignCode, parkId, WorkflowStep.ResubmitRevision, user, ct);
        if (refusal is not null) return refusal;
        var participationId = context!.Participation!.Id;
        var opinion = await Opinions.LatestAsync(db, participationId, ct);
        var round = await db.ReviewAssignments.Where(a => a.ParticipationId == participationId).MaxAsync(a => (int?)a.Round, ct) ?? 0;
        if (opinion is null || opinion.Round != round || opinion.Conclusion != ReviewConclusion.PassAfterRevision)
            return Steps.OutOfOrder(WorkflowStep.ResubmitRevision, context);
        var plan = await Steps.SubmittedPlanAsync(db, context.Campaign.Id, parkId, ct);
        if (plan is null || plan.Value.Number <= opinion.PlanVersionNumber) return Failure.Conflict("Review.RevisionNotSubmitted", opinion.PlanVersionNumber);
        var previous = await db.ReviewAssignments.AsNoTracking().Where(a => a.ParticipationId == participationId && a.Round == round).ToListAsync(ct);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        db.ReviewAssignments.AddRange(previous.Select(a => new ReviewAssignment
        {
            ParticipationId = participationId, Round = round + 1, PlanId = plan.Value.PlanId, PlanVersionNumber = plan.Value.Number,
            ExpertUserName = a.ExpertUserName, ExpertName = a.ExpertName, Organisation = a.Organisation, IsChair = a.IsChair,
            AssignedAtUtc = now, AssignedBy = user.Name, DueOn = context.Campaign.ReviewDueOn,
        }));
        return await Steps.MoveAsync(db, context, ParticipationState.UnderReview, user,
            $"修改后的《{plan.Value.Title}》第 {plan.Value.Number} 版提交专家组第 {round + 1} 轮评审", ct);
    }
}

/// <summary>Reads of a participation's opinions.</summary>
internal static class Opinions
{
    /// <summary>The opinion of the latest round, if the panel compiled one.</summary>
    public static Task<ReviewOpinion?> LatestAsync(AppDbContext db, int participationId, CancellationToken ct) =>
        db.ReviewOpinions.AsNoTracking().Where(o => o.ParticipationId == participationId)
            .OrderByDescending(o => o.Round).ThenByDescending(o => o.Id).FirstOrDefaultAsync(ct);
}
