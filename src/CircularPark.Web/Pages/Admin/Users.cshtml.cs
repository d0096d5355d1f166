using CircularPark.Accounts;
using CircularPark.Identity;
using CircularPark.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Admin;

/// <summary>
/// Accounts (ADR 0053): the accounts the signed-in administrator may change, with search and filters, and a form to create
/// one; the temporary password of a new account is shown once.
/// </summary>
[Authorize]
public sealed class UsersModel(ListAccounts list, CreateAccount create) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "role")] public string? RoleFilter { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    [BindProperty] public AccountInput Input { get; set; } = new();

    public AccountPage? Accounts { get; private set; }
    public IReadOnlyDictionary<string, Bilingual> Errors { get; private set; } = new Dictionary<string, Bilingual>();
    public CreatedAccount? Created { get; private set; }
    public IReadOnlyList<string> Assignable => AccountRules.AssignableBy(AccessScope.From(User).Role);
    public bool MayGrant => Assignable.Any(r => AccountRules.MayGrantAccounts(AccessScope.From(User).Role, r));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var outcome = await create.ExecuteAsync(Input, AccessScope.From(User), ct);
        if (outcome.Kind == Outcomes.OutcomeKind.Forbidden) return Forbid();
        if (outcome.IsOk)
        {
            Created = outcome.Value;
            Input = new AccountInput();
        }
        else Errors = outcome.Failure!.Errors ?? new Dictionary<string, Bilingual> { ["account"] = outcome.Failure.Message!.Value };
        return await LoadAsync(ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var outcome = await list.ExecuteAsync(new AccountFilter(Q, RoleFilter, Region, Status, PageNumber), AccessScope.From(User), ct);
        if (outcome.Kind == Outcomes.OutcomeKind.Forbidden) return Forbid();
        if (outcome.IsOk) Accounts = outcome.Value;
        else Errors = new Dictionary<string, Bilingual>(Errors.Concat(outcome.Failure!.Errors ?? new Dictionary<string, Bilingual>()));
        return null;
    }
}
