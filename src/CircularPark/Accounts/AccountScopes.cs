using System.Globalization;
using System.Text.RegularExpressions;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Regions;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Accounts;

/// <summary>An account's scope once resolved: the ids stored on the account and where it lies, for the permission check.</summary>
public sealed record ResolvedScope(string Role, int? RegionId, int? ParkId, int? EnterpriseId, ScopeTarget Target, string Field);

/// <summary>
/// Checks an account as written (<see cref="AccountInput"/>) against the rules and the manager's scope, and resolves its
/// region, park and enterprise: the one validation behind the page, the API, the CLI and the bulk file.
/// </summary>
public sealed partial class AccountScopes(AppDbContext db)
{
    public const int MaxEmailLength = 256;
    public const int MaxNameLength = 200;

    /// <summary>The resolved scope, or field-keyed errors (email, displayName, role, region, park, enterprise, password, managesAccounts).</summary>
    public async Task<(ResolvedScope? Scope, Dictionary<string, Bilingual> Errors)> CheckAsync(
        AccountInput input, AccessScope manager, bool isNew, CancellationToken ct)
    {
        var errors = new Dictionary<string, Bilingual>(StringComparer.Ordinal);
        if (isNew) CheckEmailAndPassword(input, errors);
        var name = input.DisplayName?.Trim() ?? "";
        if (name.Length == 0) errors["displayName"] = Text.Get("Account.NameRequired");
        else if (name.Length > MaxNameLength) errors["displayName"] = Text.Get("Account.NameTooLong", MaxNameLength);
        if (ParseRole(input.Role) is not { } role)
        {
            errors["role"] = Text.Get("Account.RoleUnknown", input.Role ?? "");
            return (null, errors);
        }
        if (!AccountRules.AssignableBy(manager.Role).Contains(role)) errors["role"] = Text.Get("Account.RoleNotYours", RoleLabel(role).Zh, RoleLabel(role).En);
        if (input.ManagesAccounts && !AccountRules.MayGrantAccounts(manager.Role, role))
            errors["managesAccounts"] = Text.Get("Account.GrantNotYours", RoleLabel(role).Zh, RoleLabel(role).En);
        var scope = await ResolveAsync(role, input, errors, ct);
        if (scope is not null && !manager.Allows(Permissions.UsersManage, scope.Target))
            errors.TryAdd(scope.Field, Text.Get("Account.OutsideScope"));
        return (errors.Count == 0 ? scope : null, errors);
    }

    /// <summary>A role code or its label in either language, or null.</summary>
    public static string? ParseRole(string? text)
    {
        var wanted = text?.Trim() ?? "";
        return Roles.All.FirstOrDefault(r => r.Equals(wanted, StringComparison.OrdinalIgnoreCase)
            || Text.Get($"Role.{r}").Zh == wanted || Text.Get($"Role.{r}").En.Equals(wanted, StringComparison.OrdinalIgnoreCase));
    }

    public static Bilingual RoleLabel(string role) => Text.Get($"Role.{role}");

    public static bool IsEmail(string email) => email.Length <= MaxEmailLength && EmailPattern().IsMatch(email);

    private static void CheckEmailAndPassword(AccountInput input, Dictionary<string, Bilingual> errors)
    {
        var email = input.Email?.Trim() ?? "";
        if (email.Length == 0) errors["email"] = Text.Get("Account.EmailRequired");
        else if (!IsEmail(email)) errors["email"] = Text.Get("Account.EmailInvalid", email);
        if (!string.IsNullOrEmpty(input.Password) && PasswordRules.Check(input.Password, email) is { } broken) errors["password"] = broken;
    }

    private async Task<ResolvedScope?> ResolveAsync(string role, AccountInput input, Dictionary<string, Bilingual> errors, CancellationToken ct)
    {
        var kind = AccountRules.ScopeOf(role);
        var wantsRegion = kind is AccountScopeKind.Nation or AccountScopeKind.Province or AccountScopeKind.City or AccountScopeKind.AnyRegion;
        var wantsPark = kind is AccountScopeKind.Park or AccountScopeKind.Enterprise;
        Refuse(!wantsRegion, input.Region, "region", "Account.NoRegionFor", role, errors);
        Refuse(!wantsPark, input.Park, "park", "Account.NoParkFor", role, errors);
        Refuse(kind != AccountScopeKind.Enterprise, input.Enterprise, "enterprise", "Account.NoEnterpriseFor", role, errors);
        if (kind == AccountScopeKind.None) return new ResolvedScope(role, null, null, null, ScopeTarget.None, "role");
        if (wantsRegion)
            return await FindRegionAsync(kind, input.Region, errors, ct) is { } region
                ? new ResolvedScope(role, region.Id, null, null, ScopeTarget.Region(region.Path), "region") : null;
        if (await FindParkAsync(input.Park, errors, ct) is not { } park) return null;
        var target = ScopeTarget.Park(park.Id, park.Path);
        if (kind == AccountScopeKind.Park) return new ResolvedScope(role, null, park.Id, null, target, "park");
        return await FindEnterpriseAsync(park.Id, input.Enterprise, errors, ct) is { } enterprise
            ? new ResolvedScope(role, null, park.Id, enterprise, target with { EnterpriseId = enterprise }, "enterprise") : null;
    }

    private static void Refuse(bool refused, string? value, string field, string key, string role, Dictionary<string, Bilingual> errors)
    {
        if (refused && !string.IsNullOrWhiteSpace(value)) errors[field] = Text.Get(key, RoleLabel(role).Zh, RoleLabel(role).En, value.Trim());
    }

    private async Task<Region?> FindRegionAsync(AccountScopeKind kind, string? text, Dictionary<string, Bilingual> errors, CancellationToken ct)
    {
        var wanted = text?.Trim() ?? "";
        if (wanted.Length == 0 && kind == AccountScopeKind.Nation)
            return await db.Regions.AsNoTracking().SingleAsync(r => r.Level == RegionLevel.Nation, ct);
        if (wanted.Length == 0)
        {
            errors["region"] = Text.Get("Account.RegionRequired");
            return null;
        }
        var level = kind switch
        {
            AccountScopeKind.Nation => RegionLevel.Nation,
            AccountScopeKind.Province => RegionLevel.Province,
            AccountScopeKind.City => RegionLevel.City,
            _ => (RegionLevel?)null,
        };
        var (region, problem) = RegionInput.Read(await db.RegionDirectoryAsync(ct), wanted, db.Clock.Today(), Text.Get("Regions.Field"),
            level is { } wantedLevel ? [wantedLevel] : []);
        if (region is null)
        {
            errors["region"] = problem!.Value;
            return null;
        }
        if (level is { } needed && region.Level != needed)
        {
            errors["region"] = Text.Get("Account.RegionLevel", region.NameZh, Text.Label(needed).Zh, region.NameEn, Text.Label(needed).En);
            return null;
        }
        return region;
    }

    private sealed record ParkPlace(int Id, string? Path);

    private async Task<ParkPlace?> FindParkAsync(string? text, Dictionary<string, Bilingual> errors, CancellationToken ct)
    {
        var wanted = text?.Trim() ?? "";
        if (wanted.Length == 0)
        {
            errors["park"] = Text.Get("Account.ParkRequired");
            return null;
        }
        var id = int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        var today = db.Clock.Today();
        var found = await db.Parks.AsNoTracking().Where(p => p.Id == id || p.Name == wanted)
            .Select(p => new
            {
                p.Id,
                Path = p.Memberships.Where(m => (m.ValidFrom == null || m.ValidFrom <= today) && (m.ValidTo == null || m.ValidTo > today))
                    .OrderByDescending(m => m.Region!.Level).Select(m => m.Region!.Path).FirstOrDefault(),
            })
            .Take(6).ToListAsync(ct);
        if (found.Count == 1) return new ParkPlace(found[0].Id, found[0].Path);
        errors["park"] = found.Count == 0 ? Text.Get("Account.ParkUnknown", wanted)
            : Text.Get("Account.ParkAmbiguous", wanted, string.Join("、", found.Select(p => p.Id.ToString(CultureInfo.InvariantCulture))));
        return null;
    }

    private async Task<int?> FindEnterpriseAsync(int parkId, string? text, Dictionary<string, Bilingual> errors, CancellationToken ct)
    {
        var wanted = text?.Trim() ?? "";
        if (wanted.Length == 0)
        {
            errors["enterprise"] = Text.Get("Account.EnterpriseRequired");
            return null;
        }
        var id = int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        var found = await db.Enterprises.AsNoTracking().Where(e => e.ParkId == parkId && (e.Id == id || e.Name == wanted))
            .Select(e => e.Id).Take(2).ToListAsync(ct);
        if (found.Count == 1) return found[0];
        errors["enterprise"] = Text.Get(found.Count == 0 ? "Account.EnterpriseUnknown" : "Account.EnterpriseAmbiguous", wanted);
        return null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+$")]
    private static partial Regex EmailPattern();
}
