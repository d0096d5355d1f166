using CircularPark.Parks;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;
using CircularPark.Inbox;

namespace CircularPark.Reviews;

/// <summary>
/// The selection's inbox tasks: a park's own steps (submit the plan it was listed for, revise it), the officials'
/// screening, panel and decision steps, an expert's review and the chair's opinion. Who gets which is the permissions
/// table's; an administrator holds the officials' steps.
/// </summary>
internal static class SelectionInbox
{
    public static async Task<List<InboxTask>> TasksAsync(AppDbContext db, AccessScope user, CancellationToken ct)
    {
        var tasks = user switch
        {
            { ParkId: not null } when user.Holds(Permissions.SelectionApply) => await ParkTasksAsync(db, user, ct),
            _ when RegionSteps.Any(s => user.Holds(s.Permission)) => await RegionTasksAsync(db, user, db.Clock.Today(), ct),
            _ when user.Holds(Permissions.ExpertReview) => await ExpertTasksAsync(db, user, ct),
            _ => [],
        };
        return [.. tasks.Select(t => t with { Link = $"/selection/{t.CampaignCode}/parks/{t.ParkId}" })];
    }

    /// <summary>The officials' selection steps whose tasks wait in their inbox: screening, the panel, the decision.</summary>
    private static readonly (Permission Permission, WorkflowStep Step)[] RegionSteps =
        [(Permissions.SelectionScreenTasks, WorkflowStep.Recommend), (Permissions.SelectionPanel, WorkflowStep.AssignExperts), (Permissions.SelectionDecide, WorkflowStep.Approve)];

    private static async Task<List<InboxTask>> ExpertTasksAsync(AppDbContext db, AccessScope user, CancellationToken ct)
    {
        var open = await db.ReviewAssignments.AsNoTracking().Where(a => a.ExpertUserName == user.Name && a.ClosedAtUtc == null)
            .Select(a => new
            {
                a.ParticipationId, a.Round, a.IsChair, a.SubmittedAtUtc, a.DueOn, a.Participation!.Campaign!.Code, a.Participation.Campaign.TitleZh,
                a.Participation.ParkId, Park = a.Participation.Park!.Name,
                Pending = db.ReviewAssignments.Count(o => o.ParticipationId == a.ParticipationId && o.Round == a.Round && o.SubmittedAtUtc == null),
            }).ToListAsync(ct);
        return open.Where(a => a.SubmittedAtUtc is null || (a.IsChair && a.Pending == 0))
            .Select(a => new InboxTask(a.SubmittedAtUtc is null ? InboxTaskKind.ReviewPlan : InboxTaskKind.CompileOpinion,
                a.Code, a.TitleZh, a.ParkId, a.Park, a.DueOn, false)).ToList();
    }

    private static async Task<List<InboxTask>> RegionTasksAsync(AppDbContext db, AccessScope user, DateOnly today, CancellationToken ct)
    {
        // The states the user's steps are taken from (parks listed by a promotion plan are asked for below).
        var wanted = RegionSteps.Where(s => user.Holds(s.Permission)).SelectMany(s => Workflow.From(s.Step)).OfType<ParticipationState>()
            .Where(s => s != ParticipationState.Listed).Distinct().ToList();
        var mine = db.Parks.VisibleTo(user, today).Select(p => p.Id);
        var rows = await db.Participations.AsNoTracking()
            .Where(p => mine.Contains(p.ParkId))
            .Where(p => wanted.Contains(p.State) || (p.State == ParticipationState.Listed && p.ListedByRegionId != null))
            .Select(p => new
            {
                p.Id, p.State, p.Campaign!.Code, p.Campaign.TitleZh, p.Campaign.RecommendationDueOn, p.Campaign.ReviewDueOn, p.ParkId, Park = p.Park!.Name,
                Round = db.ReviewAssignments.Where(a => a.ParticipationId == p.Id).Max(a => (int?)a.Round),
                OpinionRound = db.ReviewOpinions.Where(o => o.ParticipationId == p.Id).Max(o => (int?)o.Round),
            }).ToListAsync(ct);
        var tasks = new List<InboxTask>();
        foreach (var r in rows)
        {
            InboxTaskKind? kind = r.State switch
            {
                ParticipationState.Applied or ParticipationState.Listed when user.Holds(Permissions.SelectionScreenTasks) => InboxTaskKind.RecommendPark,
                ParticipationState.Recommended or ParticipationState.PlanSubmitted when user.Holds(Permissions.SelectionPanel) => InboxTaskKind.AssignExperts,
                ParticipationState.UnderReview when r.Round is not null && r.OpinionRound == r.Round && user.Holds(Permissions.SelectionDecide) => InboxTaskKind.ConfirmOpinion,
                _ => null,
            };
            if (kind is { } k)
                tasks.Add(new InboxTask(k, r.Code, r.TitleZh, r.ParkId, r.Park, k == InboxTaskKind.RecommendPark ? r.RecommendationDueOn : r.ReviewDueOn, false));
        }
        return tasks;
    }

    private static async Task<List<InboxTask>> ParkTasksAsync(AppDbContext db, AccessScope user, CancellationToken ct)
    {
        var rows = await db.Participations.AsNoTracking().Where(p => p.ParkId == user.ParkId)
            .Where(p => p.State == ParticipationState.UnderReview || (p.State == ParticipationState.Listed && p.ListedByRegionId != null))
            .Select(p => new
            {
                p.State, p.Campaign!.RecommendationDueOn,
                p.Campaign.Code, p.Campaign.TitleZh, p.Campaign.ReviewDueOn, p.ParkId, Park = p.Park!.Name,
                Round = db.ReviewAssignments.Where(a => a.ParticipationId == p.Id).Max(a => (int?)a.Round),
                Latest = db.ReviewOpinions.Where(o => o.ParticipationId == p.Id).OrderByDescending(o => o.Round).Select(o => new { o.Round, o.Conclusion }).FirstOrDefault(),
            }).ToListAsync(ct);
        return rows.Where(r => r.State == ParticipationState.Listed || (r.Latest is { Conclusion: ReviewConclusion.PassAfterRevision } && r.Latest.Round == r.Round))
            .Select(r => r.State == ParticipationState.Listed
                ? new InboxTask(InboxTaskKind.SubmitPlan, r.Code, r.TitleZh, r.ParkId, r.Park, r.RecommendationDueOn, false)
                : new InboxTask(InboxTaskKind.RevisePlan, r.Code, r.TitleZh, r.ParkId, r.Park, r.ReviewDueOn, false)).ToList();
    }
}
