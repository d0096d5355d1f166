using CircularPark.Data;
using CircularPark.Engines.Funds;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Funds;

/// <summary>
/// What settlement would follow for one funded project: paid so far against the award, then on a pass what is still
/// paid (and anything paid above the award recovered), on a fail what is recovered and within how many days; a project
/// already settled shows what was decided.
/// </summary>
public sealed record SettlementPreviewLine(int ApplicationId, string ProgrammeZh, string ProgrammeEn, string ProjectKey, string ProjectName, FundStatus Status,
    decimal Award, decimal Paid, Settlement IfPassed, Settlement IfFailed, int RecoveryDays, decimal RecoveryOrdered, decimal Repaid);

/// <summary>The settlements the acceptance page shows beside a park's acceptance (issue 16 §5): one line per awarded project of the campaign's plan.</summary>
public sealed class PreviewSettlement(AppDbContext db)
{
    public async Task<Outcome<IReadOnlyList<SettlementPreviewLine>>> ExecuteAsync(string campaignCode, int parkId, AccessScope user, CancellationToken ct = default)
    {
        var park = await FundPlaces.ParkAsync(db, parkId, ct);
        if (park is null || !user.Allows(Permissions.FundsRead, ScopeTarget.Park(parkId, park.Path))) return Failure.NotFound("Fund.NoPark", parkId);
        var plans = db.Plans.Where(p => p.ParkId == parkId && db.Campaigns.Any(c => c.Id == p.CampaignId && c.Code == campaignCode)).Select(p => p.Id);
        var applications = await db.FundApplications.AsNoTracking().Include(a => a.Events).Include(a => a.Programme)
            .Where(a => a.ParkId == parkId && plans.Contains(a.PlanId) && a.AwardAsMade != null).OrderBy(a => a.ProjectKey).ThenBy(a => a.Id).ToListAsync(ct);
        var today = db.Clock.Today();
        return applications.Select(a =>
        {
            var rules = a.Programme!.Rules();
            return new SettlementPreviewLine(a.Id, a.Programme.NameZh, a.Programme.NameEn, a.ProjectKey, a.ProjectName, a.Status, a.Award, a.Paid,
                FundLedger.Settle(rules, true, a.Award, a.Paid, today), FundLedger.Settle(rules, false, a.Award, a.Paid, today), rules.RecoveryDays,
                a.RecoveryOrdered, a.Repaid);
        }).ToList();
    }
}
