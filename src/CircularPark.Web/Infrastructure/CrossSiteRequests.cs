using CircularPark.Localization;
using CircularPark.Web.Api;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// Cross-site request forgery on the API (ADR 0057). Pages carry antiforgery tokens; the API's changing endpoints (JSON
/// and multipart imports) relied only on SameSite=Lax, which lets a sibling site (another port or subdomain of the same
/// site) post with the user's cookie. A POST, PUT, PATCH or DELETE to <c>/api</c> is refused 403 when the browser says it
/// comes from elsewhere: <c>Sec-Fetch-Site</c> cross-site or same-site, or an <c>Origin</c> (else <c>Referer</c>) that is
/// neither this host nor one of <c>Security:TrustedOrigins</c>. A request with none of these headers does not come from
/// a browser page (scripts, other systems, the CLI works on the database) and passes: browsers send Origin with every
/// cross-origin POST.
/// </summary>
internal static class CrossSiteRequests
{
    public static void UseCrossSiteRequestCheck(this WebApplication app)
    {
        var trusted = app.Configuration.GetSection("Security:TrustedOrigins").Get<string[]>() ?? [];
        app.Use(async (http, next) =>
        {
            if (IsChanging(http.Request) && ComesFromElsewhere(http.Request, trusted))
            {
                await TypedResults.Problem(Problems.Problem(StatusCodes.Status403Forbidden, Text.Get("Input.CrossSite"))).ExecuteAsync(http);
                return;
            }
            await next(http);
        });
    }

    private static bool IsChanging(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method));

    /// <summary>Whether the browser's own headers show the request was made by a page of another origin.</summary>
    public static bool ComesFromElsewhere(HttpRequest request, IReadOnlyCollection<string> trusted)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site is "cross-site" or "same-site") return !IsTrusted(request.Headers.Origin.ToString(), request, trusted);
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0) return !IsTrusted(origin, request, trusted);
        var referer = request.Headers.Referer.ToString();
        return referer.Length > 0 && !IsTrusted(referer, request, trusted);
    }

    private static bool IsTrusted(string origin, HttpRequest request, IReadOnlyCollection<string> trusted)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)) return false;
        return string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || trusted.Any(t => Uri.TryCreate(t, UriKind.Absolute, out var allowed) && allowed.Scheme == uri.Scheme
                && string.Equals(allowed.Authority, uri.Authority, StringComparison.OrdinalIgnoreCase));
    }
}
