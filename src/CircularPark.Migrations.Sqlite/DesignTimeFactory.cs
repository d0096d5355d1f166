using CircularPark.Auditing;
using CircularPark.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CircularPark.Migrations.Sqlite;

/// <summary>Used only by dotnet-ef when generating this provider's migrations (see scripts/add-migration.sh).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        Database.Configure(options, DatabaseProvider.Sqlite, Database.DefaultSqlite);
        return new AppDbContext(options.Options, TimeProvider.System, new FixedActor("design"));
    }
}
