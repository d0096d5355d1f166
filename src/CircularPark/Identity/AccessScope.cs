using System.Security.Claims;
using CircularPark.Regions;

namespace CircularPark.Identity;

/// <summary>
/// What a signed-in user may see and change, from the role and scope claims issued at sign-in. Pure: the caller
/// supplies the region tree and the park's region.
/// </summary>
public sealed record AccessScope(string? Role, int? RegionId, int? ParkId, string Name)
{
    public const string RegionClaim = "cp:region";
    public const string RegionPathClaim = "cp:region-path";
    public const string ParkClaim = "cp:park";
    public const string EnterpriseClaim = "cp:enterprise";
    public const string GrantClaim = "cp:grant";

    /// <summary>Path of the user's scope region (<see cref="Region.Path"/>), for ministry, province, city and expert users.</summary>
    public string? RegionPath { get; init; }

    /// <summary>The enterprise an enterprise user speaks for.</summary>
    public int? EnterpriseId { get; init; }

    /// <summary>Grants the account holds besides its role (<see cref="Grants"/>).</summary>
    public IReadOnlySet<string> Grants { get; init; } = new HashSet<string>();

    public static readonly AccessScope Anonymous = new(null, null, null, "anonymous");

    public bool IsAuthenticated => Role is not null;

    public static AccessScope From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return Anonymous;
        var role = Roles.All.FirstOrDefault(user.IsInRole);
        return new AccessScope(role, ParseInt(user.FindFirstValue(RegionClaim)), ParseInt(user.FindFirstValue(ParkClaim)),
            user.Identity.Name ?? "unknown")
        {
            RegionPath = user.FindFirstValue(RegionPathClaim),
            EnterpriseId = ParseInt(user.FindFirstValue(EnterpriseClaim)),
            Grants = user.FindAll(GrantClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// Whether the user may take <paramref name="permission"/> on <paramref name="target"/>: the one decision of the
    /// permissions table (<see cref="Permissions"/>, ADR 0043). Admins pass every scope rule of a permission their role has.
    /// </summary>
    public bool Allows(Permission permission, ScopeTarget target)
    {
        if (permission.Scope == ScopeRule.Anyone) return true;
        if (!permission.IsFor(Role)) return false;
        if (Role == Roles.Admin) return true;
        if (permission.Grant is { } grant && !Grants.Contains(grant)) return false;
        return permission.Scope switch
        {
            ScopeRule.Everywhere => true,
            ScopeRule.Region => Covers(target.RegionPath) && Roles.IsRegional(Role!),
            ScopeRule.Park => CoversPark(target),
            ScopeRule.CampaignPark => CoversPark(target) && Within(target.RegionPath, target.CampaignScopePath),
            ScopeRule.CampaignOwner => Roles.IsRegional(Role!) && Covers(target.CampaignScopePath),
            ScopeRule.Enterprise => Role == Roles.Enterprise ? EnterpriseId is { } own && own == target.EnterpriseId : CoversPark(target),
            ScopeRule.Assignment => Role == Roles.Expert ? target.OpenAssignment : CoversPark(target),
            _ => false,
        };
    }

    /// <summary>Regional users: the park lies in their region; park and enterprise users: it is their park.</summary>
    private bool CoversPark(ScopeTarget target) => Role switch
    {
        Roles.Park or Roles.Enterprise => ParkId is { } own && own == target.ParkId,
        Roles.Expert => false,
        _ => Covers(target.RegionPath),
    };

    /// <summary>The path lies within the user's region.</summary>
    private bool Covers(string? path) => Within(path, RegionPath);

    private static bool Within(string? path, string? ancestorPath) =>
        path is { Length: > 0 } && ancestorPath is { Length: > 0 } && path.StartsWith(ancestorPath, StringComparison.Ordinal);

    /// <summary>May change data of a park that sits in <paramref name="parkRegionId"/> (its current region).</summary>
    public bool CanChangePark(RegionTree tree, int parkId, int? parkRegionId) => Role switch
    {
        Roles.Admin or Roles.Ministry => true,
        Roles.Province or Roles.City => RegionId is { } scope && parkRegionId is { } region && tree.IsWithin(region, scope),
        Roles.Park => ParkId == parkId,
        _ => false,
    };

    /// <summary>
    /// May read a park's non-public data (statistics, plans, models, enterprises): ministry and admin everywhere,
    /// province and city users within their region, park and enterprise users their own park. Experts see no park's
    /// data by region: only the plans assigned to them, while their review is open (checked where plans are read).
    /// </summary>
    public bool CanSeePark(RegionTree tree, int parkId, int? parkRegionId) => Role switch
    {
        Roles.Admin or Roles.Ministry => true,
        Roles.Province or Roles.City => RegionId is { } scope && parkRegionId is { } region && tree.IsWithin(region, scope),
        Roles.Park or Roles.Enterprise => ParkId == parkId,
        _ => false,
    };

    /// <summary>
    /// May enter or withdraw waste-exchange offers and needs of a park, agree exchanges and record deliveries: whoever may
    /// change the park, and its enterprise users (the exchange is where enterprises speak for themselves; they may
    /// not edit the park's enterprise register).
    /// </summary>
    public bool CanTradeForPark(RegionTree tree, int parkId, int? parkRegionId) =>
        CanChangePark(tree, parkId, parkRegionId) || (Role == Roles.Enterprise && ParkId == parkId);

    /// <summary>May edit the knowledge base of utilisation routes: province users (and admins), as issue 7 asks.</summary>
    public bool CanEditRoutes => Role is Roles.Province or Roles.Admin;

    /// <summary>May import parks and campaign lists (regional officials and admins); each row is still checked with <see cref="CanChangeRegion"/>.</summary>
    public bool CanImport => Role is Roles.Admin or Roles.Ministry or Roles.Province or Roles.City;

    /// <summary>May create or change parks located in <paramref name="regionId"/>.</summary>
    public bool CanChangeRegion(RegionTree tree, int regionId) => Role switch
    {
        Roles.Admin or Roles.Ministry => true,
        Roles.Province or Roles.City => RegionId is { } scope && tree.IsWithin(regionId, scope),
        _ => false,
    };

    private static int? ParseInt(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
}
