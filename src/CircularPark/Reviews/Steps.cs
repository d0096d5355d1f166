using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reviews;

/// <summary>What a workflow step did when it was taken: the state it leaves the park in (if it moved it) and the id of what it recorded.</summary>
public sealed record StepDone(ParticipationState? State, int? Id)
{
    /// <summary>The code of what the step created, where it has one (a campaign set up).</summary>
    public string? Code { get; init; }
}

/// <summary>A step's starting point: the campaign, the park's place and its participation (null before it applies), all tracked.</summary>
internal sealed record StepContext(Campaign Campaign, ParkPlace Place, Participation? Participation)
{
    public ParticipationState? State => Participation?.State;
}

/// <summary>
/// The checks every step makes, in this order: campaign and park exist (404), the user's scope covers the park (403),
/// the step is for the user's role (403), the park is in a state the step may be taken from (409, saying what must
/// happen first). Experts are not scoped by region: their steps check the assignment instead.
/// </summary>
internal static class Steps
{
    public static async Task<(Failure? Refusal, StepContext? Context)> BeginAsync(
        AppDbContext db, string campaignCode, int parkId, WorkflowStep step, AccessScope user, CancellationToken ct)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return (Failure.NotFound("Rule.campaign", campaignCode), null);
        var expertStep = user.ScopedByAssignment;
        var (access, place) = expertStep
            ? await ExpertPlaceAsync(db, parkId, ct)
            : await ParkAccess.CheckAsync(db, parkId, user, change: true, ct);
        if (access != AccessOutcome.Allowed) return (Plans.PlanAccess.Refusal(access), null);
        if (!expertStep && OutsideCampaign(campaign, place!) is { } outside) return (outside, null);
        var participation = await db.Participations.Include(p => p.History)
            .SingleOrDefaultAsync(p => p.CampaignId == campaign.Id && p.ParkId == parkId, ct);
        var context = new StepContext(campaign, place!, participation);
        return Workflow.Check(step, participation?.State, user.Role) switch
        {
            StepVerdict.WrongRole => (Failure.Forbidden, null),
            StepVerdict.WrongState => (OutOfOrder(step, context), null),
            _ => (null, context),
        };
    }

    /// <summary>
    /// A park takes steps only in campaigns whose scope holds its current region (issue 12, finding 1): a Guangdong park has
    /// nothing to do in Shandong's campaign, whoever asks. 403 with the reason; experts' steps are bound by their assignment.
    /// </summary>
    public static Failure? OutsideCampaign(Campaign campaign, ParkPlace place)
    {
        if (place.LiesWithin(campaign.ScopeRegionId)) return null;
        var scope = place.Tree.Find(campaign.ScopeRegionId);
        return new Failure(OutcomeKind.Forbidden, Text.Get("Selection.OutsideCampaign", place.Name, campaign.Code, scope?.NameZh ?? ""));
    }


    /// <summary>Someone else moved the park meanwhile (or the writer was busy): nothing was saved (409, reload and try again).</summary>
    public static Failure Concurrent => Failure.Conflict("Database.Conflict");

    public static Failure OutOfOrder(WorkflowStep step, StepContext context) =>
        Failure.Conflict(Workflow.OutOfOrder(step, context.Place.Name, context.State), state: context.State?.ToString());

    /// <summary>Moves the participation (and saves): who, when and why are recorded in its history.</summary>
    public static async Task<Outcome<StepDone>> MoveAsync(AppDbContext db, StepContext context, ParticipationState to, AccessScope user, string reason, CancellationToken ct)
    {
        context.Participation!.MoveTo(to, user.Name, db.Clock.GetUtcNow().UtcDateTime, reason);
        if (await db.TrySaveChangesAsync(ct) is { Failure: not null }) return Concurrent;
        return new StepDone(to, context.Participation.Id);
    }

    /// <summary>The latest submitted version of the park's plan in the campaign.</summary>
    public static async Task<(int PlanId, int Number, string Title)?> SubmittedPlanAsync(AppDbContext db, int campaignId, int parkId, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.CampaignId == campaignId && p.ParkId == parkId)
            .Select(p => new { p.Id, p.Title }).SingleOrDefaultAsync(ct);
        if (plan is null) return null;
        var number = await db.PlanVersions.Where(v => v.PlanId == plan.Id && v.Status == Plans.PlanStatus.Submitted)
            .MaxAsync(v => (int?)v.Number, ct);
        return number is { } n ? (plan.Id, n, plan.Title) : null;
    }

    private static async Task<(AccessOutcome, ParkPlace?)> ExpertPlaceAsync(AppDbContext db, int parkId, CancellationToken ct)
    {
        var name = await db.Parks.AsNoTracking().Where(p => p.Id == parkId).Select(p => p.Name).SingleOrDefaultAsync(ct);
        return name is null ? (AccessOutcome.NotFound, null) : (AccessOutcome.Allowed, new ParkPlace(parkId, name, null, [], new Regions.RegionTree([])));
    }
}
