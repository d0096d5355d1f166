using System.Text.Json;
using CircularPark.Auditing;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Accounts;

/// <summary>An account a manager may change, with its role and where it lies.</summary>
public sealed record ManagedAccount(AppUser User, string Role, ScopeTarget Target);

/// <summary>
/// What the account use cases share: whether a user administers accounts at all, loading an account the manager may change,
/// one transaction per change (nothing half-written), account events in the audit log, and Identity's answers as outcomes.
/// </summary>
public sealed class AccountStore(AppDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles)
{
    public AppDbContext Db => db;
    public UserManager<AppUser> Users => users;

    /// <summary>Whether <paramref name="manager"/> administers accounts at all (an administrator, or an official with the grant).</summary>
    public static bool MayManage(AccessScope manager) =>
        manager.Allows(Permissions.UsersManage, ScopeTarget.Region(manager.RegionPath ?? "/"));

    /// <summary>
    /// The account, when the manager may change it: 403 for non-managers, 404 outside their reach, 409 for themselves
    /// (unless <paramref name="allowSelf"/>, for reading).
    /// </summary>
    public async Task<Outcome<ManagedAccount>> LoadAsync(string id, AccessScope manager, CancellationToken ct, bool allowSelf = false)
    {
        if (!MayManage(manager)) return Failure.Forbidden;
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return Failure.NotFound("Account.NotFound", id);
        var role = await RoleOfAsync(user.Id, ct) ?? "";
        var target = await TargetOfAsync(user, ct);
        if (!AccountRules.AssignableBy(manager.Role).Contains(role) || !manager.Allows(Permissions.UsersManage, target))
            return Failure.NotFound("Account.NotFound", id);
        if (!allowSelf && string.Equals(user.UserName, manager.Name, StringComparison.OrdinalIgnoreCase)) return Failure.Conflict("Account.NotYourself");
        return new ManagedAccount(user, role, target);
    }

    /// <summary>
    /// Accounts whose region, or whose park's current region, lies within <paramref name="path"/> (a region path), as SQL on
    /// region paths: who a province's or city's account administrator reaches, and whose actions a province reads in the audit log.
    /// </summary>
    public static IQueryable<AppUser> Within(AppDbContext db, IQueryable<AppUser> users, string path)
    {
        var prefix = path + "%";
        var today = db.Clock.Today();
        return users.Where(u => db.Regions.Any(r => r.Id == u.ScopeRegionId && EF.Functions.Like(r.Path, prefix))
            || db.ParkRegionMemberships.Any(m => m.ParkId == u.ScopeParkId && (m.ValidFrom == null || m.ValidFrom <= today)
                && (m.ValidTo == null || m.ValidTo > today) && EF.Functions.Like(m.Region!.Path, prefix)));
    }

    public Task<string?> RoleOfAsync(string userId, CancellationToken ct) =>
        db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefaultAsync(ct);

    /// <summary>Where an account lies: its region, or its park's current region (with the park and enterprise).</summary>
    public async Task<ScopeTarget> TargetOfAsync(AppUser user, CancellationToken ct)
    {
        if (user.ScopeRegionId is { } region)
            return ScopeTarget.Region(await db.Regions.Where(r => r.Id == region).Select(r => r.Path).SingleAsync(ct));
        if (user.ScopeParkId is not { } park) return ScopeTarget.None;
        var today = db.Clock.Today();
        var path = await db.ParkRegionMemberships
            .Where(m => m.ParkId == park && (m.ValidFrom == null || m.ValidFrom <= today) && (m.ValidTo == null || m.ValidTo > today))
            .OrderByDescending(m => m.Region!.Level).Select(m => m.Region!.Path).FirstOrDefaultAsync(ct);
        return ScopeTarget.Park(park, path) with { EnterpriseId = user.ScopeEnterpriseId };
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: committed when it ends ok, rolled back otherwise.</summary>
    public async Task<Outcome<T>> InTransactionAsync<T>(Func<Task<Outcome<T>>> work, CancellationToken ct)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var outcome = await work();
            if (outcome.IsOk) await transaction.CommitAsync(ct);
            else await transaction.RollbackAsync(ct);
            return outcome;
        }
        catch (DbUpdateException failure) when (failure is DbUpdateConcurrencyException || Database.IsWriteConflict(failure))
        {
            db.ChangeTracker.Clear();
            return Failure.Concurrent;
        }
        catch (Exception failure) when (Database.IsBusy(failure))
        {
            db.ChangeTracker.Clear();
            return Failure.Busy;
        }
    }

    /// <summary>Gives the account its one role (the role row is created on a database no web node has prepared yet).</summary>
    public async Task<IdentityResult> SetRoleAsync(AppUser user, string? oldRole, string role)
    {
        if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        if (oldRole is not null && await users.RemoveFromRoleAsync(user, oldRole) is { Succeeded: false } removed) return removed;
        return await users.AddToRoleAsync(user, role);
    }

    /// <summary>An account event in the audit log (saved with the change): who, on which account, what, details (never a hash).</summary>
    public void Record(string actor, string userId, string action, object details) =>
        db.AuditEntries.Add(Event(db.Clock, actor, userId, action, details));

    public static AuditEntry Event(TimeProvider clock, string actor, string key, string action, object details) => new()
    {
        AtUtc = clock.UtcNow(),
        Actor = Cut(actor, 200),
        Entity = "Account",
        EntityKey = Cut(key, 100),
        Action = action,
        Changes = JsonSerializer.Serialize(details, Json),
    };

    /// <summary>Identity's refusal as an outcome: a clash is a 409, a taken e-mail names the field, anything else is invalid.</summary>
    public static Failure FromIdentity(IdentityResult result, string email)
    {
        var codes = result.Errors.Select(e => e.Code).ToList();
        if (codes.Contains(nameof(IdentityErrorDescriber.ConcurrencyFailure))) return Failure.Concurrent;
        if (codes.Contains(nameof(IdentityErrorDescriber.DuplicateEmail)) || codes.Contains(nameof(IdentityErrorDescriber.DuplicateUserName)))
            return Failure.Invalid("email", "Account.EmailTaken", email);
        return Failure.Invalid("account", "Account.Refused", string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
