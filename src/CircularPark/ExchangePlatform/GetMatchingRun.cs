using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.ExchangePlatform;

/// <summary>
/// A stored matching run, for whoever could have run it (a region's officials, those who may change the park) and for
/// the parties to its allocations (so they can agree them).
/// </summary>
public sealed class GetMatchingRun(AppDbContext db)
{
    public async Task<Outcome<MatchingRunView>> ExecuteAsync(int id, AccessScope user, CancellationToken ct = default)
    {
        var run = await db.MatchingRuns.AsNoTracking().Include(r => r.Allocations).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (run is null) return Failure.NotFound("Run.NotFound", id);
        if (!await MaySeeAsync(run, user, ct)) return Failure.Forbidden;
        var exchanges = await db.Exchanges.AsNoTracking().Where(x => x.RunId == id && x.AllocationNumber != null)
            .ToDictionaryAsync(x => x.AllocationNumber!.Value, x => x.Id, ct);
        return MatchingRunView.From(run, exchanges);
    }

    /// <summary>The runs the user may see, newest first (at most <paramref name="take"/>).</summary>
    public async Task<IReadOnlyList<MatchingRun>> RecentAsync(AccessScope user, int take, CancellationToken ct = default)
    {
        var runs = await db.MatchingRuns.AsNoTracking().Include(r => r.Allocations).OrderByDescending(r => r.Id).Take(take * 4).ToListAsync(ct);
        var visible = new List<MatchingRun>();
        foreach (var run in runs)
            if (visible.Count < take && await MaySeeAsync(run, user, ct)) visible.Add(run);
        return visible;
    }

    private async Task<bool> MaySeeAsync(MatchingRun run, AccessScope user, CancellationToken ct)
    {
        var parties = run.Allocations.SelectMany(a => new[] { a.SupplierId, a.ReceiverId }).Distinct().ToList();
        var partyParks = await db.Enterprises.AsNoTracking().Where(e => parties.Contains(e.Id)).Select(e => e.ParkId).Distinct().ToListAsync(ct);
        var parks = await ParkRegions.LoadAsync(db, run.ParkId is { } own ? [own, .. partyParks] : partyParks, ct);
        if (run.RegionId is { } region && user.Allows(Permissions.ExchangeMatchRegion, ScopeTarget.Region(parks.Tree.PathOf(region) ?? ""))) return true;
        if (run.ParkId is { } park && parks.CanChange(user, park)) return true;
        return partyParks.Any(p => parks.CanTrade(user, p));
    }
}
