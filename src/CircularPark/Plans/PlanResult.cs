using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Plans;

/// <summary>The plan version a plan action leaves: the plan, the version's number and its concurrency version.</summary>
public sealed record PlanRef(int PlanId, int Number, long Version);

/// <summary>Loads a plan with the version asked for (the latest by default) after checking the user's scope on its park.</summary>
internal static class PlanAccess
{
    /// <summary>The failure for a plan the user may not reach: 404 when there is no such plan or version, else 403.</summary>
    public static Failure Refusal(AccessOutcome access) =>
        access.Refusal(Failure.NotFound("Plan.NotFound"));

    public static async Task<(AccessOutcome Outcome, ImplementationPlan? Plan, PlanVersion? Version)> LoadAsync(
        AppDbContext db, int planId, int? number, AccessScope user, bool change, CancellationToken ct, bool tracking = false)
    {
        var plans = tracking ? db.Plans : db.Plans.AsNoTracking();
        var plan = await plans.SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return (AccessOutcome.NotFound, null, null);
        var (access, _) = await ParkAccess.CheckAsync(db, plan.ParkId, user, change, ct);
        // Reading, PlanRead also admits the experts whose review assignment on the plan is open.
        if (access == AccessOutcome.Forbidden && !change && user.Allows(Permissions.PlanRead, new ScopeTarget
            {
                ParkId = plan.ParkId,
                OpenAssignment = await db.ReviewAssignments.AnyAsync(a => a.PlanId == planId && a.ExpertUserName == user.Name && a.ClosedAtUtc == null, ct),
            }))
            access = AccessOutcome.Allowed;
        if (access != AccessOutcome.Allowed) return (access, null, null);
        var versions = tracking ? db.PlanVersions : db.PlanVersions.AsNoTracking();
        var version = await versions.Where(v => v.PlanId == planId && (number == null || v.Number == number))
            .OrderByDescending(v => v.Number)
            .Include(v => v.Tasks).Include(v => v.Projects).ThenInclude(p => p.YearlyInvestment)
            .Include(v => v.Targets).ThenInclude(t => t.Yearly).Include(v => v.Pollutants)
            .AsSplitQuery().FirstOrDefaultAsync(ct);
        return version is null ? (AccessOutcome.NotFound, plan, null) : (AccessOutcome.Allowed, plan, version);
    }
}
