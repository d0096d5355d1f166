using CircularPark.Time;
using CircularPark.Parks;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.ExchangePlatform;

public sealed record EnterpriseOption(int Id, string Name, int ParkId, string ParkName);

public sealed record ScopeOption(string? RegionCode, int? ParkId, string Name);

/// <summary>What the user may do on the exchange: the enterprises they may enter listings for, and the regions and
/// parks they may run a matching for.</summary>
public sealed record TradingOptions(IReadOnlyList<EnterpriseOption> Enterprises, IReadOnlyList<ScopeOption> Scopes)
{
    public bool CanTradeFor(int enterpriseId) => Enterprises.Any(e => e.Id == enterpriseId);
}

public sealed class GetTradingOptions(AppDbContext db)
{
    public async Task<TradingOptions> ExecuteAsync(AccessScope user, CancellationToken ct = default)
    {
        var visible = db.Parks.VisibleTo(user, db.Clock.Today()).Select(p => p.Id);
        var rows = await db.Enterprises.AsNoTracking().Where(e => visible.Contains(e.ParkId)).OrderBy(e => e.ParkId).ThenBy(e => e.Name)
            .Select(e => new { e.Id, e.Name, e.ParkId }).ToListAsync(ct);
        var parks = await ParkRegions.LoadAsync(db, rows.Select(e => e.ParkId), ct);
        var enterprises = rows.Where(e => parks.CanTradeFor(user, e.Id, e.ParkId)).Select(e => new EnterpriseOption(e.Id, e.Name, e.ParkId, parks.Name(e.ParkId))).ToList();
        var regions = parks.Tree.All.Where(r => r.Level <= RegionLevel.City && r.ValidTo is null && user.Allows(Permissions.ExchangeMatchRegion, ScopeTarget.Region(r.Path)))
            .OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => new ScopeOption(r.Code, null, r.NameZh));
        var ownParks = rows.Select(e => e.ParkId).Distinct().Where(p => parks.CanChange(user, p))
            .Select(p => new ScopeOption(null, p, parks.Name(p))).OrderBy(p => p.Name, StringComparer.Ordinal);
        return new TradingOptions(enterprises, [.. regions, .. ownParks]);
    }
}
