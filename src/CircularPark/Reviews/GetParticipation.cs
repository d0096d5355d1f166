using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reviews;

/// <summary>A park's standing in a campaign: state, history, plan under review, panel and opinions of every round.</summary>
public sealed record ParticipationView(int ParkId, string Park, string CampaignCode, ParticipationState State, int? PlanId,
    IReadOnlyList<ParticipationStateChange> History, IReadOnlyList<AssignmentView> Panel, IReadOnlyList<OpinionView> Opinions,
    IReadOnlyList<CampaignChecklistItem> Checklist);

/// <summary>One expert of a round; scores only for the expert themself and the organising province.</summary>
public sealed record AssignmentView(int Round, int PlanVersionNumber, string Expert, string ExpertName, string Organisation, bool IsChair,
    DateOnly? DueOn, DateTime? SubmittedAtUtc, bool Open, string? Comment, IReadOnlyList<ChecklistScore>? Scores);

/// <summary>
/// Reads a participation: users whose scope covers the park, and the experts assigned to it, who see the plan, history and
/// opinions only while their review is open.
/// </summary>
public sealed class GetParticipation(AppDbContext db)
{
    public async Task<(AccessOutcome Outcome, ParticipationView? View)> ExecuteAsync(string campaignCode, int parkId, AccessScope user, CancellationToken ct = default)
    {
        var participation = await db.Participations.AsNoTracking().Include(p => p.History).Include(p => p.Park).Include(p => p.Campaign)
            .SingleOrDefaultAsync(p => p.Campaign!.Code == campaignCode && p.ParkId == parkId, ct);
        if (participation is null) return (AccessOutcome.NotFound, null);
        var panel = await db.ReviewAssignments.AsNoTracking().Where(a => a.ParticipationId == participation.Id)
            .OrderBy(a => a.Round).ThenByDescending(a => a.IsChair).ThenBy(a => a.Id).ToListAsync(ct);
        var (access, place) = await ParkAccess.CheckAsync(db, parkId, user, change: false, ct);
        var assigned = user.ScopedByAssignment && panel.Any(a => a.ExpertUserName == user.Name);
        if (access != AccessOutcome.Allowed && !assigned) return (access, null);
        if (access != AccessOutcome.Allowed && !panel.Any(a => a.ExpertUserName == user.Name && a.IsOpen))
            return (AccessOutcome.Allowed, Closed(participation, campaignCode, panel.Where(a => a.ExpertUserName == user.Name)));
        var seesScores = place is not null && place.Allows(user, Permissions.ReviewScoresRead);
        var opinions = await db.ReviewOpinions.AsNoTracking().Include(o => o.Items).Include(o => o.Participation!.Park)
            .Where(o => o.ParticipationId == participation.Id).OrderBy(o => o.Round).ToListAsync(ct);
        var planId = await db.Plans.Where(p => p.ParkId == parkId && p.CampaignId == participation.CampaignId).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        return (AccessOutcome.Allowed, new ParticipationView(parkId, participation.Park!.Name, campaignCode, participation.State, planId,
            Participation.InEffectOrder(participation.History).ToList(),
            panel.Select(a => View(a, seesScores || a.ExpertUserName == user.Name)).ToList(),
            opinions.Select(OpinionView.From).ToList(), ReviewChecklist.Of(participation.Campaign!)));
    }

    /// <summary>What an expert whose review has closed still sees: the state and their own assignments, not the plan, history or opinions.</summary>
    private static ParticipationView Closed(Participation participation, string campaignCode, IEnumerable<ReviewAssignment> own) =>
        new(participation.ParkId, participation.Park!.Name, campaignCode, participation.State, null, [], own.Select(a => View(a, true)).ToList(), [], []);

    private static AssignmentView View(ReviewAssignment a, bool detail) => new(a.Round, a.PlanVersionNumber, a.ExpertUserName, a.ExpertName,
        a.Organisation, a.IsChair, a.DueOn, a.SubmittedAtUtc, a.IsOpen, detail ? a.Comment : null, detail ? a.Scores : null);
}
