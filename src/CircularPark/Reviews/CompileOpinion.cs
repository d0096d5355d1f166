using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reviews;

/// <summary>The opinion as the chair writes it: overall evaluation, problems or suggestions, conclusion.</summary>
public sealed record OpinionInput(string OverallEvaluation, IReadOnlyList<string> Items, ReviewConclusion Conclusion, bool IsPublic = true,
    bool ItemsNumbered = true, string? PlanTitle = null);

/// <summary>
/// The panel chair compiles the opinion once every expert of the round has submitted a review. This closes the
/// round: its experts can no longer read the plan. Opinions of earlier rounds are kept.
/// </summary>
public sealed class CompileOpinion(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, int parkId, OpinionInput input, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, context) = await Steps.BeginAsync(db, campaignCode, parkId, WorkflowStep.CompileOpinion, user, ct);
        if (refusal is not null) return refusal;
        var chair = await SubmitReview.OpenAssignmentAsync(db, context!.Participation!.Id, user, ct);
        if (chair is not { IsChair: true }) return Failure.Forbidden;
        var panel = await db.ReviewAssignments.Where(a => a.ParticipationId == chair.ParticipationId && a.Round == chair.Round).ToListAsync(ct);
        if (panel.Where(a => a.SubmittedAtUtc is null).Select(a => a.ExpertName).ToList() is { Count: > 0 } pending)
            return Failure.Conflict("Review.Pending", string.Join("、", pending));
        var errors = Check(input);
        if (errors.Count > 0) return Failure.Invalid(errors);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var title = await db.Plans.Where(p => p.Id == chair.PlanId).Select(p => p.Title).SingleAsync(ct);
        var opinion = new ReviewOpinion
        {
            ParticipationId = chair.ParticipationId, Round = chair.Round, PlanVersionNumber = chair.PlanVersionNumber,
            PlanTitle = string.IsNullOrWhiteSpace(input.PlanTitle) ? title : input.PlanTitle.Trim(),
            CallDocument = CallDocument(context.Campaign), Organiser = context.Campaign.ReviewOrganiser,
            OverallEvaluation = input.OverallEvaluation.Trim(), Conclusion = input.Conclusion, IsPublic = input.IsPublic,
            ItemsNumbered = input.ItemsNumbered, CompiledBy = user.Name, CompiledAtUtc = now,
            Items = input.Items.Select((text, i) => new OpinionItem { Number = i + 1, Text = text.Trim() }).ToList(),
        };
        db.ReviewOpinions.Add(opinion);
        foreach (var assignment in panel) assignment.ClosedAtUtc = now;
        var result = await Steps.MoveAsync(db, context, ParticipationState.UnderReview, user,
            $"专家组形成第 {chair.Round} 轮评审意见：{Text.Label(input.Conclusion).Zh}", ct);
        return result.IsOk ? result.Value with { Id = opinion.Id } : result;
    }

    /// <summary>The call under which the review is organised, as the opinions cite it: 《title》（number）.</summary>
    public static string CallDocument(Campaign campaign) =>
        campaign.DocumentNumber.Length == 0 ? $"《{campaign.TitleZh}》" : $"《{campaign.TitleZh}》（{campaign.DocumentNumber}）";

    private static Dictionary<string, Bilingual> Check(OpinionInput input)
    {
        var errors = new Dictionary<string, Bilingual>();
        if (string.IsNullOrWhiteSpace(input.OverallEvaluation)) errors["overallEvaluation"] = Text.Get("Plan.Required", "总体评价", "Overall evaluation");
        if (input.Items.Count == 0 || input.Items.Any(string.IsNullOrWhiteSpace)) errors["items"] = Text.Get("Plan.Required", "问题或建议", "Problems or suggestions");
        if (!Enum.IsDefined(input.Conclusion)) errors["conclusion"] = Text.Get("Review.Conclusion");
        return errors;
    }
}
