using CircularPark.Chains;
using CircularPark.Enterprises;
using CircularPark.ExchangePlatform;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark;

/// <summary>The use cases of enterprises, chains and the waste exchange (issue 7), for the web app and the CLI alike.</summary>
public static class SymbiosisServices
{
    public static IServiceCollection AddCircularParkSymbiosis(this IServiceCollection services) => services
        .AddScoped<GetParkEnterprises>().AddScoped<CreateEnterprise>().AddScoped<UpdateEnterprise>().AddScoped<DeleteEnterprise>()
        .AddScoped<ImportEnterprises>().AddScoped<GetChainGraph>().AddScoped<GetChainGaps>().AddScoped<SaveRoute>().AddScoped<WithdrawRoute>()
        .AddScoped<SaveListing>().AddScoped<WithdrawListing>().AddScoped<SearchListings>().AddScoped<RunMatching>().AddScoped<GetMatchingRun>()
        .AddScoped<AgreeExchanges>().AddScoped<RecordDelivery>().AddScoped<ConfirmDelivery>().AddScoped<ListExchanges>().AddScoped<GetDeliveredExchanges>().AddScoped<GetTradingOptions>();
}
