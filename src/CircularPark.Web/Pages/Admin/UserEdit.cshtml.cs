using System.Globalization;
using CircularPark.Accounts;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Admin;

/// <summary>One account: change name, role, scope and grant; disable or enable; reset the password (shown once).</summary>
[Authorize]
public sealed class UserEditModel(AccountStore store, ListAccounts list, ChangeAccount change, SetAccountEnabled enable, ResetAccountPassword reset) : PageModel
{
    [BindProperty] public AccountInput Input { get; set; } = new();
    public AccountView? Account { get; private set; }
    public IReadOnlyDictionary<string, Bilingual> Errors { get; private set; } = new Dictionary<string, Bilingual>();
    public Bilingual? Done { get; private set; }
    public string? TemporaryPassword { get; private set; }
    public IReadOnlyList<string> Assignable => AccountRules.AssignableBy(AccessScope.From(User).Role);
    public bool MayGrant => Assignable.Any(r => AccountRules.MayGrantAccounts(AccessScope.From(User).Role, r));

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (Account is { } a)
            Input = new AccountInput
            {
                DisplayName = a.DisplayName, Role = a.Role, Region = a.RegionCode, Park = a.ParkId?.ToString(CultureInfo.InvariantCulture),
                Enterprise = a.EnterpriseId?.ToString(CultureInfo.InvariantCulture), ManagesAccounts = a.ManagesAccounts, Organisation = a.Organisation,
            };
        return result ?? Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken ct) =>
        await AfterAsync(id, (await change.ExecuteAsync(id, Input, AccessScope.From(User), ct)).WithoutValue(), "Users.Saved", ct);

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct) =>
        await AfterAsync(id, await enable.ExecuteAsync(id, enabled: false, AccessScope.From(User), ct), "Users.Disabled", ct);

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct) =>
        await AfterAsync(id, await enable.ExecuteAsync(id, enabled: true, AccessScope.From(User), ct), "Users.Enabled", ct);

    public async Task<IActionResult> OnPostResetAsync(string id, CancellationToken ct)
    {
        var outcome = await reset.ExecuteAsync(id, AccessScope.From(User), ct);
        if (outcome.IsOk) TemporaryPassword = outcome.Value.TemporaryPassword;
        return await AfterAsync(id, outcome.WithoutValue(), "Users.Reset", ct);
    }

    private async Task<IActionResult> AfterAsync(string id, Outcome outcome, string doneKey, CancellationToken ct)
    {
        if (outcome.Kind == OutcomeKind.Forbidden) return Forbid();
        if (outcome.Kind == OutcomeKind.NotFound) return NotFound();
        if (outcome.IsOk) Done = Text.Get(doneKey);
        else Errors = outcome.Failure!.Errors ?? new Dictionary<string, Bilingual> { ["account"] = outcome.Failure.Message!.Value };
        return await LoadAsync(id, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        var loaded = await store.LoadAsync(id, AccessScope.From(User), ct, allowSelf: true);
        if (loaded.Kind == OutcomeKind.Forbidden) return Forbid();
        if (!loaded.IsOk) return NotFound();
        Account = (await list.GetAsync(id, ct)).Value;
        return null;
    }
}
