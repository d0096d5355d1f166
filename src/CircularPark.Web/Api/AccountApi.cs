using System.Globalization;
using System.Security.Claims;
using CircularPark.Accounts;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace CircularPark.Web.Api;

/// <summary>
/// Cookie sign-in for API clients (the same cookie the pages use; ADRs 0054, 0055): sign in (rate-limited per client,
/// locked out per client and account after repeated failures), sign out (ends the session on the server), who am I, and
/// change the password (required after an account is created or reset).
/// </summary>
internal static class AccountApi
{
    public static void MapAccountApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account").WithProblems();
        group.MapPost("/login", Login).WithName(nameof(Login)).RequireRateLimiting(SecuritySetup.SignInPolicy)
            .Requires(Permissions.Public).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/logout", Logout).WithName(nameof(Logout)).RequireAuthorization().Requires(Permissions.Self);
        group.MapGet("/me", GetCurrentUser).WithName(nameof(GetCurrentUser)).RequireAuthorization().Requires(Permissions.Self);
        group.MapPost("/password", ChangePassword).WithName(nameof(ChangePassword)).RequireAuthorization().Requires(Permissions.Self);
    }

    public sealed record LoginRequest(string? Email, string? Password);

    public sealed record PasswordRequest(string? CurrentPassword, string? NewPassword);

    /// <summary>The signed-in user; <c>MustChangePassword</c>: every other call answers 403 until the password is changed.</summary>
    public sealed record CurrentUser(string Name, string? Role, int? RegionId, int? ParkId, bool MustChangePassword = false);

    public static async Task<Results<Ok<CurrentUser>, ProblemHttpResult, ValidationProblem>> Login(
        LoginRequest request, HttpContext http, CheckSignIn check, SignInManager<AppUser> signIn, UserManager<AppUser> users, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
            return Problems.Invalid(new Dictionary<string, Bilingual> { ["email"] = Text.Get("Account.Required") });
        var result = await check.ExecuteAsync(request.Email, request.Password, ClientAddress.Of(http), ct);
        if (result.Refusal == SignInRefusal.LockedOut) return LockedOut(http, result.RetryAfter);
        if (result.User is not { } user) return TypedResults.Problem(Problems.Problem(StatusCodes.Status401Unauthorized, Text.Get("Account.WrongCredentials")));
        await signIn.SignInAsync(user, isPersistent: false);
        var role = (await users.GetRolesAsync(user)).FirstOrDefault();
        return TypedResults.Ok(new CurrentUser(user.UserName!, role, user.ScopeRegionId, user.ScopeParkId, user.MustChangePassword));
    }

    /// <summary>A 429 with Retry-After: this client failed too often on this account (ADR 0055).</summary>
    public static ProblemHttpResult LockedOut(HttpContext http, TimeSpan wait)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(Problems.Problem(StatusCodes.Status429TooManyRequests,
            Text.Get("Account.LockedOut", Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)))));
    }

    /// <summary>Ends this session on the server: the cookie, wherever it was copied, stops working.</summary>
    public static async Task<NoContent> Logout(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    public static Ok<CurrentUser> GetCurrentUser(HttpContext http)
    {
        var scope = AccessScope.From(http.User);
        return TypedResults.Ok(new CurrentUser(scope.Name, scope.Role, scope.RegionId, scope.ParkId, http.User.HasClaim(PasswordChangeGate.Claim, "true")));
    }

    /// <summary>Changes the signed-in user's password; every other session of the user ends, this one continues signed in anew.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> ChangePassword(
        PasswordRequest request, HttpContext http, ChangeOwnPassword change, SignInManager<AppUser> signIn, CancellationToken ct)
    {
        var outcome = await change.ExecuteAsync(http.User.FindFirstValue(ClaimTypes.NameIdentifier), request.CurrentPassword, request.NewPassword,
            DatabaseTicketStore.KeyOf(http), ct);
        if (!outcome.IsOk) return OutcomeResults.Problem(outcome.Failure!);
        await signIn.SignInAsync(outcome.Value, isPersistent: false);
        return TypedResults.NoContent();
    }
}
