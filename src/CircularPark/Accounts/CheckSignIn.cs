using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CircularPark.Accounts;

/// <summary>Why a sign-in was refused (the answer to the client never says more than "wrong" or "wait").</summary>
public enum SignInRefusal
{
    None,
    /// <summary>Unknown e-mail, wrong password or disabled account: one answer for all three.</summary>
    WrongCredentials,
    /// <summary>This client failed too often on this account: wait <see cref="SignInCheck.RetryAfter"/>.</summary>
    LockedOut,
}

/// <summary>The signed-in user, or why not.</summary>
public sealed record SignInCheck(AppUser? User, SignInRefusal Refusal, TimeSpan RetryAfter = default);

/// <summary>
/// Checks an e-mail and password (ADR 0055). The same work is done whether the e-mail is known or not (an unknown one is
/// checked against a dummy hash), so the time of the answer does not reveal which accounts exist. Failures are counted per
/// client address and account name (<see cref="SignInThrottle"/>, <see cref="LockoutRule"/>), logged with the address and
/// written to the audit log as "SignInFailed"; a success as "SignedIn".
/// </summary>
public sealed class CheckSignIn(AppDbContext db, UserManager<AppUser> users, ILogger<CheckSignIn> log)
{
    private static string? _dummyHash;

    public async Task<SignInCheck> ExecuteAsync(string email, string password, string client, CancellationToken ct)
    {
        var now = db.Clock.UtcNow();
        var account = Cut(users.NormalizeEmail(email.Trim()) ?? "", 256);
        client = Cut(client, 64);
        var throttle = await db.SignInThrottles.SingleOrDefaultAsync(t => t.Account == account && t.Client == client, ct);
        if (throttle is { LockedUntilUtc: { } until } && until > now)
        {
            VerifyDummy(password);
            await FailAsync(email, null, client, "LockedOut", throttle, now, ct);
            return new SignInCheck(null, SignInRefusal.LockedOut, until - now);
        }
        var user = await users.FindByEmailAsync(email.Trim());
        var (ok, reason) = user switch
        {
            null => (VerifyDummy(password), "UnknownAccount"),
            { IsDisabled: true } => (false & await users.CheckPasswordAsync(user, password), "Disabled"),
            _ => (await users.CheckPasswordAsync(user, password), "WrongPassword"),
        };
        if (ok)
        {
            if (throttle is not null) db.SignInThrottles.Remove(throttle);
            db.AuditEntries.Add(AccountStore.Event(db.Clock, user!.UserName ?? email, user.Id, "SignedIn", new { client }));
            await db.TrySaveChangesAsync(ct);
            return new SignInCheck(user, SignInRefusal.None);
        }
        throttle ??= db.SignInThrottles.Add(new SignInThrottle { Account = account, Client = client }).Entity;
        if (now - throttle.LastFailureUtc > LockoutRule.Memory) throttle.Failures = 0;
        throttle.Failures++;
        throttle.LastFailureUtc = now;
        var lockout = LockoutRule.After(throttle.Failures);
        throttle.LockedUntilUtc = lockout > TimeSpan.Zero ? now + lockout : null;
        await FailAsync(email, user, client, reason, throttle, now, ct);
        return new SignInCheck(null, SignInRefusal.WrongCredentials, lockout);
    }

    private async Task FailAsync(string email, AppUser? user, string client, string reason, SignInThrottle throttle, DateTime now, CancellationToken ct)
    {
        log.LogWarning("Sign-in failed for {Email} from {Client}: {Reason} ({Failures} in a row)", email, client, reason, throttle.Failures);
        db.AuditEntries.Add(AccountStore.Event(db.Clock, "anonymous", user?.Id ?? email, "SignInFailed",
            new { email, client, reason, failures = throttle.Failures, lockedUntilUtc = throttle.LockedUntilUtc > now ? throttle.LockedUntilUtc : null }));
        await db.TrySaveChangesAsync(ct);
    }

    /// <summary>Hashes the password against a dummy account, to spend the time a real check spends; always false.</summary>
    private bool VerifyDummy(string password)
    {
        var dummy = new AppUser();
        _dummyHash ??= users.PasswordHasher.HashPassword(dummy, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));
        users.PasswordHasher.VerifyHashedPassword(dummy, _dummyHash, password);
        return false;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
