using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Plans;

/// <summary>
/// Starts a park's implementation plan in a campaign: version 1, a draft, with the campaign's main tasks, the baseline
/// year = the application year (the campaign's year unless given) and a period of up to three years after it.
/// </summary>
public sealed class CreatePlan(AppDbContext db)
{
    public async Task<Outcome<PlanRef>> ExecuteAsync(int parkId, string campaignCode, int? baselineYear, AccessScope user, CancellationToken ct = default)
    {
        var (access, place) = await ParkAccess.CheckAsync(db, parkId, user, change: true, ct);
        if (access != AccessOutcome.Allowed) return access.Refusal(Failure.NotFound("Park.NotFound", parkId));
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return Failure.NotFound("Rule.campaign", campaignCode);
        if (await db.Plans.AnyAsync(p => p.ParkId == parkId && p.CampaignId == campaign.Id, ct))
            return Failure.Conflict("Plan.Exists");
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var baseline = baselineYear ?? campaign.IssuedOn?.Year ?? now.Year;
        if (baseline is < 2000 or > 2060)
            return Failure.Invalid("baselineYear", "Plan.Year", baseline);
        var version = new PlanVersion
        {
            Number = 1, CreatedAtUtc = now, CreatedBy = user.Name, CoefficientSetId = IndicatorCatalog.DefaultSetId,
            BaselineYear = baseline, PeriodStartYear = baseline + 1, PeriodEndYear = baseline + PlanRules.DefaultMaxPeriodYears,
            Tasks = TaskTemplates.Of(campaign.TaskTemplate).Select(code => new PlanTask { TaskCode = code }).ToList(),
        };
        var plan = new ImplementationPlan { ParkId = parkId, CampaignId = campaign.Id, Title = $"{place!.Name}循环化改造实施方案", Versions = [version] };
        db.Plans.Add(plan);
        return await db.TrySaveChangesAsync(() => new PlanRef(plan.Id, 1, version.Version), ct);
    }
}
