using CircularPark.Identity;

namespace CircularPark.Accounts;

/// <summary>What an account of a role is scoped to (ADR 0003): nothing, a region of a given level, a park, an enterprise.</summary>
public enum AccountScopeKind
{
    /// <summary>Administrators: everything.</summary>
    None,
    /// <summary>The nation (ministry).</summary>
    Nation,
    /// <summary>A province-level region.</summary>
    Province,
    /// <summary>A prefecture-level city.</summary>
    City,
    /// <summary>Any region (experts, where they serve).</summary>
    AnyRegion,
    /// <summary>A park (its management committee).</summary>
    Park,
    /// <summary>One enterprise in one park.</summary>
    Enterprise,
}

/// <summary>
/// Who may give which role (ADR 0053): an administrator every role; a province's account administrator the roles below
/// it in its province (city, park, enterprise, expert); a city's account administrator park and enterprise accounts in
/// its city. Whether the account's scope lies in the manager's region is <see cref="Permissions.UsersManage"/>.
/// </summary>
public static class AccountRules
{
    public static AccountScopeKind ScopeOf(string role) => role switch
    {
        Roles.Ministry => AccountScopeKind.Nation,
        Roles.Province => AccountScopeKind.Province,
        Roles.City => AccountScopeKind.City,
        Roles.Expert => AccountScopeKind.AnyRegion,
        Roles.Park => AccountScopeKind.Park,
        Roles.Enterprise => AccountScopeKind.Enterprise,
        _ => AccountScopeKind.None,
    };

    /// <summary>The roles a manager of <paramref name="managerRole"/> may give (and whose accounts it may change).</summary>
    public static IReadOnlyList<string> AssignableBy(string? managerRole) => managerRole switch
    {
        Roles.Admin => Roles.All,
        Roles.Province => [Roles.City, Roles.Park, Roles.Enterprise, Roles.Expert],
        Roles.City => [Roles.Park, Roles.Enterprise],
        _ => [],
    };

    /// <summary>
    /// Whether a manager may make an account of <paramref name="role"/> an account administrator: only province and city
    /// officials are; an administrator names them, and a province's account administrator its cities'.
    /// </summary>
    public static bool MayGrantAccounts(string? managerRole, string role) =>
        role is Roles.Province or Roles.City && (managerRole == Roles.Admin || (managerRole == Roles.Province && role == Roles.City));
}
