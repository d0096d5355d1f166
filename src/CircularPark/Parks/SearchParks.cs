using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Regions;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Parks;

/// <summary>Filters of the park list. Region is a GB/T 2260 code at any level; the park's region on <see cref="AsOf"/> (default today) counts.</summary>
public sealed record ParkFilter(
    string? Query = null, string? Region = null, ParkLevel? Level = null, ParkKind? Kind = null, string? Campaign = null,
    ParticipationState? State = null, int? PlannedYear = null, DateOnly? AsOf = null, int Page = 1, int PageSize = 50);

/// <summary>A park as the list shows it.</summary>
public sealed record ParkListItem(
    int Id, string Name, string? ShortName, ParkLevel Level, ParkKind Kind, string? ProvinceZh, string? ProvinceEn, string? CityZh, string? CityEn,
    string? CountyZh, string? RegionCode, string? Campaign, int? PlannedYear, ParticipationState? State);

public sealed record ParkPage(int Total, int Page, int PageSize, IReadOnlyList<ParkListItem> Items);

/// <summary>Searches parks with the filters of the park list, a page at a time.</summary>
public sealed class SearchParks(AppDbContext db)
{
    public const int MaxPageSize = 500;

    /// <summary>
    /// The page of parks matching <paramref name="filter"/>. A park's campaign and state show only where
    /// <paramref name="user"/> may see them (<see cref="ParkScope.ShownTo"/>): nobody outside a park's scope finds it by a
    /// state that is not yet public (applied, under review, rejected).
    /// </summary>
    public async Task<ParkPage> ExecuteAsync(ParkFilter filter, AccessScope user, CancellationToken ct = default)
    {
        var regions = await db.RegionDirectoryAsync(ct);
        var tree = regions.Tree;
        var asOf = filter.AsOf ?? db.Clock.Today();
        var query = db.Parks.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var text = filter.Query.Trim();
            // A park is found by its name, its short name and its other names (曾用名, variants). EF translates Contains(string) only.
#pragma warning disable CA1307
            query = query.Where(p => p.Name.Contains(text) || (p.ShortName != null && p.ShortName.Contains(text)) || p.Aliases.Any(a => a.Name.Contains(text)));
#pragma warning restore CA1307
        }
        if (filter.Level is { } level) query = query.Where(p => p.Level == level);
        if (filter.Kind is { } kind) query = query.Where(p => p.Kind == kind);
        if (filter.Region is { Length: > 0 } place)
        {
            // A region named as people write it (苏州, 江苏省苏州市, a code); an unknown one finds nothing (the caller reports it: RegionProblem).
            var prefix = (Region(regions, place, asOf).Region?.Path ?? "/none/") + "%";
            query = query.Where(p => p.Memberships.Any(m => EF.Functions.Like(m.Region!.Path, prefix)
                && (m.ValidFrom == null || m.ValidFrom <= asOf) && (m.ValidTo == null || m.ValidTo > asOf)));
        }
        var participations = db.Participations.AsNoTracking().ShownTo(db.Parks, user, asOf)
            .Where(p => filter.Campaign == null || p.Campaign!.Code == filter.Campaign);
        if (filter.State is { } state) participations = participations.Where(p => p.State == state);
        if (filter.PlannedYear is { } year) participations = participations.Where(p => p.PlannedYear == year);
        if (filter.Campaign is not null || filter.State is not null || filter.PlannedYear is not null)
            query = query.Where(p => participations.Any(x => x.ParkId == p.Id));

        var total = await query.CountAsync(ct);
        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, filter.Page);
        // A page past the last is empty; the offset is computed in 64 bits so a page number near int.MaxValue cannot wrap.
        var skip = (page - 1L) * size;
        if (skip >= total) return new ParkPage(total, page, size, []);
        var parks = await query.OrderBy(p => p.Id).Skip((int)skip).Take(size)
            .Select(p => new
            {
                p.Id, p.Name, p.ShortName, p.Level, p.Kind, p.Memberships,
                Participation = participations.Where(x => x.ParkId == p.Id).OrderByDescending(x => x.Id)
                    .Select(x => new { x.Campaign!.Code, x.PlannedYear, x.State }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var items = parks.Select(p =>
        {
            var membership = p.Memberships.FirstOrDefault(m => m.IsValidOn(asOf)) ?? p.Memberships.LastOrDefault();
            var region = membership is null ? null : tree.Find(membership.RegionId);
            var city = region is null ? null : tree.AtLevel(region.Id, RegionLevel.City);
            var province = region is null ? null : tree.AtLevel(region.Id, RegionLevel.Province);
            var county = region?.Level == RegionLevel.County ? region : null;
            return new ParkListItem(p.Id, p.Name, p.ShortName, p.Level, p.Kind, province?.NameZh, province?.NameEn, city?.NameZh, city?.NameEn,
                county?.NameZh, region?.Code, p.Participation?.Code, p.Participation?.PlannedYear, p.Participation?.State);
        }).ToList();
        return new ParkPage(total, page, size, items);
    }

    /// <summary>What is wrong with the region filter, if anything: an unknown or ambiguous name, with the nearest names.</summary>
    public async Task<Bilingual?> RegionProblemAsync(ParkFilter filter, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(filter.Region) ? null
            : Region(await db.RegionDirectoryAsync(ct), filter.Region, filter.AsOf ?? db.Clock.Today()).Problem;

    private static (Region? Region, Bilingual? Problem) Region(RegionDirectory regions, string text, DateOnly asOf) =>
        RegionInput.Read(regions, text, asOf, Text.Get("Regions.Field"), RegionLevel.Province, RegionLevel.City, RegionLevel.County);
}
