using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Threading.RateLimiting;
using CircularPark.Data;
using CircularPark.Localization;
using CircularPark.Web.Api;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// Sessions, keys and transport (ADRs 0054, 0055): server-side sessions, Data Protection keys in the database under the
/// deployment's application name (protected by a certificate when one is configured), a per-client sign-in rate limit,
/// HSTS and HTTPS redirection when <c>Security:Https</c> is true, Secure cookies outside Development, security headers
/// with a Content-Security-Policy that allows no inline script, no Server header. Behind a reverse proxy
/// (<c>ForwardedHeaders:Enabled</c>, ADR 0084) the client's address and scheme come from X-Forwarded-For/-Proto, trusted only
/// from loopback and the configured <c>ForwardedHeaders:KnownProxies</c> / <c>KnownNetworks</c>.
/// </summary>
internal static class SecuritySetup
{
    public const string SignInPolicy = "sign-in";

    /// <summary>Scripts only from this site; inline styles stay allowed (the pages use style attributes); no framing.</summary>
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
        + "form-action 'self'; frame-ancestors 'none'";

    public static void AddCircularParkSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        services.AddSingleton<DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((o, store) =>
            {
                o.SessionStore = store;
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            });
        AddKeys(services, configuration);
        AddForwardedHeaders(services, configuration);
        AddSignInLimit(services, configuration);
        if (configuration.GetValue<bool>("Security:Https"))
        {
            services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
            services.AddHttpsRedirection(o => o.HttpsPort = configuration.GetValue<int?>("Security:HttpsPort") ?? 443);
        }
    }

    /// <summary>First in the pipeline: HSTS and HTTPS redirection (when configured), then the security headers on every answer.</summary>
    public static void UseCircularParkSecurity(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("ForwardedHeaders:Enabled")) app.UseForwardedHeaders();
        if (app.Configuration.GetValue<bool>("Security:Https"))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers.Remove("Server");
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>The OpenAPI document and /api/docs: on unless in Production, where <c>Api:Docs=true</c> turns them on.</summary>
    public static bool ApiDocsEnabled(WebApplication app) => app.Configuration.GetValue<bool?>("Api:Docs") ?? !app.Environment.IsProduction();

    private static void AddKeys(IServiceCollection services, ConfigurationManager configuration)
    {
        var name = configuration["DataProtection:ApplicationName"] is { Length: > 0 } configured ? configured : "CircularPark";
        var keys = services.AddDataProtection().PersistKeysToDbContext<AppDbContext>().SetApplicationName(name);
        if (configuration["DataProtection:Certificate:Path"] is { Length: > 0 } path)
            keys.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:Certificate:Password"]));
    }

    /// <summary>
    /// The proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: loopback (ASP.NET Core's default) plus the
    /// comma-separated addresses in <c>ForwardedHeaders:KnownProxies</c> and networks (CIDR) in <c>ForwardedHeaders:KnownNetworks</c>.
    /// A header from any other address is ignored, so a client cannot choose its own address for the sign-in limits.
    /// </summary>
    private static void AddForwardedHeaders(IServiceCollection services, ConfigurationManager configuration)
    {
        var proxies = List(configuration["ForwardedHeaders:KnownProxies"]).Select(IPAddress.Parse).ToList();
        var networks = List(configuration["ForwardedHeaders:KnownNetworks"]).Select(n => System.Net.IPNetwork.Parse(n)).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies) o.KnownProxies.Add(proxy);
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
        });
    }

    private static string[] List(string? value) =>
        (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// At most <c>Security:SignIn:PermitsPerMinute</c> (default 10) sign-in attempts a minute from one client address,
    /// on the API and the page; more answer 429 with Retry-After and a message in both languages. Per node (ADR 0055).
    /// </summary>
    private static void AddSignInLimit(IServiceCollection services, ConfigurationManager configuration)
    {
        var permits = configuration.GetValue("Security:SignIn:PermitsPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(SignInPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
                })
                : RateLimitPartition.GetNoLimiter("read"));
            o.OnRejected = (rejected, ct) => RejectAsync(rejected.HttpContext, rejected.Lease, ct);
        });
    }

    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, CancellationToken ct)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
        var message = Text.Get("Account.Throttled", seconds);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await TypedResults.Problem(Problems.Problem(StatusCodes.Status429TooManyRequests, message)).ExecuteAsync(context);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>429</title></head><body>"
            + $"<p role=\"alert\">{WebUtility.HtmlEncode(message.Zh)}</p><p lang=\"en\">{WebUtility.HtmlEncode(message.En)}</p>"
            + "<p><a href=\"/account/login\">返回登录 / Back to sign-in</a></p></body></html>", ct);
    }
}
