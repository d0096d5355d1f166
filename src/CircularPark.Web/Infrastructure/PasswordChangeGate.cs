using CircularPark.Localization;
using CircularPark.Web.Api;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// A new or reset account must choose its own password before anything else (ADR 0053): while its cookie carries
/// <see cref="Claim"/>, pages send it to <c>/account/password</c> and the API answers 403 saying so. Signing out,
/// the culture switch and the account API stay open.
/// </summary>
internal static class PasswordChangeGate
{
    public const string Claim = "cp:must-change-password";

    private static readonly string[] Open = ["/account/password", "/account/logout", "/api/account", "/culture", "/health"];

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.User.HasClaim(Claim, "true") || Open.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await TypedResults.Problem(Problems.Problem(StatusCodes.Status403Forbidden, Text.Get("Account.MustChangePassword"))).ExecuteAsync(context);
            return;
        }
        var back = context.Request.Path + context.Request.QueryString;
        context.Response.Redirect($"/account/password?returnUrl={Uri.EscapeDataString(back)}");
    });
}
