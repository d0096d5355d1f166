using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;

namespace CircularPark.Plans;

/// <summary>Submits the draft version: from then on it is immutable; a change is a revision (a new version).</summary>
public sealed class SubmitPlan(AppDbContext db)
{
    public async Task<PlanResult> ExecuteAsync(int planId, int number, AccessScope user, CancellationToken ct = default)
    {
        var (access, _, version) = await PlanAccess.LoadAsync(db, planId, number, user, change: true, ct, tracking: true);
        if (access != AccessOutcome.Allowed) return PlanResult.Of(access);
        if (version!.Status == PlanStatus.Submitted) return new PlanResult(UpdateOutcome.Conflict, Message: Text.Get("Plan.Submitted", number));
        version.Status = PlanStatus.Submitted;
        version.SubmittedAtUtc = db.Clock.GetUtcNow().UtcDateTime;
        version.SubmittedBy = user.Name;
        await db.SaveChangesAsync(ct);
        return new PlanResult(UpdateOutcome.Updated, PlanId: planId, Number: number, Version: version.Version);
    }
}

/// <summary>Starts a revision: a new draft version copied from the latest version, which must be submitted.</summary>
public sealed class RevisePlan(AppDbContext db)
{
    public async Task<PlanResult> ExecuteAsync(int planId, AccessScope user, CancellationToken ct = default)
    {
        var (access, _, latest) = await PlanAccess.LoadAsync(db, planId, null, user, change: true, ct);
        if (access != AccessOutcome.Allowed) return PlanResult.Of(access);
        if (latest!.Status == PlanStatus.Draft) return new PlanResult(UpdateOutcome.Conflict, Message: Text.Get("Plan.DraftOpen", latest.Number));
        var revision = new PlanVersion
        {
            PlanId = planId, Number = latest.Number + 1, CreatedAtUtc = db.Clock.GetUtcNow().UtcDateTime, CreatedBy = user.Name,
            CoefficientSetId = latest.CoefficientSetId,
        };
        PlanContent.From(latest).ApplyTo(revision);
        db.PlanVersions.Add(revision);
        await db.SaveChangesAsync(ct);
        return new PlanResult(UpdateOutcome.Updated, PlanId: planId, Number: revision.Number, Version: revision.Version);
    }
}
