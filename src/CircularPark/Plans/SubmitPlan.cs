using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Parks;

namespace CircularPark.Plans;

/// <summary>
/// Submits the draft version: from then on it is immutable; a change is a revision (a new version). A draft missing a
/// required section (<see cref="PlanRules.MissingForSubmission"/>) is refused with each section named.
/// </summary>
public sealed class SubmitPlan(AppDbContext db)
{
    public async Task<Outcome<PlanRef>> ExecuteAsync(int planId, int number, AccessScope user, CancellationToken ct = default)
    {
        var (access, _, version) = await PlanAccess.LoadAsync(db, planId, number, user, change: true, ct, tracking: true);
        if (access != AccessOutcome.Allowed) return PlanAccess.Refusal(access);
        if (version!.Status == PlanStatus.Submitted) return Failure.Conflict("Plan.Submitted", number);
        if (PlanRules.MissingForSubmission(PlanContent.From(version)) is { Count: > 0 } missing) return Failure.Invalid(missing);
        version.Status = PlanStatus.Submitted;
        version.SubmittedAtUtc = db.Clock.GetUtcNow().UtcDateTime;
        version.SubmittedBy = user.Name;
        return await db.TrySaveChangesAsync(() => new PlanRef(planId, number, version.Version), ct);
    }
}

/// <summary>Starts a revision: a new draft version copied from the latest version, which must be submitted.</summary>
public sealed class RevisePlan(AppDbContext db)
{
    public async Task<Outcome<PlanRef>> ExecuteAsync(int planId, AccessScope user, CancellationToken ct = default)
    {
        var (access, _, latest) = await PlanAccess.LoadAsync(db, planId, null, user, change: true, ct);
        if (access != AccessOutcome.Allowed) return PlanAccess.Refusal(access);
        if (latest!.Status == PlanStatus.Draft) return Failure.Conflict("Plan.DraftOpen", latest.Number);
        var revision = new PlanVersion
        {
            PlanId = planId, Number = latest.Number + 1, CreatedAtUtc = db.Clock.GetUtcNow().UtcDateTime, CreatedBy = user.Name,
            CoefficientSetId = latest.CoefficientSetId,
        };
        PlanContent.From(latest).ApplyTo(revision);
        db.PlanVersions.Add(revision);
        return await db.TrySaveChangesAsync(() => new PlanRef(planId, revision.Number, revision.Version), ct);
    }
}
