using System.Security.Claims;
using CircularPark.Accounts;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Account;

/// <summary>
/// Change password. A new or reset account is sent here and cannot go elsewhere until it has chosen its own
/// (<see cref="PasswordChangeGate"/>); every other session of the user ends.
/// </summary>
[Authorize]
public sealed class PasswordModel(ChangeOwnPassword change, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty] public string CurrentPassword { get; set; } = "";
    [BindProperty] public string NewPassword { get; set; } = "";
    [BindProperty] public string ConfirmPassword { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public bool MustChange => User.HasClaim(PasswordChangeGate.Claim, "true");
    public IReadOnlyDictionary<string, Bilingual> Errors { get; private set; } = new Dictionary<string, Bilingual>();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (NewPassword != ConfirmPassword)
        {
            Errors = new Dictionary<string, Bilingual> { ["confirmPassword"] = Text.Get("Password.Mismatch") };
            return Page();
        }
        var outcome = await change.ExecuteAsync(User.FindFirstValue(ClaimTypes.NameIdentifier), CurrentPassword, NewPassword, DatabaseTicketStore.KeyOf(HttpContext), ct);
        if (!outcome.IsOk)
        {
            if (outcome.Kind == Outcomes.OutcomeKind.Forbidden) return Forbid();
            Errors = outcome.Failure!.Errors ?? new Dictionary<string, Bilingual> { ["password"] = outcome.Failure.Message ?? Text.Get("Outcome.Concurrent") };
            return Page();
        }
        await signIn.SignInAsync(outcome.Value, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && !ReturnUrl!.StartsWith("/account/", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : "/");
    }
}
