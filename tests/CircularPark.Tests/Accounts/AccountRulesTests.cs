using CircularPark.Accounts;
using CircularPark.Identity;

namespace CircularPark.Tests.Accounts;

/// <summary>Who may give which role and the account-administration grant (ADR 0053), and the lockout's growth (ADR 0055).</summary>
public class AccountRulesTests
{
    public static TheoryData<string?, string, bool> Assignments => new()
    {
        { Roles.Admin, Roles.Admin, true }, { Roles.Admin, Roles.Ministry, true }, { Roles.Admin, Roles.Province, true },
        { Roles.Province, Roles.City, true }, { Roles.Province, Roles.Park, true }, { Roles.Province, Roles.Enterprise, true },
        { Roles.Province, Roles.Expert, true }, { Roles.Province, Roles.Province, false }, { Roles.Province, Roles.Ministry, false },
        { Roles.Province, Roles.Admin, false }, { Roles.City, Roles.Park, true }, { Roles.City, Roles.Enterprise, true },
        { Roles.City, Roles.City, false }, { Roles.City, Roles.Expert, false }, { Roles.Ministry, Roles.Province, false },
        { Roles.Park, Roles.Enterprise, false }, { null, Roles.Park, false },
    };

    [Theory]
    [MemberData(nameof(Assignments))]
    public void Each_manager_gives_only_the_roles_below_it(string? manager, string role, bool allowed) =>
        Assert.Equal(allowed, AccountRules.AssignableBy(manager).Contains(role));

    [Theory]
    [InlineData(Roles.Admin, Roles.Province, true)]
    [InlineData(Roles.Admin, Roles.City, true)]
    [InlineData(Roles.Admin, Roles.Park, false)]
    [InlineData(Roles.Province, Roles.City, true)]
    [InlineData(Roles.Province, Roles.Province, false)]
    [InlineData(Roles.City, Roles.City, false)]
    public void Only_officials_are_made_account_administrators_and_only_from_above(string manager, string role, bool allowed) =>
        Assert.Equal(allowed, AccountRules.MayGrantAccounts(manager, role));

    [Fact]
    public void Account_administration_needs_the_grant_as_well_as_the_role_and_the_region()
    {
        const string guangdong = "/000000/440000/";
        var withGrant = new AccessScope(Roles.Province, null, null, "gd") { RegionPath = guangdong, Grants = new HashSet<string> { Grants.Accounts } };
        var withoutGrant = withGrant with { Grants = new HashSet<string>() };
        var cityAccount = ScopeTarget.Region("/000000/440000/441800/");

        Assert.True(withGrant.Allows(Permissions.UsersManage, cityAccount));
        Assert.False(withoutGrant.Allows(Permissions.UsersManage, cityAccount));
        Assert.False(withGrant.Allows(Permissions.UsersManage, ScopeTarget.Region("/000000/370000/370100/")));
        Assert.True(new AccessScope(Roles.Admin, null, null, "admin").Allows(Permissions.UsersManage, ScopeTarget.None));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(7, 4)]
    [InlineData(8, 8)]
    [InlineData(9, 15)]
    [InlineData(500, 15)]
    public void Lockouts_start_after_five_failures_double_and_stop_at_fifteen_minutes(int failures, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), LockoutRule.After(failures));
}
