using CircularPark.Auditing;
using CircularPark.Data;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Tests.Data;

public class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Username=app;Password=app;Database=unused")]
    public void The_model_has_no_changes_missing_from_the_provider_s_migrations(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        Database.Configure(options, provider, connectionString);
        using var db = new AppDbContext(options.Options, TimeProvider.System, new FixedActor("test"));

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model changed since the last {provider} migration: run scripts/add-migration.sh NAME.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}
