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
/// The park asks to delay its acceptance (延期申请), under the campaign's rules: by the request deadline, at most N
/// requests (once by default), at most M months (12 by default). Only a park awaiting acceptance (approved, or listed where its planned year is
/// the deadline) that has not applied yet may ask.
/// </summary>
public sealed class RequestDelay(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, int parkId, int months, string? reason, AccessScope user, CancellationToken ct = default)
    {
        if (ReviewAcceptance.CheckReason(reason) is { } invalid) return invalid;
        var why = reason!.Trim();
        var (refusal, context) = await AcceptanceContext.LoadAsync(db, campaignCode, parkId, user, change: true, ct);
        if (refusal is not null) return refusal;
        if (!user.Holds(Permissions.AcceptanceApply)) return Failure.Forbidden;
        var rules = context!.Rules;
        if (months < 1 || months > rules.MaxDelayMonths) return Failure.Invalid("months", "Delay.TooLong", rules.MaxDelayMonths);
        var state = context.Participation!.State;
        if (!context.Deadline.Awaits(state) || context.Application?.Versions.Any(v => v.Submitted) == true)
            return Failure.Conflict(Text.Get("Delay.NotNow", context.Place.Name, Text.Label(state).Zh, Text.Label(state).En), state: state.ToString());
        if (context.Delays.Count >= rules.MaxDelayRequests) return Failure.Conflict("Delay.TooMany", rules.MaxDelayRequests);
        var deadline = rules.DelayRequestDueOn ?? AcceptanceStanding.DueOn(context.Deadline, context.Participation.PlannedYear, context.Delays);
        if (deadline is { } d && db.Clock.Today() > d) return Failure.Conflict("Delay.Late", SubmitAcceptance.Day(d));
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var request = new DelayRequest { CampaignId = context.Campaign.Id, ParkId = parkId, Months = months, Reason = why, RequestedBy = user.Name, RequestedAtUtc = now };
        db.DelayRequests.Add(request);
        context.Participation.MoveTo(ParticipationState.DelayRequested, user.Name, now, $"申请延期验收 {months} 个月：{request.Reason}");
        return await AcceptanceContext.SaveAsync(db, ct) is { } unsaved ? unsaved : new StepDone(ParticipationState.DelayRequested, request.Id);
    }
}

/// <summary>
/// The province approves or rejects a pending delay request, with a reason. An approved delay moves the park's deadline
/// by the months asked; a rejected one returns the park to the state it was in before.
/// </summary>
public sealed class DecideDelay(AppDbContext db)
{
    /// <summary>Takes <c>decidedOn</c>: the decision's date (the reply's date when recorded after the fact); today when null.</summary>
    public async Task<Outcome<StepDone>> ExecuteAsync(int requestId, bool approve, string? reason, AccessScope user, DateOnly? decidedOn = null, CancellationToken ct = default)
    {
        if (ReviewAcceptance.CheckReason(reason) is { } invalid) return invalid;
        var why = reason!.Trim();
        var request = await db.DelayRequests.SingleOrDefaultAsync(d => d.Id == requestId, ct);
        if (request is null) return Failure.NotFound(Text.Get("Delay.NotFound"));
        var (access, _) = await ParkAccess.CheckAsync(db, request.ParkId, user, change: false, ct);
        if (access != AccessOutcome.Allowed) return Failure.NotFound(Text.Get("Delay.NotFound"));
        if (!user.Holds(Permissions.AcceptanceFile)) return Failure.Forbidden;
        if (request.Status != DelayStatus.Pending) return Failure.Conflict("Delay.Decided", Text.Label(request.Status).Zh, Text.Label(request.Status).En);
        var participation = await db.Participations.Include(p => p.History).SingleAsync(p => p.CampaignId == request.CampaignId && p.ParkId == request.ParkId, ct);
        var (on, problem) = EffectiveDates.Check(decidedOn, db.Clock.Today(), participation);
        if (problem is { } bad) return Failure.Invalid("decidedOn", bad);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        (request.Status, request.DecidedBy, request.DecidedAtUtc, request.DecidedOn, request.DecisionReason) = (approve ? DelayStatus.Approved : DelayStatus.Rejected, user.Name, now, on, why);
        var before = participation.History.OrderBy(h => h.AtUtc).ThenBy(h => h.Id).LastOrDefault(h => h.To == ParticipationState.DelayRequested)?.From
            ?? ParticipationState.Approved;
        var to = approve ? ParticipationState.DelayRequested : before;
        participation.MoveTo(to, user.Name, now, $"{(approve ? "同意延期" : "不同意延期")}：{request.DecisionReason}", on);
        return await AcceptanceContext.SaveAsync(db, ct) is { } unsaved ? unsaved : new StepDone(to, request.Id);
    }
}
