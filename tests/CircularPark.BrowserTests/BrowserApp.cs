using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CircularPark.BrowserTests;

/// <summary>
/// The web app on a real socket (Kestrel, port 0) over a fresh in-memory SQLite database with the source data and the
/// demo accounts, and Debian's Chromium driven by Playwright. One per test class. The demo park's history (示例数据, ADR 0082)
/// is left out unless asked for (<see cref="DemoParkApp"/>): most journeys build the park's plan and reports themselves.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly bool _examplePark;

    public BrowserApp() { }

    internal BrowserApp(bool examplePark) => _examplePark = examplePark;

    private readonly string _connectionString = $"Data Source=file:browser-{Guid.NewGuid():N}?mode=memory&cache=shared";
    private SqliteConnection? _keepAlive;
    private Factory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's services, for tests that store what no form would accept (data from before a rule).</summary>
    public IServiceProvider Services => _factory!.Services;

    public async Task InitializeAsync()
    {
        _keepAlive = new SqliteConnection(_connectionString);
        await _keepAlive.OpenAsync();
        _factory = new Factory(_connectionString, _examplePark);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page that fails the test on any script error, with pages in Chinese as a new user sees them.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1300, Height = 1000 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        return (page, errors);
    }

    /// <summary>A new page signed in through the login form as a demo account, once the sign-in has left the login page.</summary>
    public async Task<(IPage Page, List<string> Errors)> SignedInPageAsync(string email, string password = "Demo#2026")
    {
        var (page, errors) = await NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("邮箱").FillAsync(email);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        // Leaving the login page is enough: the role's home page need not finish loading before the test goes elsewhere. The
        // password hash is meant to be slow, and CI runs four test projects at once on two cores: allow more than the default 30 s.
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit, Timeout = 90_000 });
        return (page, errors);
    }

    /// <summary>
    /// An API client signed in as a demo account. The session cookie is Secure (as everywhere outside Development): Chromium
    /// sends it to the loopback server over http, HttpClient's cookie container does not, so the client carries it itself.
    /// </summary>
    public async Task<HttpClient> ApiClientAsync(string email, string password = "Demo#2026")
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(BaseUrl) };
        var login = await client.PostAsJsonAsync("/api/account/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("circularpark=", StringComparison.Ordinal));
        client.DefaultRequestHeaders.Add("Cookie", cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
        return client;
    }

    /// <summary>Signs a page in through the sign-in form (as a demo account unless a password is given).</summary>
    public static async Task SignInAsync(IPage page, string email, string password = "Demo#2026")
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("邮箱").FillAsync(email);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        if (_keepAlive is not null) await _keepAlive.DisposeAsync();
    }

    private sealed class Factory(string connectionString, bool examplePark) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "sqlite");
            builder.UseSetting("ConnectionStrings:Sqlite", connectionString);
            builder.UseSetting("Demo:Enabled", "true");
            // Journeys start the demo park from scratch (they create its plan, reports, enterprises); the demo park journey asks for its history.
            builder.UseSetting("Demo:ExamplePark", examplePark ? "true" : "false");
            // Every journey signs in from 127.0.0.1 on one shared app: the per-client sign-in limit (10 a minute, ADR 0055,
            // tested in the web tests) would refuse the journeys that happen to run in the same minute.
            builder.UseSetting("Security:SignIn:PermitsPerMinute", "1000");
        }
    }
}

/// <summary>The browser app with the demo park's full history loaded at start, as <c>Demo__Enabled=true</c> gives a visitor.</summary>
public sealed class DemoParkApp : IAsyncLifetime
{
    public BrowserApp App { get; } = new(examplePark: true);

    public Task InitializeAsync() => App.InitializeAsync();

    public Task DisposeAsync() => App.DisposeAsync();
}
