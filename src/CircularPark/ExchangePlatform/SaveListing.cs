using CircularPark.Data;
using CircularPark.Engines.Symbiosis;
using CircularPark.Enterprises;
using Enterprise = CircularPark.Enterprises.Enterprise;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.ExchangePlatform;

/// <summary>
/// Enters an offer or a need (<c>id</c> null) or changes one, for an enterprise of a park the user may trade for
/// (<see cref="Permissions.ExchangeTrade"/>). A listing cannot drop below the tonnes already agreed from it.
/// </summary>
public sealed class SaveListing(AppDbContext db)
{
    public async Task<Outcome<Saved>> ExecuteAsync(int? id, ListingSide side, ListingDraft draft, AccessScope user, CancellationToken ct = default)
    {
        var listing = id is null ? null : await db.ExchangeListings.Include(l => l.Quality).SingleOrDefaultAsync(l => l.Id == id && l.Side == side, ct);
        if (id is not null && listing is null) return Failure.NotFound("Listing.NotFound", id ?? 0);
        if (listing is not null && !await ListingAccess.CanTradeAsync(db, listing.EnterpriseId, user, ct)) return Failure.Forbidden;
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == draft.EnterpriseId, ct);
        if (enterprise is not null && !await ListingAccess.CanTradeAsync(db, enterprise.Id, user, ct)) return Failure.Forbidden;
        var errors = draft.Validate(side, enterprise);
        if (listing is not null && errors.Count == 0)
        {
            var agreed = await db.Exchanges.Where(x => side == ListingSide.Offer ? x.OfferId == listing.Id : x.NeedId == listing.Id).SumAsync(x => x.AgreedTonnes, ct);
            if (draft.Tonnes < agreed) errors["tonnes"] = Text.Get("Rule.below-agreed", EnterpriseRules.Invariant(draft.Tonnes), EnterpriseRules.Invariant(agreed));
        }
        if (errors.Count > 0) return Failure.Invalid(errors);
        if (listing is not null)
        {
            if (draft.Version != listing.Version) return Failure.Conflict("Listing.Conflict", id ?? 0);
            db.Entry(listing).Property(l => l.Version).OriginalValue = draft.Version;
        }
        listing ??= db.ExchangeListings.Add(new ExchangeListing { Side = side, MaterialCode = "" }).Entity;
        Apply(listing, draft, enterprise!);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("Listing.Conflict", id ?? 0);
        }
        return new Saved(listing.Id, listing.Version);
    }

    private void Apply(ExchangeListing listing, ListingDraft d, Enterprise enterprise)
    {
        listing.EnterpriseId = enterprise.Id;
        listing.MaterialCode = d.MaterialCode.Trim();
        listing.MaterialCategory = listing.Side == ListingSide.Offer ? EnterpriseWriter.Clean(d.MaterialCategory) : null;
        listing.HazardCode = HazardousWasteCode.TryParse(d.HazardCode, out var code) ? code!.Value : null;
        (listing.Tonnes, listing.AvailableFrom, listing.AvailableTo, listing.CostPerTonne) = (d.Tonnes, d.AvailableFrom, d.AvailableTo, d.CostPerTonne);
        (listing.Latitude, listing.Longitude) = d.Latitude is { } lat ? (lat, d.Longitude!.Value) : (enterprise.Latitude!.Value, enterprise.Longitude!.Value);
        listing.Note = EnterpriseWriter.Clean(d.Note);
        listing.Withdrawn = false;
        db.ListingQualities.RemoveRange(listing.Quality);
        listing.Quality = [.. (d.Quality ?? []).Select(q => new ListingQuality { Attribute = q.Attribute.Trim(), Value = q.Value, Min = q.Min, Max = q.Max })];
    }
}

/// <summary>Withdraws an offer or a need: it stays on record, is no longer matched, and agreed exchanges from it go on.</summary>
public sealed class WithdrawListing(AppDbContext db)
{
    public async Task<Outcome<Saved>> ExecuteAsync(int id, ListingSide side, AccessScope user, CancellationToken ct = default)
    {
        var listing = await db.ExchangeListings.SingleOrDefaultAsync(l => l.Id == id && l.Side == side, ct);
        if (listing is null) return Failure.NotFound("Listing.NotFound", id);
        if (!await ListingAccess.CanTradeAsync(db, listing.EnterpriseId, user, ct)) return Failure.Forbidden;
        if (!listing.Withdrawn)
        {
            listing.Withdrawn = true;
            await db.SaveChangesAsync(ct);
        }
        return new Saved(listing.Id, listing.Version);
    }
}

internal static class ListingAccess
{
    /// <summary>May enter, change or withdraw the listings of <paramref name="enterpriseId"/> (<see cref="ParkRegions.CanTradeFor"/>).</summary>
    public static async Task<bool> CanTradeAsync(AppDbContext db, int enterpriseId, AccessScope user, CancellationToken ct)
    {
        var parkId = await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => (int?)e.ParkId).SingleOrDefaultAsync(ct);
        if (parkId is null) return false;
        var place = await ParkAccess.FindAsync(db, parkId.Value, ct);
        return place is not null && user.Allows(Permissions.ExchangeTrade, new ScopeTarget
        {
            ParkId = place.ParkId, EnterpriseId = enterpriseId, RegionPath = place.RegionId is { } r ? place.Tree.Find(r)?.Path : null,
        });
    }
}
