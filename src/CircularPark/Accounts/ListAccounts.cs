using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Regions;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Accounts;

/// <summary>
/// The accounts a manager may change: an administrator all; a province's or city's account administrator those of the
/// roles it may give whose region, or whose park's region, lies in its own (decided in SQL on region paths). Search by
/// e-mail or name, filter by role, region and status (active, disabled, must-change, managers), 50 a page.
/// </summary>
public sealed class ListAccounts(AppDbContext db)
{
    public const int PageSize = 50;
    public static readonly IReadOnlyList<string> Statuses = ["active", "disabled", "must-change", "managers"];

    public async Task<Outcome<AccountPage>> ExecuteAsync(AccountFilter filter, AccessScope manager, CancellationToken ct)
    {
        if (!AccountStore.MayManage(manager)) return Failure.Forbidden;
        var query = Reachable(manager);
        if (filter.Q?.Trim() is { Length: > 0 } q)
        {
            var upper = q.ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(upper) || u.DisplayName.Contains(q));
        }
        if (!string.IsNullOrWhiteSpace(filter.Role))
        {
            if (AccountScopes.ParseRole(filter.Role) is not { } role) return Failure.Invalid("role", "Account.RoleUnknown", filter.Role);
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }
        if (filter.Region?.Trim() is { Length: > 0 } region)
        {
            var (found, problem) = RegionInput.Read(await db.RegionDirectoryAsync(ct), region, db.Clock.Today(), Text.Get("Regions.Field"));
            if (found is null) return Failure.Invalid(new Dictionary<string, Bilingual> { ["region"] = problem!.Value });
            query = Within(query, found.Path);
        }
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (!Statuses.Contains(filter.Status)) return Failure.Invalid("status", "Account.StatusUnknown", filter.Status, string.Join(", ", Statuses));
            query = filter.Status switch
            {
                "active" => query.Where(u => !u.IsDisabled),
                "disabled" => query.Where(u => u.IsDisabled),
                "must-change" => query.Where(u => u.MustChangePassword),
                _ => query.Where(u => u.ManagesAccounts),
            };
        }
        var page = Math.Clamp(filter.Page, 1, 100_000);
        var total = await query.CountAsync(ct);
        var items = await Project(query.OrderBy(u => u.NormalizedEmail).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(ct);
        return new AccountPage(items, total, page, PageSize);
    }

    /// <summary>One account as listed (the caller has checked the manager may see it).</summary>
    public async Task<Outcome<AccountView>> GetAsync(string id, CancellationToken ct) =>
        await Project(db.Users.Where(u => u.Id == id)).SingleOrDefaultAsync(ct) is { } view ? view : Failure.NotFound("Account.NotFound", id);

    private IQueryable<AppUser> Reachable(AccessScope manager)
    {
        if (manager.Unbounded) return db.Users.AsNoTracking();
        var assignable = AccountRules.AssignableBy(manager.Role).ToList();
        var users = db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && assignable.Contains(r.Name!))));
        return Within(users, manager.RegionPath ?? "/-");
    }

    private IQueryable<AppUser> Within(IQueryable<AppUser> users, string path) => AccountStore.Within(db, users, path);

    private IQueryable<AccountView> Project(IQueryable<AppUser> users) => users.Select(u => new AccountView(
        u.Id, u.Email ?? "", u.DisplayName,
        db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault() ?? "",
        db.Regions.Where(r => r.Id == u.ScopeRegionId).Select(r => r.Code).FirstOrDefault(),
        db.Regions.Where(r => r.Id == u.ScopeRegionId).Select(r => r.NameZh).FirstOrDefault(),
        u.ScopeParkId, db.Parks.Where(p => p.Id == u.ScopeParkId).Select(p => p.Name).FirstOrDefault(),
        u.ScopeEnterpriseId, db.Enterprises.Where(e => e.Id == u.ScopeEnterpriseId).Select(e => e.Name).FirstOrDefault(),
        u.ManagesAccounts, u.IsDisabled, u.MustChangePassword, u.Organisation));
}
