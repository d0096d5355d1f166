using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reviews;

/// <summary>What a follow-up step did: the item and the state it is in now.</summary>
public sealed record FollowUpDone(int ItemId, FollowUpState State);

/// <summary>An item's starting point for a step: the item, its opinion's park and campaign, and its follow-up (tracked; new before the first answer).</summary>
internal sealed record FollowUpContext(OpinionItem Item, int ParkId, int CampaignId, string Park, OpinionFollowUp FollowUp);

/// <summary>
/// The checks every follow-up step makes, in this order: the item exists and the user may read its park's follow-up (404),
/// the item is followed up at all — its park's plan was approved and it belongs to the opinion of the latest round (409),
/// the step's permission covers the user on the park in the campaign (403), the item is in a state the step starts from (409).
/// </summary>
internal static class FollowUpAccess
{
    public static async Task<(Failure? Refusal, FollowUpContext? Context)> BeginAsync(AppDbContext db, int itemId, FollowUpStep step, AccessScope user, CancellationToken ct)
    {
        var item = await db.Set<OpinionItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, ct);
        var opinion = item is null ? null : await db.ReviewOpinions.AsNoTracking().Include(o => o.Participation!.Campaign)
            .SingleAsync(o => o.Id == item.OpinionId, ct);
        if (item is null || opinion is null) return (NotFound, null);
        var participation = opinion.Participation!;
        var target = await TargetAsync(db, participation.ParkId, participation.Campaign!, ct);
        if (target is null || !user.Allows(Permissions.FollowUpRead, target.Value.Target)) return (NotFound, null);
        var latest = await Opinions.LatestAsync(db, participation.Id, ct);
        if (latest?.Id != opinion.Id || !FollowUpFlow.Applies(participation.State, opinion.Conclusion))
            return (Failure.Conflict("FollowUp.NotApplicable", target.Value.Park), null);
        var followUp = await db.OpinionFollowUps.Include(f => f.Entries).SingleOrDefaultAsync(f => f.OpinionItemId == itemId, ct)
            ?? new OpinionFollowUp { OpinionItemId = itemId };
        return FollowUpFlow.Table.Check(step, followUp.State, user, target.Value.Target) switch
        {
            StepVerdict.WrongRole => (Failure.Forbidden, null),
            StepVerdict.WrongState => (OutOfOrder(item.Number, followUp.State, step), null),
            _ => (null, new FollowUpContext(item, participation.ParkId, participation.CampaignId, target.Value.Park, followUp)),
        };
    }

    /// <summary>The park in the campaign, as <see cref="ScopeRule.CampaignPark"/> judges it; null when there is no such park.</summary>
    public static async Task<(ScopeTarget Target, string Park)?> TargetAsync(AppDbContext db, int parkId, Campaign campaign, CancellationToken ct)
    {
        var place = await ParkAccess.FindAsync(db, parkId, ct);
        return place is null ? null : (place.Target with { CampaignScopePath = place.Tree.PathOf(campaign.ScopeRegionId) }, place.Name);
    }

    /// <summary>Records the step: a new entry (nothing earlier changes), the item's new state, saved; 409 when someone else acted first.</summary>
    public static async Task<Outcome<FollowUpDone>> RecordAsync(AppDbContext db, FollowUpContext context, FollowUpStep step, string text, int? planVersion,
        AccessScope user, CancellationToken ct)
    {
        var followUp = context.FollowUp;
        if (followUp.Id == 0) db.OpinionFollowUps.Add(followUp);
        followUp.Entries.Add(new FollowUpEntry
        {
            Step = step, Text = text, PlanVersionNumber = planVersion, Actor = user.Name, AtUtc = db.Clock.GetUtcNow().UtcDateTime,
        });
        followUp.State = FollowUpFlow.Table[step].To!.Value;
        return await db.TrySaveChangesAsync(() => new FollowUpDone(context.Item.Id, followUp.State), ct);
    }

    private static Failure NotFound => Failure.NotFound("FollowUp.NotFound");

    /// <summary>Why the step cannot be taken now: the item, its state and what must happen first, in both languages.</summary>
    private static Failure OutOfOrder(int number, FollowUpState state, FollowUpStep step)
    {
        var (label, first) = (Text.Label(state), Text.Get($"FollowUp.First.{step}"));
        var message = new Bilingual(Text.Get("FollowUp.OutOfOrder", number, label.Zh, first.Zh).Zh, Text.Get("FollowUp.OutOfOrder", number, label.En, first.En).En);
        return Failure.Conflict(message, state.ToString());
    }
}

/// <summary>
/// The park answers one numbered item of the expert opinion on its approved plan: what it changed, and the submitted version
/// of its plan in the campaign that carries the change. A park with no submitted version on the platform answers without
/// one (the nine Guangdong parks of 2020 were approved before the platform held their plans). An answer is never changed:
/// after a return the park answers again, and both answers are kept.
/// </summary>
public sealed class AnswerOpinionItem(AppDbContext db)
{
    public async Task<Outcome<FollowUpDone>> ExecuteAsync(int itemId, string? answer, int? planVersion, AccessScope user, CancellationToken ct = default)
    {
        var (refusal, context) = await FollowUpAccess.BeginAsync(db, itemId, FollowUpStep.Answer, user, ct);
        if (refusal is not null) return refusal;
        var versions = await SubmittedVersionsAsync(db, context!.ParkId, context.CampaignId, ct);
        var errors = new Dictionary<string, Bilingual>();
        if (string.IsNullOrWhiteSpace(answer)) errors["answer"] = Text.Get("Plan.Required", "整改落实情况", "What the park changed");
        var listed = versions.Count == 0 ? "—" : string.Join("、", versions);
        if (planVersion is { } number && !versions.Contains(number)) errors["planVersion"] = Text.Get("FollowUp.PlanVersion", number, listed);
        else if (planVersion is null && versions.Count > 0) errors["planVersion"] = Text.Get("FollowUp.PlanVersionRequired", listed);
        if (errors.Count > 0) return Failure.Invalid(errors);
        return await FollowUpAccess.RecordAsync(db, context, FollowUpStep.Answer, answer!.Trim(), planVersion, user, ct);
    }

    /// <summary>The numbers of the submitted (immutable) versions of the park's plan in the campaign, in order.</summary>
    public static Task<List<int>> SubmittedVersionsAsync(AppDbContext db, int parkId, int campaignId, CancellationToken ct) =>
        db.PlanVersions.AsNoTracking()
            .Where(v => v.Status == Plans.PlanStatus.Submitted && db.Plans.Any(p => p.Id == v.PlanId && p.ParkId == parkId && p.CampaignId == campaignId))
            .OrderBy(v => v.Number).Select(v => v.Number).ToListAsync(ct);
}

/// <summary>The city confirms the park's latest answer to an item, or returns it with a reason (required); the park then answers again.</summary>
public sealed class DecideOpinionItem(AppDbContext db)
{
    public async Task<Outcome<FollowUpDone>> ExecuteAsync(int itemId, string? decision, string? reason, AccessScope user, CancellationToken ct = default)
    {
        // Confirm and return share their permission and from-states: an unknown decision is judged as a confirmation first, so
        // a user outside the park's scope is refused (404/403) before being told the decision is unknown.
        var named = FollowUpFlow.Parse(decision) is { } parsed and not FollowUpStep.Answer ? parsed : (FollowUpStep?)null;
        var step = named ?? FollowUpStep.Confirm;
        var (refusal, context) = await FollowUpAccess.BeginAsync(db, itemId, step, user, ct);
        if (refusal is { Kind: OutcomeKind.NotFound or OutcomeKind.Forbidden }) return refusal;
        if (named is null) return Failure.Invalid("decision", "FollowUp.Decision");
        if (refusal is not null) return refusal;
        if (step == FollowUpStep.Return && string.IsNullOrWhiteSpace(reason)) return Failure.Invalid("reason", "FollowUp.ReasonRequired");
        return await FollowUpAccess.RecordAsync(db, context!, step, reason?.Trim() ?? "", null, user, ct);
    }
}
