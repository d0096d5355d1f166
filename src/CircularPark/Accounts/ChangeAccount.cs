using CircularPark.Identity;
using CircularPark.Outcomes;

namespace CircularPark.Accounts;

/// <summary>
/// Changes an account's name, role, scope, account-administration grant or organisation. A change of role, scope or grant
/// ends every session of the account (its cookies carried the old ones; ADR 0054) and is audited as "RoleChanged",
/// "ScopeChanged" or "GrantChanged" with old and new values.
/// </summary>
public sealed class ChangeAccount(AccountStore store, AccountScopes scopes, ListAccounts list)
{
    public async Task<Outcome<AccountView>> ExecuteAsync(string id, AccountInput input, AccessScope manager, CancellationToken ct)
    {
        var loaded = await store.LoadAsync(id, manager, ct);
        if (!loaded.IsOk) return loaded.Failure!;
        var (scope, errors) = await scopes.CheckAsync(input, manager, isNew: false, ct);
        if (scope is null || errors.Count > 0) return Failure.Invalid(errors);
        var outcome = await store.InTransactionAsync(() => ApplyAsync(loaded.Value, input, scope, manager, ct), ct);
        if (!outcome.IsOk) return outcome.Failure!;
        return await list.GetAsync(id, ct);
    }

    private async Task<Outcome<bool>> ApplyAsync(ManagedAccount account, AccountInput input, ResolvedScope scope, AccessScope manager, CancellationToken ct)
    {
        var user = account.User;
        var roleChanged = account.Role != scope.Role;
        var scopeChanged = user.ScopeRegionId != scope.RegionId || user.ScopeParkId != scope.ParkId || user.ScopeEnterpriseId != scope.EnterpriseId;
        var grantChanged = user.ManagesAccounts != input.ManagesAccounts;
        if (roleChanged) store.Record(manager.Name, user.Id, "RoleChanged", new { old = account.Role, @new = scope.Role });
        if (scopeChanged)
            store.Record(manager.Name, user.Id, "ScopeChanged", new
            {
                old = new { regionId = user.ScopeRegionId, parkId = user.ScopeParkId, enterpriseId = user.ScopeEnterpriseId },
                @new = new { regionId = scope.RegionId, parkId = scope.ParkId, enterpriseId = scope.EnterpriseId },
            });
        if (grantChanged) store.Record(manager.Name, user.Id, "GrantChanged", new { old = user.ManagesAccounts, @new = input.ManagesAccounts });
        user.DisplayName = input.DisplayName!.Trim();
        (user.ScopeRegionId, user.ScopeParkId, user.ScopeEnterpriseId) = (scope.RegionId, scope.ParkId, scope.EnterpriseId);
        user.ManagesAccounts = input.ManagesAccounts;
        user.Organisation = string.IsNullOrWhiteSpace(input.Organisation) ? null : input.Organisation.Trim();
        if (roleChanged && await store.SetRoleAsync(user, account.Role, scope.Role) is { Succeeded: false } role)
            return AccountStore.FromIdentity(role, user.Email ?? "");
        if (roleChanged || scopeChanged || grantChanged)
        {
            await store.Users.UpdateSecurityStampAsync(user);
            await Sessions.EndAllAsync(store.Db, user.Id, keep: null, ct);
        }
        else if (await store.Users.UpdateAsync(user) is { Succeeded: false } updated) return AccountStore.FromIdentity(updated, user.Email ?? "");
        return true;
    }
}
