using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Parks;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Campaigns;

/// <summary>A park of a campaign's list, in the list's order.</summary>
public sealed record CampaignParkDto(
    int? Sequence, int ParkId, string Name, string? CityCode, string CityZh, string CityEn, string CityShortZh,
    ParkLevel Level, int? PlannedYear, ParticipationState State);

/// <summary>
/// Loads a campaign's list with each park's city on the campaign's date. Given a user, parks in a state that is not
/// public (applied, under review, returned, …) are kept only when the user's scope covers them.
/// </summary>
public static class CampaignParks
{
    public static async Task<List<CampaignParkDto>?> LoadAsync(AppDbContext db, string code, CancellationToken ct, AccessScope? user = null)
    {
        var shown = user is null ? null : await ShownAsync(db, code, user, ct);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct);
        if (campaign is null) return null;
        var asOf = campaign.IssuedOn ?? db.Clock.Today();
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var rows = await db.Participations.AsNoTracking().Where(p => p.CampaignId == campaign.Id)
            .Select(p => new { p.Sequence, p.ParkId, p.Park!.Name, p.Park.Level, p.PlannedYear, p.State, p.Park.Memberships })
            .ToListAsync(ct);
        return rows.Where(r => shown is null || shown.Contains(r.ParkId)).Select(r =>
        {
            var membership = r.Memberships.FirstOrDefault(m => m.IsValidOn(asOf)) ?? r.Memberships.First();
            var city = tree.AtLevel(membership.RegionId, RegionLevel.City) ?? tree.Find(membership.RegionId)!;
            return new CampaignParkDto(r.Sequence, r.ParkId, r.Name, city.Code, city.NameZh, city.NameEn,
                city.NameZh.EndsWith('市') ? city.NameZh[..^1] : city.NameZh, r.Level, r.PlannedYear, r.State);
        }).OrderBy(r => r.Sequence ?? int.MaxValue).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The parks of the campaign <paramref name="user"/> may see in it: those in a public state, and all within the user's scope.</summary>
    public static async Task<HashSet<int>> ShownAsync(AppDbContext db, string code, AccessScope user, CancellationToken ct)
    {
        var rows = await db.Participations.AsNoTracking().Where(p => p.Campaign!.Code == code).Select(p => new { p.ParkId, p.State }).ToListAsync(ct);
        var inScope = user.IsAuthenticated ? await ParkAccess.VisibleParkIdsAsync(db, user, rows.Select(r => r.ParkId).ToList(), ct) : [];
        return rows.Where(r => Participation.IsPublicState(r.State) || inScope.Contains(r.ParkId)).Select(r => r.ParkId).ToHashSet();
    }
}
