using CircularPark.Auditing;
using CircularPark.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CircularPark.Migrations.Postgres;

/// <summary>Used only by dotnet-ef when generating this provider's migrations (see scripts/add-migration.sh).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        Database.Configure(options, DatabaseProvider.Postgres, "Host=127.0.0.1;Username=app;Password=app;Database=circularpark_design");
        return new AppDbContext(options.Options, TimeProvider.System, new FixedActor("design"));
    }
}
