using System.Globalization;
using CircularPark.Data;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// Output caching of public pages and APIs for anonymous visitors (ADRs 0085, 0088): a response is kept for
/// <see cref="Lifetime"/>, per query string, language and Accept-Encoding (it is kept compressed, ADR 0093), within the clock's minute (pages judge deadlines by the
/// clock, which tests move), and only while the shared <see cref="DataVersion"/> is the one it was made at — a change saved
/// on any node is seen at once on every node. The version is read once for the anonymous requests arriving together on a
/// node, by a read started after each of them arrived (<see cref="DataVersion.ReadSharedAsync"/>, ADR 0095). The platform's default rules still apply: only GET or HEAD answered 200, never for a
/// signed-in user or a request with an Authorization header, never a response that sets a cookie.
/// </summary>
internal static class PublicCache
{
    public const string Policy = "public";

    /// <summary>How long an unchanged page is kept (the data version, not this, decides freshness; the minute varies anyway).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public static void AddPublicCache(this IServiceCollection services) => services.AddOutputCache(o => o.AddPolicy(Policy, b => b
        .Expire(Lifetime).SetVaryByQuery("*").SetVaryByHeader(Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding)
        .VaryByValue(async (http, ct) => new KeyValuePair<string, string>("data",
            (await http.RequestServices.GetRequiredService<DataVersion>().ReadSharedAsync(ct)).ToString(CultureInfo.InvariantCulture)))
        .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
        .VaryByValue(http => new KeyValuePair<string, string>("minute",
            http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)))));
}
