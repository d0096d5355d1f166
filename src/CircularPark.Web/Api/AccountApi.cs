using CircularPark.Identity;
using CircularPark.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace CircularPark.Web.Api;

/// <summary>Cookie sign-in for API clients (the same cookie the pages use).</summary>
internal static class AccountApi
{
    public static void MapAccountApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/login", Login).WithName(nameof(Login));
        group.MapPost("/logout", Logout).WithName(nameof(Logout)).RequireAuthorization();
        group.MapGet("/me", GetCurrentUser).WithName(nameof(GetCurrentUser)).RequireAuthorization();
    }

    public sealed record LoginRequest(string Email, string Password);

    public sealed record CurrentUser(string Name, string? Role, int? RegionId, int? ParkId);

    public static async Task<Results<Ok<CurrentUser>, UnauthorizedHttpResult, ValidationProblem>> Login(
        LoginRequest request, SignInManager<AppUser> signIn, UserManager<AppUser> users)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
            return Problems.Invalid(new Dictionary<string, Bilingual> { ["email"] = Text.Get("Account.Required") });
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null) return TypedResults.Unauthorized();
        var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded) return TypedResults.Unauthorized();
        var role = (await users.GetRolesAsync(user)).FirstOrDefault();
        return TypedResults.Ok(new CurrentUser(user.UserName!, role, user.ScopeRegionId, user.ScopeParkId));
    }

    public static async Task<NoContent> Logout(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    public static Ok<CurrentUser> GetCurrentUser(HttpContext http)
    {
        var scope = AccessScope.From(http.User);
        return TypedResults.Ok(new CurrentUser(scope.Name, scope.Role, scope.RegionId, scope.ParkId));
    }
}
