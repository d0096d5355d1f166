using CircularPark.Identity;

namespace CircularPark.Accounts;

/// <summary>
/// An account as an administrator writes it (page, API, CLI, one row of a bulk file). Region, park and enterprise are
/// given as people write them: a region by its code (330000) or its name (浙江省); a park and an enterprise by name or
/// number. Which of them a role needs is <see cref="AccountRules.ScopeOf"/>; giving one the role does not use is an error,
/// never ignored.
/// </summary>
public sealed record AccountInput
{
    public string? Email { get; init; }
    public string? DisplayName { get; init; }
    /// <summary>One of <see cref="Roles.All"/>, or its Chinese or English label.</summary>
    public string? Role { get; init; }
    public string? Region { get; init; }
    public string? Park { get; init; }
    public string? Enterprise { get; init; }
    /// <summary>Also administers the accounts of its region (province and city officials only).</summary>
    public bool ManagesAccounts { get; init; }
    /// <summary>An expert's organisation (conflict-of-interest rule).</summary>
    public string? Organisation { get; init; }
    /// <summary>An initial password; when empty a temporary one is made. Either way it must be changed at first sign-in.</summary>
    public string? Password { get; init; }
}

/// <summary>A new account and its temporary password (null when the creator chose one), shown once to whoever created it.</summary>
public sealed record CreatedAccount(string Id, string Email, string Role, string? TemporaryPassword);

/// <summary>An account as administrators list it (never a hash or a stamp).</summary>
public sealed record AccountView(
    string Id, string Email, string DisplayName, string Role, string? RegionCode, string? RegionName, int? ParkId, string? ParkName,
    int? EnterpriseId, string? EnterpriseName, bool ManagesAccounts, bool IsDisabled, bool MustChangePassword, string? Organisation);

/// <summary>A page of accounts and how many match in all.</summary>
public sealed record AccountPage(IReadOnlyList<AccountView> Items, int Total, int Page, int PageSize);

/// <summary>What an administrator may filter the account list by.</summary>
public sealed record AccountFilter(string? Q = null, string? Role = null, string? Region = null, string? Status = null, int Page = 1);
