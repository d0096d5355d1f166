using CircularPark.Regions;
using CircularPark.Time;
using CircularPark.Parks;
using CircularPark.Data;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.ExchangePlatform;

/// <summary>Which listings to show: a side, a park or a region (GB/T 2260 code), withdrawn ones or not.</summary>
public sealed record ListingFilter(ListingSide? Side = null, int? ParkId = null, string? Region = null, bool IncludeWithdrawn = false);

public sealed record QualityView(string Attribute, double? Value, double? Min, double? Max);

/// <summary>A listing with what is already agreed from it and what remains to match, t.</summary>
public sealed record ListingView(
    int Id, ListingSide Side, int EnterpriseId, string EnterpriseName, int ParkId, string ParkName, string MaterialCode, string? MaterialCategory,
    string? HazardCode, double Tonnes, double AgreedTonnes, DateOnly AvailableFrom, DateOnly AvailableTo, double Latitude, double Longitude,
    double CostPerTonne, string? Note, bool Withdrawn, bool IsExample, long Version, IReadOnlyList<QualityView> Quality)
{
    public double RemainingTonnes => Math.Max(0, Tonnes - AgreedTonnes);
}

/// <summary>The offers and needs of the parks the user may see, newest first.</summary>
public sealed class SearchListings(AppDbContext db)
{
    public async Task<IReadOnlyList<ListingView>> ExecuteAsync(ListingFilter filter, AccessScope user, CancellationToken ct = default)
    {
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var region = filter.Region is { Length: > 0 } code ? tree.FindByCode(code) : null;
        if (filter.Region is { Length: > 0 } && region is null) return [];
        var today = db.Clock.Today();
        var visible = db.Parks.VisibleTo(user, today);
        if (region is not null) visible = visible.InRegion(region.Path, today);
        var parkIds = visible.Select(p => p.Id);
        var query = db.ExchangeListings.AsNoTracking().Include(l => l.Quality).Include(l => l.Enterprise).AsSplitQuery()
            .Where(l => filter.IncludeWithdrawn || !l.Withdrawn).Where(l => parkIds.Contains(l.Enterprise!.ParkId));
        if (filter.Side is { } side) query = query.Where(l => l.Side == side);
        if (filter.ParkId is { } parkId) query = query.Where(l => l.Enterprise!.ParkId == parkId);
        var listings = await query.OrderByDescending(l => l.Id).ToListAsync(ct);
        var parks = await ParkRegions.LoadAsync(db, listings.Select(l => l.Enterprise!.ParkId), ct);
        var agreed = await AgreedTonnesAsync(db, [.. listings.Select(l => l.Id)], ct);
        return [.. listings.Select(l => new ListingView(
            l.Id, l.Side, l.EnterpriseId, l.Enterprise!.Name, l.Enterprise.ParkId, parks.Name(l.Enterprise.ParkId), l.MaterialCode, l.MaterialCategory,
            l.HazardCode, l.Tonnes, agreed.GetValueOrDefault(l.Id), l.AvailableFrom, l.AvailableTo, l.Latitude, l.Longitude, l.CostPerTonne,
            l.Note, l.Withdrawn, l.IsExample, l.Version, [.. l.Quality.OrderBy(q => q.Id).Select(q => new QualityView(q.Attribute, q.Value, q.Min, q.Max))]))];
    }

    /// <summary>Tonnes agreed from each of the listings (as offer or as need).</summary>
    internal static async Task<Dictionary<int, double>> AgreedTonnesAsync(AppDbContext db, List<int> listingIds, CancellationToken ct)
    {
        var exchanges = await db.Exchanges.AsNoTracking().Where(x => listingIds.Contains(x.OfferId) || listingIds.Contains(x.NeedId))
            .Select(x => new { x.OfferId, x.NeedId, x.AgreedTonnes }).ToListAsync(ct);
        return exchanges.SelectMany(x => new[] { (Id: x.OfferId, x.AgreedTonnes), (Id: x.NeedId, x.AgreedTonnes) })
            .GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.Sum(x => x.AgreedTonnes));
    }
}
