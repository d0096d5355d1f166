using CircularPark.Parks;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Reviews;

/// <summary>A kind of task waiting in someone's inbox.</summary>
public enum InboxTaskKind
{
    /// <summary>待评审方案: an expert's open review.</summary>
    ReviewPlan = 1,
    /// <summary>待形成评审意见: the chair, once the panel has reviewed.</summary>
    CompileOpinion = 2,
    /// <summary>待初审推荐: the city, for an applied park.</summary>
    RecommendPark = 3,
    /// <summary>待组织评审: the province, for a recommended park.</summary>
    AssignExperts = 4,
    /// <summary>待确认评审意见: the province decides on a reviewed park.</summary>
    ConfirmOpinion = 5,
    /// <summary>待修改方案: the park, after "pass after revision".</summary>
    RevisePlan = 6,
    /// <summary>待提交实施方案: the park, listed by its city's promotion plan.</summary>
    SubmitPlan = 7,
    /// <summary>待验收评审: the next review step of an acceptance application (city or province).</summary>
    ReviewAcceptance = 8,
    /// <summary>待备案: the province files a graded acceptance.</summary>
    FileAcceptance = 9,
    /// <summary>待审批延期申请: the province decides a delay request.</summary>
    DecideDelay = 10,
    /// <summary>待修改验收申请: the park, after its application was returned.</summary>
    ReviseAcceptance = 11,
    /// <summary>待申请验收: the park applies (or asks for a delay) before its acceptance deadline.</summary>
    ApplyForAcceptance = 12,
    /// <summary>待落实专家意见: the park answers the open or returned items of the expert opinion on its approved plan.</summary>
    AnswerOpinionItems = 13,
    /// <summary>待确认整改答复: the city confirms or returns its parks' answers to opinion items.</summary>
    ConfirmOpinionItems = 14,
}

/// <summary>One task: what, for which park in which campaign, due when (a campaign date), overdue or not.</summary>
public sealed record InboxTask(InboxTaskKind Kind, string CampaignCode, string Campaign, int ParkId, string Park, DateOnly? DueOn, bool Overdue);

/// <summary>The tasks waiting for a user, by role and scope, soonest due first.</summary>
public sealed class GetInbox(AppDbContext db)
{
    public async Task<IReadOnlyList<InboxTask>> ExecuteAsync(AccessScope user, CancellationToken ct = default)
    {
        var today = db.Clock.Today();
        // Which tasks wait for the user is the permissions table's: a park's own steps, the officials' screening, panel and
        // decision steps, an expert's review (an administrator holds them all and is an official here).
        var tasks = user switch
        {
            { ParkId: not null } when user.Holds(Permissions.SelectionApply) => await ParkTasksAsync(user, ct),
            _ when RegionSteps.Any(s => user.Holds(s.Permission)) => await RegionTasksAsync(user, today, ct),
            _ when user.Holds(Permissions.ExpertReview) => await ExpertTasksAsync(user, ct),
            _ => [],
        };
        tasks.AddRange(await Acceptance.AcceptanceInbox.TasksAsync(db, user, ct));
        tasks.AddRange(await FollowUpInbox.TasksAsync(db, user, ct));
        return tasks.Select(t => t with { Overdue = t.DueOn is { } due && due < today })
            .OrderBy(t => t.DueOn ?? DateOnly.MaxValue).ThenBy(t => t.CampaignCode, StringComparer.Ordinal).ThenBy(t => t.ParkId).ToList();
    }

    /// <summary>The officials' selection steps whose tasks wait in their inbox: screening, the panel, the decision.</summary>
    private static readonly (Permission Permission, WorkflowStep Step)[] RegionSteps =
        [(Permissions.SelectionScreenTasks, WorkflowStep.Recommend), (Permissions.SelectionPanel, WorkflowStep.AssignExperts), (Permissions.SelectionDecide, WorkflowStep.Approve)];

    private async Task<List<InboxTask>> ExpertTasksAsync(AccessScope user, CancellationToken ct)
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

    private async Task<List<InboxTask>> RegionTasksAsync(AccessScope user, DateOnly today, CancellationToken ct)
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

    private async Task<List<InboxTask>> ParkTasksAsync(AccessScope user, CancellationToken ct)
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
