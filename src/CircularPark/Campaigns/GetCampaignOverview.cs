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
    IReadOnlyList<TargetStatus> Targets, IReadOnlyList<CampaignRegionGroup> RegionGroups, IReadOnlyList<ReportRequirement> Reports, DateOnly AsOf)
{
    /// <summary>Each regional group against the provincial average, city by city (Jiangsu's 苏南/苏中/苏北; ADR 0080).</summary>
    public IReadOnlyList<GroupStanding> GroupStandings { get; init; } = [];
}

/// <summary>A regional group: its cities compared with the average, its own tally, and its verdict.</summary>
public sealed record GroupStanding(CampaignRegionGroup Group, AverageComparison Total, ComparisonVerdict Verdict, IReadOnlyList<AverageComparison> Cities);

/// <summary>
/// Reads campaigns with their progress. Parks in scope are the parks of the target's level located in the scope
/// region today — all of them, or for a target on the eligible basis only those their reporting unit found 具备条件
/// (ADR 0080); achieved are the campaign's parks that were accepted (or named demonstration parks), and for an
/// eligible-basis target the eligible parks accepted in the campaign or in any campaign within its scope.
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
        var eligibleBasis = campaigns.Where(c => c.Targets.Any(t => t.Basis == TargetBasis.Eligible)).Select(c => c.Id).ToList();
        var eligible = new Dictionary<int, HashSet<int>>();
        foreach (var id in eligibleBasis)
            eligible[id] = [.. (await EligibilityAsOf.LoadAsync(db, id, today, ct)).Values.Where(e => e.Eligible).Select(e => e.ParkId)];
        // Parks transformed in any campaign, by the campaign's scope: an eligible-basis target counts a park transformed in
        // the campaign itself or in a campaign within its scope (a province's own campaign, for the national targets).
        var transformed = eligibleBasis.Count == 0 ? [] : (await db.Participations.AsNoTracking().ShownTo(db.Parks, user, today)
                .Select(p => new { p.ParkId, p.State, p.Campaign!.ScopeRegionId }).ToListAsync(ct))
            .Where(p => Participation.IsTransformed(p.State)).ToList();
        return campaigns.Select(campaign =>
        {
            var mine = participations.Where(p => p.CampaignId == campaign.Id).ToList();
            var targets = campaign.Targets.OrderBy(t => t.Id).Select(target =>
            {
                var scope = tree.SelfAndDescendants(target.RegionId ?? campaign.ScopeRegionId);
                var ofLevel = parks.Where(p => p.Region is { } r && scope.Contains(r) && (target.ParkLevel is null || p.Level == target.ParkLevel));
                if (target.Basis == TargetBasis.Eligible)
                {
                    var list = ofLevel.Where(p => eligible[campaign.Id].Contains(p.Id)).Select(p => p.Id).ToHashSet();
                    var done = transformed.Where(p => list.Contains(p.ParkId) && tree.IsWithin(p.ScopeRegionId, campaign.ScopeRegionId))
                        .Select(p => p.ParkId).Distinct().Count();
                    return new TargetStatus(target, TargetProgress.Compute(list.Count, list.Count, target.Metric == TargetMetric.Demonstration
                        ? mine.Count(p => list.Contains(p.ParkId) && p.State == ParticipationState.Demonstration) : done, target.Share, target.Count));
                }
                var inScope = ofLevel.Count();
                var planned = mine.Where(p => target.ParkLevel is null || p.Level == target.ParkLevel).ToList();
                var achieved = planned.Count(p => target.Metric == TargetMetric.Demonstration
                    ? p.State == ParticipationState.Demonstration : Participation.IsTransformed(p.State));
                return new TargetStatus(target, TargetProgress.Compute(inScope, planned.Count, achieved, target.Share, target.Count));
            }).ToList();
            var byState = mine.GroupBy(p => p.State).ToDictionary(g => g.Key, g => g.Count());
            return new CampaignOverview(campaign, campaign.ScopeRegion!, mine.Count, byState, targets,
                campaign.RegionGroups.OrderBy(g => g.Id).ToList(), campaign.Reports.OrderBy(r => r.Id).ToList(), today)
            {
                GroupStandings = campaign.RegionGroups.Count == 0 ? [] : Groups(campaign, tree,
                    parks.Where(p => p.Level is ParkLevel.National or ParkLevel.Provincial).Select(p => (p.Id, p.Region)),
                    mine.Where(p => Participation.IsTransformed(p.State)).Select(p => p.ParkId).ToHashSet()),
            };
        }).ToList();
    }

    /// <summary>
    /// The campaign's regional groups against the provincial average: parks counted are the registered parks of
    /// provincial level or above of each city (the Jiangsu targets' levels), transformed those the campaign accepted.
    /// </summary>
    private static List<GroupStanding> Groups(Campaign campaign, RegionTree tree, IEnumerable<(int Id, int? Region)> parks, HashSet<int> transformed)
    {
        var byCity = parks.Where(p => p.Region is { } r && tree.IsWithin(r, campaign.ScopeRegionId))
            .GroupBy(p => tree.AtLevel(p.Region!.Value, RegionLevel.City)?.Id ?? 0)
            .ToDictionary(g => g.Key, g => new ParkTally(g.Count(), g.Count(p => transformed.Contains(p.Id))));
        var province = byCity.Values.Aggregate(new ParkTally(), (a, b) => a + b);
        return campaign.RegionGroups.OrderBy(g => g.Id).Select(group =>
        {
            var relation = group.Relation switch
            {
                GroupRelation.AboveAverage => AverageRelation.Above,
                GroupRelation.AtAverage => AverageRelation.AtLeast,
                _ => AverageRelation.Approach,
            };
            var cities = group.Members.Select(m => RegionalComparison.Compare(tree.Find(m.RegionId)?.Code ?? "", byCity.GetValueOrDefault(m.RegionId), province, relation))
                .OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
            var total = RegionalComparison.Compare(group.NameZh, cities.Aggregate(new ParkTally(), (a, c) => a + c.Tally), province, relation);
            return new GroupStanding(group, total, RegionalComparison.GroupVerdict(cities), cities);
        }).ToList();
    }
}
