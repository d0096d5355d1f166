using System.Globalization;
using CircularPark.Data;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// Output caching of public pages and APIs for anonymous visitors (ADR 0085): a response is kept for
/// <see cref="Lifetime"/>, per query string and language, within the clock's minute (pages judge deadlines by the
/// clock, which tests move), and only while no save of this node changed data (<see cref="DataChanges"/>). The platform's default rules still apply: only GET or HEAD answered 200, never for a
/// signed-in user or a request with an Authorization header, never a response that sets a cookie.
/// </summary>
internal static class PublicCache
{
    public const string Policy = "public";

    /// <summary>How stale a page may be after a change made by another node or process.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public static void AddPublicCache(this IServiceCollection services) => services.AddSingleton<DataChanges>().AddOutputCache(o => o.AddPolicy(Policy, b => b
        .Expire(Lifetime).SetVaryByQuery("*")
        .VaryByValue(http => new KeyValuePair<string, string>("data",
            http.RequestServices.GetRequiredService<DataChanges>().Generation.ToString(CultureInfo.InvariantCulture)))
        .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
        .VaryByValue(http => new KeyValuePair<string, string>("minute",
            http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)))));
}
