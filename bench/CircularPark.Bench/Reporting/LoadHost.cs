using CircularPark.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Bench.Reporting;

/// <summary>
/// The product as deployed for a load run: Kestrel on a loopback port over a PostgreSQL (or SQLite) database, migrated and
/// seeded at start, with the simulated clock when one is given (else the real one). Three settings differ from production
/// and are not part of what is measured: the password hash cost and the sign-in rate limit (accounts are created and
/// signed in before the timed window) and logging below warnings.
/// </summary>
internal sealed class LoadHost(string connectionString, TimeProvider? clock, string dataFolder, string provider = "Postgres") : WebApplicationFactory<CircularPark.Web.SharedResource>
{
    public string BaseUrl { get; private set; } = "";

    public void Launch()
    {
        WebContentRoot.Use();
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting($"ConnectionStrings:{provider}", connectionString);
        builder.UseSetting("Security:SignIn:PermitsPerMinute", "100000");
        builder.UseSetting("Database:MigrateAtStart", "true");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Data:Folder", dataFolder);
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Critical"); // the first migration probes a missing history table
        builder.ConfigureTestServices(services =>
        {
            if (clock is not null) services.AddSingleton(clock);
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        });
    }

    /// <summary>Password of every account the run creates.</summary>
    public const string Password = "Load#Bench2026";

    public static string ParkEmail(int index) => $"load-park-{index:D4}@bench.cn";

    public const string MinistryEmail = "load-ministry@bench.cn";

    public static string RoleOf(string email) => email == MinistryEmail ? Roles.Ministry : Roles.Park;
}
