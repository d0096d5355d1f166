using CircularPark.Identity;
using CircularPark.Outcomes;

namespace CircularPark.Accounts;

/// <summary>
/// Creates an account of a role the manager may give, scoped within the manager's region (ADR 0053). The account must
/// choose its own password at first sign-in; the temporary password is returned once. Audited as "Created".
/// </summary>
public sealed class CreateAccount(AccountStore store, AccountScopes scopes)
{
    public async Task<Outcome<CreatedAccount>> ExecuteAsync(AccountInput input, AccessScope manager, CancellationToken ct)
    {
        if (!AccountStore.MayManage(manager)) return Failure.Forbidden;
        var (scope, errors) = await scopes.CheckAsync(input, manager, isNew: true, ct);
        var email = input.Email?.Trim() ?? "";
        if (!errors.ContainsKey("email") && await store.Users.FindByEmailAsync(email) is not null)
            errors["email"] = Localization.Text.Get("Account.EmailTaken", email);
        if (scope is null || errors.Count > 0) return Failure.Invalid(errors);
        return await store.InTransactionAsync(() => CreateAsync(input, email, scope, manager), ct);
    }

    /// <summary>Creates one checked account inside the caller's transaction (also used by the bulk import).</summary>
    internal async Task<Outcome<CreatedAccount>> CreateAsync(AccountInput input, string email, ResolvedScope scope, AccessScope manager)
    {
        var password = string.IsNullOrEmpty(input.Password) ? TemporaryPassword.New(email) : input.Password;
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = input.DisplayName!.Trim(),
            ScopeRegionId = scope.RegionId, ScopeParkId = scope.ParkId, ScopeEnterpriseId = scope.EnterpriseId,
            ManagesAccounts = input.ManagesAccounts, MustChangePassword = true,
            Organisation = string.IsNullOrWhiteSpace(input.Organisation) ? null : input.Organisation.Trim(),
        };
        if (await store.Users.CreateAsync(user, password) is { Succeeded: false } created) return AccountStore.FromIdentity(created, email);
        if (await store.SetRoleAsync(user, null, scope.Role) is { Succeeded: false } role) return AccountStore.FromIdentity(role, email);
        store.Record(manager.Name, user.Id, "Created", new
        {
            email, role = scope.Role, regionId = scope.RegionId, parkId = scope.ParkId, enterpriseId = scope.EnterpriseId,
            managesAccounts = input.ManagesAccounts,
        });
        await store.Db.SaveChangesAsync();
        return new CreatedAccount(user.Id, email, scope.Role, string.IsNullOrEmpty(input.Password) ? password : null);
    }
}
