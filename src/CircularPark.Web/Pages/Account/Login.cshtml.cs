using CircularPark.Accounts;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CircularPark.Web.Pages.Account;

/// <summary>Sign-in page: the same checks as the API (constant time, per-client rate limit and lockout; ADR 0055).</summary>
[EnableRateLimiting(SecuritySetup.SignInPolicy)]
public sealed class LoginModel(CheckSignIn check, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public Bilingual? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Message = Text.Get("Account.Required");
            return Page();
        }
        var result = await check.ExecuteAsync(Email, Password, ClientAddress.Of(HttpContext), ct);
        if (result.Refusal == SignInRefusal.LockedOut)
        {
            Message = Text.Get("Account.LockedOut", Math.Max(1, (int)Math.Ceiling(result.RetryAfter.TotalMinutes)));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        if (result.User is not { } user)
        {
            Message = Text.Get("Account.WrongCredentials");
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        var home = HomePage.For((await signIn.UserManager.GetRolesAsync(user)).FirstOrDefault(), user.ScopeParkId);
        var back = Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl : home;
        return user.MustChangePassword ? LocalRedirect($"/account/password?returnUrl={Uri.EscapeDataString(back)}") : LocalRedirect(back);
    }
}
