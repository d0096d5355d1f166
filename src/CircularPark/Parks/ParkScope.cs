using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Parks;

/// <summary>
/// "The parks this user may see" as SQL (ADR 0043): regional users, the parks whose region on <c>day</c> lies under their
/// region's path (a <c>LIKE 'path%'</c> on the materialised path); park and enterprise users, their park; admins and the
/// ministry, every park; anyone else, none. The same rule as <see cref="AccessScope.CanSeePark"/>, without loading the region table.
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
                var prefix = path + "%";
                return parks.Where(p => p.Memberships.Any(m => EF.Functions.Like(m.Region!.Path, prefix)
                    && (m.ValidFrom == null || m.ValidFrom <= day) && (m.ValidTo == null || m.ValidTo > day)));
            case Roles.Park or Roles.Enterprise when user.ParkId is { } own:
                return parks.Where(p => p.Id == own);
            default:
                return parks.Where(p => false);
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
