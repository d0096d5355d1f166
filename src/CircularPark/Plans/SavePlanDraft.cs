using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Plans;

/// <summary>Saves the content of a draft version. A submitted version is immutable (409); bad content stores nothing (400).</summary>
public sealed class SavePlanDraft(AppDbContext db, IndicatorCatalog catalog)
{
    public async Task<Outcome<PlanRef>> ExecuteAsync(int planId, int number, PlanContent content, long expectedVersion, AccessScope user, CancellationToken ct = default)
    {
        var (access, plan, version) = await PlanAccess.LoadAsync(db, planId, number, user, change: true, ct, tracking: true);
        if (access != AccessOutcome.Allowed) return PlanAccess.Refusal(access);
        if (version!.Status == PlanStatus.Submitted) return Failure.Conflict("Plan.Submitted", number);
        if (version.Version != expectedVersion) return Failure.Conflict("Plan.Conflict");
        var template = (await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == plan!.CampaignId, ct)).TaskTemplate;
        var setup = (await catalog.LoadAsync(version.CoefficientSetId, ct))!;
        var errors = PlanRules.Check(content, TaskTemplates.Allowed(template), code => setup.Library.TryGet(code, out _));
        if (errors.Count > 0) return Failure.Invalid(errors);

        db.RemoveRange(version.Tasks);
        db.RemoveRange(version.Projects);
        db.RemoveRange(version.Targets);
        db.RemoveRange(version.Pollutants);
        content.ApplyTo(version);
        db.Entry(version).Property(v => v.Version).OriginalValue = expectedVersion;
        db.Entry(version).State = EntityState.Modified;
        var saved = await db.TrySaveChangesAsync(ct);
        return saved.Kind switch
        {
            OutcomeKind.Ok => new PlanRef(planId, number, version.Version),
            OutcomeKind.Conflict => Failure.Conflict("Plan.Conflict"),
            _ => saved.Failure!,
        };
    }
}
