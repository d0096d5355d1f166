using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Parks;

/// <summary>
/// "The parks this user may see" as SQL (ADR 0043): regional users, the parks whose region on <c>day</c> lies under their
/// region's path (a <c>LIKE 'path%'</c> on the materialised path); park and enterprise users, their park; admins and the
/// ministry, every park; anyone else, none. The same rule as <see cref="Permissions.ParkRead"/>, without loading the region table.
/// </summary>
public static class ParkScope
{
    public static IQueryable<Park> VisibleTo(this IQueryable<Park> parks, AccessScope user, DateOnly day)
    {
        switch (user.Role)
        {
            case Roles.Admin or Roles.Ministry:
                return parks;
            case Roles.Province or Roles.City when user.RegionPath is { Length: > 0 } path:
                return parks.InRegion(path, day);
            case Roles.Park or Roles.Enterprise when user.ParkId is { } own:
                return parks.Where(p => p.Id == own);
            default:
                return parks.Where(p => false);
        }
    }

    /// <summary>The parks whose region on <paramref name="day"/> lies within the region of path <paramref name="regionPath"/>, as SQL.</summary>
    public static IQueryable<Park> InRegion(this IQueryable<Park> parks, string regionPath, DateOnly day)
    {
        var prefix = regionPath + "%";
        return parks.Where(p => p.Memberships.Any(m => EF.Functions.Like(m.Region!.Path, prefix)
            && (m.ValidFrom == null || m.ValidFrom <= day) && (m.ValidTo == null || m.ValidTo > day)));
    }

    /// <summary>
    /// The regions within the user's region as SQL (a <c>LIKE 'path%'</c> on the materialised path): every region for admins
    /// and the ministry, none for users without a region (park, enterprise, expert, anonymous). The rule of
    /// <see cref="ScopeRule.Region"/> in <see cref="AccessScope.Allows"/>.
    /// </summary>
    public static IQueryable<Regions.Region> CoveredBy(this IQueryable<Regions.Region> regions, AccessScope user)
    {
        switch (user.Role)
        {
            case Roles.Admin or Roles.Ministry:
                return regions;
            case Roles.Province or Roles.City when user.RegionPath is { Length: > 0 } path:
                var prefix = path + "%";
                return regions.Where(r => EF.Functions.Like(r.Path, prefix));
            default:
                return regions.Where(r => false);
        }
    }

    /// <summary>
    /// Participations anyone may see (<see cref="Campaigns.Participation.IsPublicState"/>), and the rest only when the user
    /// may see the park: an application, a review or a rejection is not published until the province decides.
    /// </summary>
    public static IQueryable<Campaigns.Participation> ShownTo(this IQueryable<Campaigns.Participation> participations, IQueryable<Park> parks,
        AccessScope user, DateOnly day)
    {
        var visible = parks.VisibleTo(user, day).Select(p => p.Id);
        return participations.Where(x => Campaigns.Participation.PublicStates.Contains(x.State) || visible.Contains(x.ParkId));
    }
}
