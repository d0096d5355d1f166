using CircularPark.Data;
using CircularPark.Data.Seed;
using CircularPark.Identity;
using CircularPark.MaterialFlows;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// At start: the embedded SQLite database is migrated and, when empty, seeded with the source documents' data
/// (PostgreSQL is migrated with <c>circularpark db migrate</c>, unless Database:MigrateAtStart is true). Demo
/// accounts, the demo material-flow models, the illustrative enterprises and listings, a demo report line and the demo park's
/// history (示例数据) are created only when Demo:Enabled is true. Nodes starting together on one PostgreSQL database take
/// turns (<see cref="ExclusiveRun"/>, ADR 0084): the second finds the first one's work done.
/// </summary>
internal static class StartupTasks
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        await using var turn = await ExclusiveRun.AcquireAsync(db, ExclusiveRun.StartUp);
        var provider = Database.ProviderFrom(configuration);
        if (provider == DatabaseProvider.Sqlite || configuration.GetValue<bool>("Database:MigrateAtStart"))
            await db.Database.MigrateAsync();
        // A database seeded before the route knowledge base existed gets its routes too (seeding is idempotent).
        if (configuration.GetValue("Database:SeedAtStart", true) && (!await db.Campaigns.AnyAsync() || !await db.UtilisationRoutes.AnyAsync()))
        {
            var result = await services.GetRequiredService<SeedDatabase>().ExecuteAsync(SeedFiles.Embedded());
            if (result.Problems.Count > 0)
                throw new InvalidOperationException($"Seed data has {result.Problems.Count} problems, first: {result.Problems[0].MessageEn}");
        }
        await EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        if (configuration.GetValue<bool>("Demo:Enabled"))
        {
            await DemoAccounts.EnsureAsync(services.GetRequiredService<UserManager<AppUser>>(), db);
            await services.GetRequiredService<DemoMaterialFlows>().ExecuteAsync();
            await DemoSymbiosis.EnsureAsync(db, services.GetRequiredService<TimeProvider>());
            await DemoReports.EnsureAsync(db, services.GetRequiredService<TimeProvider>());
            // The demo park's full history (ADR 0082); Demo:ExamplePark=false leaves the park empty (browser journeys that start from scratch).
            if (configuration.GetValue("Demo:ExamplePark", true))
                await services.GetRequiredService<CircularPark.Demo.DemoPark>().ExecuteAsync();
        }
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }
}
