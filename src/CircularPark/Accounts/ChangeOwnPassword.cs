using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;

namespace CircularPark.Accounts;

/// <summary>
/// A signed-in user chooses a new password (required after an account is created or reset): the current one must be
/// right and the new one must meet <see cref="PasswordRules"/>. Ends every other session of the user (<c>keep</c>
/// is the caller's own, which the caller signs in anew); audited as "PasswordChanged".
/// </summary>
public sealed class ChangeOwnPassword(AccountStore store)
{
    public async Task<Outcome<AppUser>> ExecuteAsync(string? userId, string? current, string? next, string? keep, CancellationToken ct)
    {
        var user = userId is null ? null : await store.Users.FindByIdAsync(userId);
        if (user is null || user.IsDisabled) return Failure.Forbidden;
        var errors = new Dictionary<string, Bilingual>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(current)) errors["currentPassword"] = Text.Get("Password.CurrentRequired");
        if (PasswordRules.Check(next, user.Email) is { } broken) errors["newPassword"] = broken;
        else if (next == current) errors["newPassword"] = Text.Get("Password.Same");
        if (errors.Count > 0) return Failure.Invalid(errors);
        if (!await store.Users.CheckPasswordAsync(user, current!)) return Failure.Invalid("currentPassword", "Password.CurrentWrong");
        return await store.InTransactionAsync<AppUser>(async () =>
        {
            user.MustChangePassword = false;
            store.Record(user.UserName ?? user.Id, user.Id, "PasswordChanged", new { email = user.Email });
            var changed = await store.Users.ChangePasswordAsync(user, current!, next!);
            if (!changed.Succeeded) return AccountStore.FromIdentity(changed, user.Email ?? "");
            await Sessions.EndAllAsync(store.Db, user.Id, keep, ct);
            return user;
        }, ct);
    }
}
