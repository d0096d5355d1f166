using CircularPark.Regions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CircularPark;

/// <summary>The region directory (one cached snapshot per host) and the regions administration, for the web app and the CLI alike.</summary>
public static class RegionServices
{
    public static IServiceCollection AddCircularParkRegions(this IServiceCollection services)
    {
        services.TryAddSingleton<RegionDirectoryCache>();
        services.AddScoped<ChangeRegions>();
        return services;
    }
}
