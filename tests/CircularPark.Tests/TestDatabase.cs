using CircularPark.Auditing;
using CircularPark.Data;
using CircularPark.Imports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Tests;

/// <summary>A fresh, migrated in-memory SQLite database (the real provider, not a fake) for one test class.</summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public AppDbContext NewContext(string actor = "test")
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(_connection, o => o.MigrationsAssembly(Database.SqliteMigrations));
        return new AppDbContext(options.Options, Clock, new FixedActor(actor));
    }

    public static ImportParks Importer(AppDbContext db) => new(db, new CircularPark.Regions.RegionDirectoryCache());

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync() => await _connection.DisposeAsync();
}
