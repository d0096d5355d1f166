using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Parks;
using CircularPark.Engines.Campaigns;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Campaigns;

/// <summary>A target with the progress made towards it.</summary>
public sealed record TargetStatus(CampaignTarget Target, TargetProgress Progress);

/// <summary>
/// A campaign with its targets' progress, its parks by state and its report schedule, as of <paramref name="AsOf"/> (the
/// day an open schedule's due dates run to, <see cref="ReportRequirement.DueDates"/>).
/// </summary>
public sealed record CampaignOverview(
    Campaign Campaign, Region Scope, int Parks, IReadOnlyDictionary<ParticipationState, int> ByState,
    IReadOnlyList<TargetStatus> Targets, IReadOnlyList<CampaignRegionGroup> RegionGroups, IReadOnlyList<ReportRequirement> Reports, DateOnly AsOf);

/// <summary>
/// Reads campaigns with their progress. Parks in scope are the parks of the target's level located in the scope
/// region today; achieved are the campaign's parks that were accepted (or named demonstration parks).
/// </summary>
public sealed class GetCampaignOverview(AppDbContext db)
{
    /// <summary>Every campaign, its parks counted as <paramref name="user"/> may see them (<see cref="Parks.ParkScope.ShownTo"/>).</summary>
    public async Task<IReadOnlyList<CampaignOverview>> ListAsync(AccessScope user, CancellationToken ct = default) =>
        await BuildAsync(await LoadCampaigns().OrderBy(c => c.IssuedOn == null).ThenByDescending(c => c.IssuedOn).ToListAsync(ct), user, ct);

    public async Task<CampaignOverview?> GetAsync(string code, AccessScope user, CancellationToken ct = default)
    {
        var campaign = await LoadCampaigns().SingleOrDefaultAsync(c => c.Code == code, ct);
        return campaign is null ? null : (await BuildAsync([campaign], user, ct))[0];
    }

    private IQueryable<Campaign> LoadCampaigns() => db.Campaigns.AsNoTracking()
        .Include(c => c.ScopeRegion).Include(c => c.Targets).Include(c => c.RegionGroups).Include(c => c.Reports)
        .AsSplitQuery();

    private async Task<IReadOnlyList<CampaignOverview>> BuildAsync(List<Campaign> campaigns, AccessScope user, CancellationToken ct)
    {
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var today = db.Clock.Today();
        var parks = await db.Parks.AsNoTracking()
            .Select(p => new { p.Id, p.Level, Region = p.Memberships.Where(m => (m.ValidFrom == null || m.ValidFrom <= today) && (m.ValidTo == null || m.ValidTo > today)).Select(m => (int?)m.RegionId).FirstOrDefault() })
            .ToListAsync(ct);
        var ids = campaigns.Select(c => c.Id).ToList();
        var participations = await db.Participations.AsNoTracking().ShownTo(db.Parks, user, today).Where(p => ids.Contains(p.CampaignId))
            .Select(p => new { p.CampaignId, p.ParkId, p.State, p.Park!.Level }).ToListAsync(ct);
        return campaigns.Select(campaign =>
        {
            var mine = participations.Where(p => p.CampaignId == campaign.Id).ToList();
            var targets = campaign.Targets.OrderBy(t => t.Id).Select(target =>
            {
                var scope = tree.SelfAndDescendants(target.RegionId ?? campaign.ScopeRegionId);
                var inScope = parks.Count(p => p.Region is { } r && scope.Contains(r) && (target.ParkLevel is null || p.Level == target.ParkLevel));
                var planned = mine.Where(p => target.ParkLevel is null || p.Level == target.ParkLevel).ToList();
                var achieved = planned.Count(p => target.Metric == TargetMetric.Demonstration
                    ? p.State == ParticipationState.Demonstration : Participation.IsTransformed(p.State));
                return new TargetStatus(target, TargetProgress.Compute(inScope, planned.Count, achieved, target.Share, target.Count));
            }).ToList();
            var byState = mine.GroupBy(p => p.State).ToDictionary(g => g.Key, g => g.Count());
            return new CampaignOverview(campaign, campaign.ScopeRegion!, mine.Count, byState, targets,
                campaign.RegionGroups.OrderBy(g => g.Id).ToList(), campaign.Reports.OrderBy(r => r.Id).ToList(), today);
        }).ToList();
    }
}
