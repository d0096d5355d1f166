using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Reviews;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Acceptance;

/// <summary>
/// Everything an acceptance step starts from, tracked: the campaign and its rules, the park's place, its participation,
/// its application (null before the first save), its delay requests and the result published before the product was used.
/// </summary>
internal sealed record AcceptanceContext(Campaign Campaign, AcceptanceRules Rules, ParkPlace Place, Participation? Participation,
    AcceptanceApplication? Application, List<DelayRequest> Delays, PublishedAcceptanceResult? Published)
{

    public AcceptanceStandingView Standing(AppDbContext db) =>
        AcceptanceStanding.Of(Participation?.State, Participation?.PlannedYear, Application, Delays, Deadline, db.Clock.Today(), Published);

    /// <summary>The campaign's acceptance deadline (its rule and date).</summary>
    public AcceptanceDeadline Deadline => AcceptanceStandings.Deadline(Campaign, Rules);

    /// <summary>
    /// Loads the context after the checks every step makes, in this order: campaign and park exist (404), the user's scope
    /// covers the park (403), the park takes part in the campaign (404).
    /// </summary>
    public static async Task<(Failure? Refusal, AcceptanceContext? Context)> LoadAsync(
        AppDbContext db, string campaignCode, int parkId, AccessScope user, bool change, CancellationToken ct)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return (Failure.NotFound(Text.Get("Rule.campaign", campaignCode)), null);
        var (access, place) = await ParkAccess.CheckAsync(db, parkId, user, change, ct);
        if (access != AccessOutcome.Allowed) return (Plans.PlanAccess.Refusal(access), null);
        if (Steps.OutsideCampaign(campaign, place!) is { } outside) return (outside, null);
        var participation = await db.Participations.Include(p => p.History)
            .SingleOrDefaultAsync(p => p.CampaignId == campaign.Id && p.ParkId == parkId, ct);
        if (participation is null) return (Failure.NotFound(Text.Get("Selection.NotInCampaign")), null);
        var application = await db.AcceptanceApplications.Include(a => a.Versions).Include(a => a.Events).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.CampaignId == campaign.Id && a.ParkId == parkId, ct);
        var delays = await db.DelayRequests.Where(d => d.CampaignId == campaign.Id && d.ParkId == parkId).OrderBy(d => d.Id).ToListAsync(ct);
        var published = await db.PublishedAcceptanceResults.AsNoTracking().SingleOrDefaultAsync(r => r.CampaignId == campaign.Id && r.ParkId == parkId, ct);
        return (null, new AcceptanceContext(campaign, await AcceptanceRules.LoadAsync(db, campaign.Id, ct), place!, participation, application, delays, published));
    }

    /// <summary>Checks the step against the workflow table: 403 for the wrong role, 409 (saying what must come first) for the wrong state.</summary>
    public Failure? Refuse(AcceptanceStep step, string? role) => AcceptanceWorkflow.Check(step, Application?.Status, role) switch
    {
        StepVerdict.WrongRole => Failure.Forbidden,
        StepVerdict.WrongState => OutOfOrder(step),
        _ => null,
    };

    public Failure OutOfOrder(AcceptanceStep step) =>
        Failure.Conflict(AcceptanceWorkflow.OutOfOrder(step, Place.Name, Application?.Status), state: Participation?.State.ToString());

    /// <summary>Records the step on the application and the participation (who, when, why) and saves both in one transaction.</summary>
    /// <summary>Takes <c>effectiveOn</c>: the date the step took effect, checked by <see cref="EffectiveDates"/>; today when null.</summary>
    public async Task<Outcome<StepDone>> RecordAsync(AppDbContext db, AcceptanceStep step, ParticipationState to, AccessScope user, string reason, CancellationToken ct,
        double? score = null, DateOnly? effectiveOn = null)
    {
        var (on, problem) = EffectiveDates.Check(effectiveOn, db.Clock.Today(), Participation);
        if (problem is { } bad) return Failure.Invalid("effectiveOn", bad);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var application = Application!;
        application.Status = AcceptanceWorkflow.Target(step);
        application.Events.Add(new AcceptanceEvent
        {
            Step = step, Actor = user.Name, AtUtc = now, EffectiveOn = on, Reason = reason, Score = score,
            VersionNumber = application.Versions.Count == 0 ? 0 : application.Versions.Max(v => v.Number),
        });
        Participation!.MoveTo(to, user.Name, now, $"{Text.Label(step).Zh}：{reason}", on);
        return await SaveAsync(db, ct) is { } unsaved ? unsaved : new StepDone(to, application.Id);
    }

    /// <summary>
    /// Saves, or answers 409 when someone else changed the participation or application meanwhile (their version tokens):
    /// two reviewers taking the same step, or two delay requests at once, cannot both pass.
    /// </summary>
    public static async Task<Failure?> SaveAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException failure) when (failure is DbUpdateConcurrencyException || Database.IsWriteConflict(failure))
        {
            return Failure.Conflict("Acceptance.Concurrent");
        }
    }
}
