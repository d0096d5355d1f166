using CircularPark.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CircularPark.Data;

/// <summary>The two supported providers: embedded SQLite (default) and PostgreSQL for production.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Provider choice and registration. Each provider has its own generated migration assembly.</summary>
public static class Database
{
    public const string SqliteMigrations = "CircularPark.Migrations.Sqlite";
    public const string PostgresMigrations = "CircularPark.Migrations.Postgres";
    public const string DefaultSqlite = "Data Source=data/app/circularpark.db";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration) =>
        (configuration["Database:Provider"] ?? "sqlite").Trim().ToUpperInvariant() switch
        {
            "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            var other => throw new InvalidOperationException($"Database:Provider '{other}' is not supported: use sqlite or postgres."),
        };

    public static string ConnectionStringFrom(IConfiguration configuration, DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite
            ? configuration.GetConnectionString("Sqlite") ?? DefaultSqlite
            : configuration.GetConnectionString("Postgres")
              ?? throw new InvalidOperationException("ConnectionStrings:Postgres is required when Database:Provider is postgres.");

    /// <summary>
    /// The read replica the officials' reports are computed on (<c>ConnectionStrings:PostgresReports</c>, ADR 0092), made
    /// read-only for every transaction; null when not set. Refused with SQLite rather than ignored.
    /// </summary>
    public static string? ReportsConnectionStringFrom(IConfiguration configuration, DatabaseProvider provider)
    {
        var reports = configuration.GetConnectionString("PostgresReports");
        if (string.IsNullOrWhiteSpace(reports)) return null;
        if (provider != DatabaseProvider.Postgres)
            throw new InvalidOperationException("ConnectionStrings:PostgresReports (a read replica for reports) needs Database:Provider postgres.");
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(reports);
        builder.Options = $"{builder.Options} -c default_transaction_read_only=on".Trim();
        return builder.ConnectionString;
    }

    /// <summary>Configures <paramref name="builder"/> for the provider, with its migration assembly.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.Sqlite
            ? builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrations))
            : builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrations));

    /// <summary>
    /// Whether a save failed because another writer got there first: a unique index broken by two users creating the same
    /// row at the same moment (SQLite SQLITE_CONSTRAINT unique/primary key; PostgreSQL 23505). The caller tells the user
    /// to reload, as with a concurrency token. (SQLite's busy writer is not a conflict: the web app answers it with 503.)
    /// </summary>
    public static bool IsWriteConflict(DbUpdateException failure) => failure.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } => true,
        Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } => true,
        _ => false,
    };

    /// <summary>
    /// Whether SQLite's single writer stayed locked past the busy timeout (SQLITE_BUSY 5, SQLITE_LOCKED 6): nothing was
    /// written, and the same request may succeed a moment later.
    /// </summary>
    public static bool IsBusy(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 }) return true;
        return false;
    }

    /// <summary>Registers <see cref="AppDbContext"/> for the configured provider. The host registers <see cref="IActor"/>.</summary>
    public static IServiceCollection AddCircularParkData(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ProviderFrom(configuration);
        var connectionString = ConnectionStringFrom(configuration, provider);
        if (provider == DatabaseProvider.Sqlite) EnsureSqliteFolder(connectionString);
        var reports = ReportsConnectionStringFrom(configuration, provider);
        services.AddScoped<DatabaseRoute>();
        services.AddSingleton(new ReportsReplica.Connection(reports));
        services.AddSingleton<ReportsReplica>();
        // The context's options are built once per database, not once per request (a few percent of a cached read's CPU):
        // each scope takes the primary's or, when its route says so, the replica's. Registered before AddDbContext, which then keeps them.
        services.AddSingleton(root => new ContextOptions(Build(root, connectionString), reports is null ? null : Build(root, reports)));
        services.AddScoped(scope => scope.GetRequiredService<ContextOptions>().For(scope.GetRequiredService<DatabaseRoute>()));
        services.AddDbContext<AppDbContext>();
        services.TryAddSingleton(TimeProvider.System);
        return services;

        DbContextOptions<AppDbContext> Build(IServiceProvider root, string connection) =>
            ((DbContextOptionsBuilder<AppDbContext>)Configure(new DbContextOptionsBuilder<AppDbContext>().UseApplicationServiceProvider(root), provider, connection)).Options;
    }

    /// <summary>The context options of the primary and of the reports replica (null: none), made once.</summary>
    private sealed record ContextOptions(DbContextOptions<AppDbContext> Primary, DbContextOptions<AppDbContext>? Replica)
    {
        public DbContextOptions<AppDbContext> For(DatabaseRoute route) => route.Replica && Replica is not null ? Replica : Primary;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.Ordinal)) return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
