using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Localization;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Plans;

/// <summary>
/// Starts a park's implementation plan in a campaign: version 1, a draft, with the campaign's main tasks, the baseline
/// year = the application year (the campaign's year unless given) and a period of up to three years after it.
/// </summary>
public sealed class CreatePlan(AppDbContext db)
{
    public async Task<PlanResult> ExecuteAsync(int parkId, string campaignCode, int? baselineYear, AccessScope user, CancellationToken ct = default)
    {
        var (access, place) = await ParkAccess.CheckAsync(db, parkId, user, change: true, ct);
        if (access != AccessOutcome.Allowed) return PlanResult.Of(access);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return new PlanResult(UpdateOutcome.NotFound, Message: Text.Get("Rule.campaign", campaignCode));
        if (await db.Plans.AnyAsync(p => p.ParkId == parkId && p.CampaignId == campaign.Id, ct))
            return new PlanResult(UpdateOutcome.Conflict, Message: Text.Get("Plan.Exists"));
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var baseline = baselineYear ?? campaign.IssuedOn?.Year ?? now.Year;
        if (baseline is < 2000 or > 2060)
            return new PlanResult(UpdateOutcome.Invalid, new Dictionary<string, Bilingual> { ["baselineYear"] = Text.Get("Plan.Year", baseline) });
        var version = new PlanVersion
        {
            Number = 1, CreatedAtUtc = now, CreatedBy = user.Name, CoefficientSetId = IndicatorCatalog.DefaultSetId,
            BaselineYear = baseline, PeriodStartYear = baseline + 1, PeriodEndYear = baseline + PlanRules.DefaultMaxPeriodYears,
            Tasks = TaskTemplates.Of(campaign.TaskTemplate).Select(code => new PlanTask { TaskCode = code }).ToList(),
        };
        var plan = new ImplementationPlan { ParkId = parkId, CampaignId = campaign.Id, Title = $"{place!.Name}循环化改造实施方案", Versions = [version] };
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        return new PlanResult(UpdateOutcome.Updated, PlanId: plan.Id, Number: 1, Version: version.Version);
    }
}
