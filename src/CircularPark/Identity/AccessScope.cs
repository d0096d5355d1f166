using System.Security.Claims;
using CircularPark.Regions;

namespace CircularPark.Identity;

/// <summary>
/// What a signed-in user may see and change, from the role and scope claims issued at sign-in. Pure: every decision is
/// <see cref="Allows"/> (or <see cref="Holds"/>) against the one permissions table, <see cref="Permissions"/>.
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

    /// <summary>
    /// An administrator's scope has no bounds: every region, park, programme and account. For building lists of what the
    /// user may see (scope construction); decisions still ask <see cref="Allows"/>, which passes every scope rule for them.
    /// </summary>
    public bool Unbounded => Role == Roles.Admin;

    /// <summary>
    /// Experts are scoped by their review assignments, not by a region: a step whose permission has the
    /// <see cref="ScopeRule.Assignment"/> rule is judged for them on the assignment (scope construction, as in <see cref="Allows"/>).
    /// </summary>
    public bool ScopedByAssignment => Role == Roles.Expert;

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
        if (Unbounded) return true;
        if (permission.Grant is { } grant && !Grants.Contains(grant)) return false;
        return permission.Scope switch
        {
            ScopeRule.Everywhere => true,
            ScopeRule.Region => Covers(target.RegionPath) && Roles.IsRegional(Role!),
            ScopeRule.Park => CoversPark(target),
            ScopeRule.CampaignPark => CoversPark(target) && Within(target.RegionPath, target.CampaignScopePath),
            ScopeRule.CampaignOwner => Roles.IsRegional(Role!) && Covers(target.CampaignScopePath),
            ScopeRule.Enterprise => Role == Roles.Enterprise ? SpeaksFor(target) : CoversPark(target),
            ScopeRule.Assignment => ScopedByAssignment ? target.OpenAssignment : CoversPark(target),
            _ => false,
        };
    }

    /// <summary>
    /// Whether the user's role (and grant) may take <paramref name="permission"/> anywhere at all: for menus and for
    /// endpoints that check each target later (an import checks every row's region with <see cref="Allows"/>).
    /// </summary>
    public bool Holds(Permission permission) =>
        permission.Scope == ScopeRule.Anyone
        || (permission.IsFor(Role) && (Unbounded || permission.Grant is not { } grant || Grants.Contains(grant)));

    /// <summary>Regional users: the park lies in their region; park and enterprise users: it is their park.</summary>
    private bool CoversPark(ScopeTarget target) => Role switch
    {
        Roles.Park or Roles.Enterprise => ParkId is { } own && own == target.ParkId,
        Roles.Expert => false,
        _ => Covers(target.RegionPath),
    };

    /// <summary>
    /// An enterprise user speaks for their own enterprise; asked about a park's exchange as a whole (no enterprise named),
    /// for their own park's.
    /// </summary>
    private bool SpeaksFor(ScopeTarget target) => target.EnterpriseId is { } enterprise
        ? EnterpriseId is { } own && own == enterprise
        : ParkId is { } park && park == target.ParkId;

    /// <summary>The path lies within the user's region; the ministry's region is the whole country, parks without a region included.</summary>
    private bool Covers(string? path) => Role == Roles.Ministry || Within(path, RegionPath);

    private static bool Within(string? path, string? ancestorPath) =>
        path is { Length: > 0 } && ancestorPath is { Length: > 0 } && path.StartsWith(ancestorPath, StringComparison.Ordinal);

    private static int? ParseInt(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
}
