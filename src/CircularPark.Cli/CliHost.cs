using System.CommandLine;
using CircularPark.Accounts;
using CircularPark.Auditing;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Data.Seed;
using CircularPark.Imports;
using CircularPark.MaterialFlows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Cli;

/// <summary>
/// Builds the services a command needs. The database comes from --provider/--connection, else from the environment
/// (CIRCULARPARK_Database__Provider, CIRCULARPARK_ConnectionStrings__Postgres, …), else the embedded SQLite default.
/// </summary>
internal static class CliHost
{
    public static readonly Option<string?> ProviderOption = new("--provider")
    {
        Description = "Database provider: sqlite (default) or postgres",
        Recursive = true,
    };

    public static readonly Option<string?> ConnectionOption = new("--connection")
    {
        Description = "Connection string for the provider (default: Data Source=data/app/circularpark.db)",
        Recursive = true,
    };

    /// <summary>The command line runs on the server with the database's credentials: it acts with the administrator's scope.</summary>
    public static Identity.AccessScope Operator => new(Identity.Roles.Admin, null, null, $"cli:{Environment.UserName}");

    public static ServiceProvider Services(ParseResult parse)
    {
        var settings = new Dictionary<string, string?>();
        if (parse.GetValue(ProviderOption) is { } provider) settings["Database:Provider"] = provider;
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables("CIRCULARPARK_")
            .AddInMemoryCollection(settings)
            .Build();
        if (parse.GetValue(ConnectionOption) is { } connection)
            configuration[$"ConnectionStrings:{Database.ProviderFrom(configuration)}"] = connection;
        var services = new ServiceCollection();
        services.AddCircularParkData(configuration);
        services.AddSingleton<IActor>(new FixedActor($"cli:{Environment.UserName}"));
        services.AddScoped<ImportParks>();
        services.AddScoped<SeedDatabase>();
        services.AddScoped<GetCampaignSummary>();
        services.AddScoped<GetMaterialFlowModel>();
        services.AddScoped<ImportMaterialFlowModel>();
        services.AddScoped<ReconcileMaterialFlowLayer>();
        services.AddScoped<Indicators.IndicatorCatalog>();
        services.AddScoped<Indicators.ComputeIndicators>();
        services.AddScoped<Statistics.SaveParkStatistics>();
        services.AddScoped<Statistics.ImportStatistics>();
        services.AddScoped<Statistics.CheckStatistics>();
        services.AddScoped<Plans.AssessPlanAchievement>();
        services.AddScoped<Reports.GetProvinceSummary>();
        services.AddScoped<Reports.TrackProjects>();
        services.AddScoped<Reports.GetFiveYearSummary>();
        services.AddCircularParkSymbiosis();
        services.AddCircularParkAssessment();
        services.AddCircularParkSelection();
        services.AddLogging();
        services.AddCircularParkAccounts();
        services.AddIdentityCore<Identity.AppUser>(Accounts.AccountsSetup.Configure)
            .AddRoles<Microsoft.AspNetCore.Identity.IdentityRole>().AddEntityFrameworkStores<AppDbContext>();
        services.AddCircularParkRegions();
        services.AddCircularParkFunds();
        services.AddCircularParkAcceptance();
        return services.BuildServiceProvider();
    }
}
