using CircularPark.Regions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CircularPark;

/// <summary>
/// The region directory (one cached snapshot per host), the regions administration, and the cached read models keyed by the
/// shared data version (ADR 0088), for the web app and the CLI alike.
/// </summary>
public static class RegionServices
{
    public static IServiceCollection AddCircularParkRegions(this IServiceCollection services)
    {
        services.TryAddSingleton<RegionDirectoryCache>();
        services.AddScoped<ChangeRegions>();
        services.TryAddSingleton<Data.ReadModelCache>();
        services.TryAddSingleton<Data.DataVersion.Shared>();
        services.AddScoped<Data.DataVersion>().AddScoped<Data.CachedReads>();
        return services;
    }
}
