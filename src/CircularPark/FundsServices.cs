using CircularPark.Funds;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark;

/// <summary>The use cases of fund programmes and the key-project library (issue 16), for the web app and the CLI alike.</summary>
public static class FundsServices
{
    public static IServiceCollection AddCircularParkFunds(this IServiceCollection services) => services
        .AddScoped<SaveFundProgramme>().AddScoped<ListFundProgrammes>().AddScoped<GetFundProgramme>().AddScoped<ApplyForFunds>()
        .AddScoped<TakeFundStep>().AddScoped<GetFundApplication>().AddScoped<GetFundLibrary>().AddScoped<RecordFundCredit>()
        .AddScoped<ListFundCredits>().AddScoped<PreviewSettlement>().AddScoped<ImportFundSteps>();
}
