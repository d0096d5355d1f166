using CircularPark.Parks;
using System.Globalization;
using CircularPark.Chains;
using CircularPark.Data;
using CircularPark.Engines.Symbiosis;
using CircularPark.Enterprises;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using ExchangeEngine = CircularPark.Engines.Symbiosis.WasteExchange;
using CircularPark.Time;

namespace CircularPark.ExchangePlatform;

/// <summary>
/// What to match: the open offers and needs of a region (GB/T 2260 code) or of one park, with the freight rate
/// (yuan/t·km) and the transport's CO₂ factor (kg/t·km); both default to <see cref="RunMatching"/>'s assumptions.
/// </summary>
public sealed record MatchingRequest(string? Region = null, int? ParkId = null, double? RateYuanPerTonneKm = null, double? Co2KgPerTonneKm = null);

/// <summary>
/// Runs the optimal matching (ADR 0021) over the open offers and needs in scope — not withdrawn, window not over,
/// tonnes not yet agreed — with the receivers' permits in force today and the routes in force, and stores the run.
/// Regional officials match their region (<see cref="Permissions.ExchangeMatchRegion"/>); whoever may change a park matches it.
/// </summary>
public sealed class RunMatching(AppDbContext db)
{
    /// <summary>Default road freight rate, yuan per t·km: an assumption (no source gives one), set per run.</summary>
    public const double DefaultRateYuanPerTonneKm = 0.5;

    /// <summary>Default CO₂ of road freight, kg per t·km (a heavy diesel truck): an assumption, set per run.</summary>
    public const double DefaultCo2KgPerTonneKm = 0.08;

    public async Task<Outcome<Saved>> ExecuteAsync(MatchingRequest request, AccessScope user, CancellationToken ct = default)
    {
        var (region, errors) = Check(request, (await db.RegionDirectoryAsync(ct)).Tree);
        if (errors.Count > 0) return Failure.Invalid(errors);
        var parks = await ParkRegions.LoadAsync(db, region is null ? [request.ParkId!.Value] : [], ct);
        if (region is null && !parks.Exists(request.ParkId!.Value)) return Failure.NotFound("Park.NotFound", request.ParkId);
        if (region is not null ? !user.Allows(Permissions.ExchangeMatchRegion, ScopeTarget.Region(region.Path)) : !parks.CanChange(user, request.ParkId!.Value)) return Failure.Forbidden;
        var today = db.Clock.Today();
        var inScope = region is null ? db.Parks.Where(p => p.Id == request.ParkId) : db.Parks.InRegion(region.Path, today);
        var scopeIds = inScope.Select(p => p.Id);
        var listings = await db.ExchangeListings.AsNoTracking().Include(l => l.Quality).Include(l => l.Enterprise).AsSplitQuery()
            .Where(l => !l.Withdrawn && l.AvailableTo >= today && scopeIds.Contains(l.Enterprise!.ParkId)).ToListAsync(ct);
        var agreed = await SearchListings.AgreedTonnesAsync(db, [.. listings.Select(l => l.Id)], ct);
        var open = listings.Select(l => (Listing: l, Tonnes: l.Tonnes - agreed.GetValueOrDefault(l.Id))).Where(x => x.Tonnes >= 0.001).ToList();
        var routes = await RouteKnowledge.LoadAsync(db, ct);
        var terms = new TransportTerms(request.RateYuanPerTonneKm ?? DefaultRateYuanPerTonneKm, request.Co2KgPerTonneKm ?? DefaultCo2KgPerTonneKm);
        var problem = new WasteExchangeProblem(
            [.. open.Where(x => x.Listing.Side == ListingSide.Offer).Select(x => Offer(x.Listing, x.Tonnes))],
            [.. open.Where(x => x.Listing.Side == ListingSide.Need).Select(x => Need(x.Listing, x.Tonnes))], terms)
        {
            Permits = [.. open.Where(x => x.Listing.Side == ListingSide.Need).Select(x => x.Listing.Enterprise!).DistinctBy(e => e.Id)
                .Where(e => e.HasPermitOn(today)).Select(e => new HazardousWastePermit(Key(e.Id), e.PermitEntries()))],
            Routes = routes.Base,
        };
        var plan = ExchangeEngine.Match(problem);
        var run = new MatchingRunWriter(open.ToDictionary(x => x.Listing.Id, x => x.Listing), routes).Write(plan, terms);
        (run.RegionId, run.ParkId) = (region?.Id, region is null ? request.ParkId : null);
        run.ScopeName = region?.NameZh ?? parks.Name(request.ParkId!.Value);
        (run.RunAtUtc, run.RunBy, run.Offers, run.Needs) = (db.Clock.GetUtcNow().UtcDateTime, user.Name, problem.Offers.Count, problem.Needs.Count);
        db.MatchingRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return new Saved(run.Id, 0);
    }

    private static (Region? Region, Dictionary<string, Bilingual> Errors) Check(MatchingRequest request, RegionTree tree)
    {
        var check = new FieldChecker();
        var region = string.IsNullOrWhiteSpace(request.Region) ? null : tree.FindByCode(request.Region.Trim());
        if (string.IsNullOrWhiteSpace(request.Region) == request.ParkId is null) check.Fail("region", "ListingField.Scope", "match-scope", request.Region ?? "");
        else if (request.ParkId is null && region is null) check.Fail("region", "ListingField.Scope", "unknown-region", request.Region!);
        if (request.RateYuanPerTonneKm is { } rate && !(rate is >= 0 and <= 100))
            check.Fail("rateYuanPerTonneKm", "ListingField.Rate", "range", EnterpriseRules.Invariant(rate), "0", "100");
        if (request.Co2KgPerTonneKm is { } co2 && !(co2 is >= 0 and <= 10))
            check.Fail("co2KgPerTonneKm", "ListingField.Co2", "range", EnterpriseRules.Invariant(co2), "0", "10");
        return (region, check.Errors);
    }

    internal static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static WasteOffer Offer(ExchangeListing l, double tonnes) =>
        new(Key(l.Id), Key(l.EnterpriseId), l.MaterialCode, l.Category, tonnes, l.AvailableFrom, l.AvailableTo, new GeoPoint(l.Latitude, l.Longitude), l.CostPerTonne)
        {
            Quality = l.Quality.Where(q => q.Value is not null).ToDictionary(q => q.Attribute, q => q.Value!.Value, StringComparer.Ordinal),
            HazardCode = HazardousWasteCode.TryParse(l.HazardCode, out var code) ? code : null,
        };

    private static WasteNeed Need(ExchangeListing l, double tonnes) =>
        new(Key(l.Id), Key(l.EnterpriseId), l.Enterprise!.IndustryCode, l.MaterialCode, tonnes, l.AvailableFrom, l.AvailableTo,
            new GeoPoint(l.Latitude, l.Longitude), l.CostPerTonne)
        {
            QualityLimits = [.. l.Quality.Select(q => new QualityLimit(q.Attribute, q.Min, q.Max))],
        };
}
