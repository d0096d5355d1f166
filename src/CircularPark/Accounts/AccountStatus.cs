using CircularPark.Identity;
using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Accounts;

/// <summary>
/// Disables or enables an account. A disabled account cannot sign in and its sessions end at once; its history stays.
/// Audited as "Disabled" or "Enabled".
/// </summary>
public sealed class SetAccountEnabled(AccountStore store)
{
    public async Task<Outcome> ExecuteAsync(string id, bool enabled, AccessScope manager, CancellationToken ct)
    {
        var loaded = await store.LoadAsync(id, manager, ct);
        if (!loaded.IsOk) return loaded.Failure!;
        var user = loaded.Value.User;
        if (user.IsDisabled == !enabled) return Outcome.Ok;
        var outcome = await store.InTransactionAsync<bool>(async () =>
        {
            user.IsDisabled = !enabled;
            store.Record(manager.Name, user.Id, enabled ? "Enabled" : "Disabled", new { email = user.Email });
            if (!enabled) await Sessions.EndAllAsync(store.Db, user.Id, keep: null, ct);
            if (await store.Users.UpdateSecurityStampAsync(user) is { Succeeded: false } updated) return AccountStore.FromIdentity(updated, user.Email ?? "");
            return true;
        }, ct);
        return outcome.WithoutValue();
    }
}

/// <summary>
/// Gives an account a new temporary password (returned once) that must be changed at the next sign-in; ends the account's
/// sessions and lifts its sign-in lockouts. Audited as "PasswordReset" (never the password or its hash).
/// </summary>
public sealed class ResetAccountPassword(AccountStore store)
{
    public async Task<Outcome<CreatedAccount>> ExecuteAsync(string id, AccessScope manager, CancellationToken ct)
    {
        var loaded = await store.LoadAsync(id, manager, ct);
        if (!loaded.IsOk) return loaded.Failure!;
        var (user, role, _) = loaded.Value;
        var email = user.Email ?? "";
        var password = TemporaryPassword.New(email);
        return await store.InTransactionAsync<CreatedAccount>(async () =>
        {
            user.PasswordHash = store.Users.PasswordHasher.HashPassword(user, password);
            user.MustChangePassword = true;
            store.Record(manager.Name, user.Id, "PasswordReset", new { email });
            await Sessions.EndAllAsync(store.Db, user.Id, keep: null, ct);
            var normalized = store.Users.NormalizeEmail(email);
            await store.Db.SignInThrottles.Where(t => t.Account == normalized).ExecuteDeleteAsync(ct);
            if (await store.Users.UpdateSecurityStampAsync(user) is { Succeeded: false } updated) return AccountStore.FromIdentity(updated, email);
            return new CreatedAccount(user.Id, email, role, password);
        }, ct);
    }
}
