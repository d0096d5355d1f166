using Microsoft.AspNetCore.Builder;
using System.Net.Http.Json;
using CircularPark.Data;
using CircularPark.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CircularPark.Web.Tests;

/// <summary>The database a test runs against: embedded SQLite (in memory) or the real PostgreSQL server the test script starts.</summary>
public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The web app on a fresh database of one provider, migrated and seeded at start as in production. One per test
/// class and provider (see <see cref="Apps"/>).
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    /// <summary>Server of the test script (scripts/test.sh starts it); override with CIRCULARPARK_TEST_POSTGRES.</summary>
    public static readonly string PostgresServer = Environment.GetEnvironmentVariable("CIRCULARPARK_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Username=app;Password=app;Database=postgres";

    private readonly Provider _provider;
    private readonly string _connectionString;
    private readonly SqliteConnection? _keepAlive;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly bool _ownsDatabase;

    private TestApp(Provider provider, string connectionString, SqliteConnection? keepAlive, IReadOnlyDictionary<string, string?>? settings, bool ownsDatabase = true)
    {
        (_provider, _connectionString, _keepAlive, _ownsDatabase) = (provider, connectionString, keepAlive, ownsDatabase);
        _settings = settings ?? new Dictionary<string, string?>();
        // Cookies are Secure outside Development: the test client speaks https to the in-memory server.
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    /// <summary>A fresh database; <paramref name="settings"/> override configuration (environment: "Environment").</summary>
    public static async Task<TestApp> StartAsync(Provider provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        if (provider == Provider.Sqlite)
        {
            var cs = $"Data Source=file:cp-{Guid.NewGuid():N}?mode=memory&cache=shared";
            var keepAlive = new SqliteConnection(cs);
            await keepAlive.OpenAsync();
            return Started(new TestApp(provider, cs, keepAlive, settings));
        }
        var name = $"test_{Guid.NewGuid():N}";
        await OnServerAsync($"CREATE DATABASE \"{name}\"");
        return Started(new TestApp(provider, new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString, null, settings));
    }

    /// <summary>A second web node on the database of <paramref name="other"/> (which keeps and drops it).</summary>
    public static TestApp SharingDatabaseOf(TestApp other, IReadOnlyDictionary<string, string?>? settings = null) =>
        Started(new TestApp(other._provider, other._connectionString, null, settings, ownsDatabase: false));

    /// <summary>
    /// Creates or drops a database. Test classes run in parallel: PostgreSQL refuses to copy template1 while another
    /// session uses it, and DROP … WITH (FORCE) refuses while a session the app role may not end (autovacuum) is still
    /// in the database; such refusals are retried a few times before they count.
    /// </summary>
    private static async Task OnServerAsync(string sql)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var server = new NpgsqlConnection(PostgresServer);
                await server.OpenAsync();
                await using var command = new NpgsqlCommand(sql, server);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (attempt < 5 && e.SqlState is PostgresErrorCodes.ObjectInUse or PostgresErrorCodes.DeadlockDetected
                                                  or PostgresErrorCodes.InsufficientPrivilege)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }

    /// <summary>The app with its host built (migrated and seeded); disposed (its database dropped) when the host does not start.</summary>
    private static TestApp Started(TestApp app)
    {
        try
        {
            _ = app.Services;
            return app;
        }
        catch
        {
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>The connection string of the app's database.</summary>
    public string ConnectionString => _connectionString;

    public Provider Provider => _provider;

    /// <summary>The app's clock: the real time until a test moves it.</summary>
    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_settings.TryGetValue("Environment", out var environment) ? environment! : "Testing");
        builder.UseSetting("Database:Provider", _provider.ToString());
        builder.UseSetting($"ConnectionStrings:{_provider}", _connectionString);
        builder.UseSetting("Database:MigrateAtStart", "true");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Reminders:Enabled", "false");
        // Every test of a class signs in from the same (absent) client address; the limit itself is tested on its own app.
        builder.UseSetting("Security:SignIn:PermitsPerMinute", "100000");
        foreach (var (key, value) in _settings.Where(s => s.Key != "Environment")) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestClientAddress>();
        });
    }

    /// <summary>Runs <paramref name="work"/> with a scoped AppDbContext.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Creates a user of <paramref name="role"/> scoped to a region (GB/T 2260 code) or a park (by name), and an enterprise user's enterprise.</summary>
    public async Task<string> CreateUserAsync(string role, string? regionCode = null, string? parkName = null, int? enterpriseId = null)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{role}-{regionCode ?? parkName?.GetHashCode(StringComparison.Ordinal).ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "all"}-{Guid.NewGuid():N}@test.cn";
        var user = new AppUser
        {
            UserName = email, Email = email, DisplayName = role,
            ScopeRegionId = regionCode is null ? null : await db.Regions.Where(r => r.Code == regionCode).OrderBy(r => r.ValidTo == null ? 0 : 1).ThenByDescending(r => r.ValidTo).Select(r => (int?)r.Id).FirstAsync(),
            ScopeParkId = parkName is null ? null : await db.Parks.Where(p => p.Name == parkName).Select(p => (int?)p.Id).SingleAsync(),
            ScopeEnterpriseId = enterpriseId,
        };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return email;
    }

    public const string Password = "Test#Pass2026";

    /// <summary>A client signed in as <paramref name="email"/> (cookie kept by the client).</summary>
    public async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/login", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    public async Task<HttpClient> ClientAsAsync(string role, string? regionCode = null, string? parkName = null, int? enterpriseId = null) =>
        await SignedInClientAsync(await CreateUserAsync(role, regionCode, parkName, enterpriseId));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_keepAlive is not null) await _keepAlive.DisposeAsync();
        if (_provider == Provider.Postgres && _ownsDatabase)
        {
            NpgsqlConnection.ClearAllPools();
            var name = new NpgsqlConnectionStringBuilder(_connectionString).Database;
            await OnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }
}

/// <summary>A test class's apps, one per provider, started on first use: a fresh database per test class.</summary>
public sealed class Apps : IAsyncLifetime
{
    private readonly Dictionary<Provider, Task<TestApp>> _apps = [];
    private readonly Lock _gate = new();

    public Task<TestApp> For(Provider provider)
    {
        lock (_gate)
        {
            if (!_apps.TryGetValue(provider, out var app)) _apps[provider] = app = TestApp.StartAsync(provider);
            return app;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values) await (await app).DisposeAsync();
    }
}

/// <summary>Both providers, for [Theory] tests that must hold on each.</summary>
public static class Providers
{
    public static readonly TheoryData<Provider> Both = new(Provider.Sqlite, Provider.Postgres);
}

/// <summary>
/// A clock the tests move (deadlines are the heart of this domain, and tests never sleep). Time flows as usual; moving
/// the clock shifts it to the moment asked for.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + _offset;

    /// <summary>Moves the clock on by <paramref name="time"/>.</summary>
    public void Advance(TimeSpan time) => _offset += time;

    /// <summary>Back to the real time.</summary>
    public void Reset() => _offset = TimeSpan.Zero;

    /// <summary>Moves to a moment given in China Standard Time (UTC+8), as the documents write deadlines.</summary>
    public void SetChinaTime(int year, int month, int day, int hour = 10) =>
        _offset = new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(8)) - DateTimeOffset.UtcNow;
}

/// <summary>
/// The in-memory server has no client address; a test names one with the <c>X-Test-Client</c> header (per-client sign-in
/// limits and lockouts are judged by address).
/// </summary>
internal sealed class TestClientAddress : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public const string Header = "X-Test-Client";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, proceed) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address)) context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address.ToString());
            return proceed(context);
        });
        next(app);
    };
}
