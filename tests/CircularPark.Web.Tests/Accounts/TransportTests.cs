using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CircularPark.Web.Tests.Accounts;

/// <summary>Headers and transport (issue 12 finding 11; ADR 0055): each header and each switch.</summary>
public class TransportTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/campaigns")]
    [InlineData("/no-such-page")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var app = await apps.For(Provider.Sqlite);

        var response = await app.CreateClient().GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Fact]
    public async Task Pages_carry_no_inline_script()
    {
        var app = await apps.For(Provider.Sqlite);
        foreach (var path in new[] { "/", "/campaigns/sd-2018-336", "/parks", "/account/login" })
        {
            var html = await app.CreateClient().GetStringAsync(path);
            var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>");
            Assert.True(scripts.Count == 0, $"{path}: {string.Join(", ", scripts.Select(m => m.Value))}");
        }
    }

    [Fact]
    public async Task The_session_cookie_is_Secure_HttpOnly_and_SameSite_Lax_outside_Development()
    {
        var app = await apps.For(Provider.Sqlite);
        var email = await app.CreateUserAsync("city", regionCode: "441800");

        var response = await AccountClients.Bare(app).PostAsJsonAsync("/api/account/login", new { email, password = TestApp.Password });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("circularpark=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_Https_configured_plain_requests_are_redirected_and_secure_answers_carry_HSTS()
    {
        await using var app = await TestApp.StartAsync(Provider.Sqlite, new Dictionary<string, string?>
        {
            ["Security:Https"] = "true", ["AllowedHosts"] = "parks.example.cn",
        });
        var plain = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://parks.example.cn"), AllowAutoRedirect = false });
        var secure = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://parks.example.cn"), AllowAutoRedirect = false });

        var redirect = await plain.GetAsync("/parks?q=1");
        var answer = await secure.GetAsync("/parks");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal("https://parks.example.cn/parks?q=1", redirect.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("max-age=31536000", answer.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behind_a_known_proxy_the_forwarded_client_address_and_scheme_count_and_from_anyone_else_they_are_ignored()
    {
        await using var app = await TestApp.StartAsync(Provider.Sqlite, new Dictionary<string, string?>
        {
            ["ForwardedHeaders:Enabled"] = "true", ["ForwardedHeaders:KnownProxies"] = "10.0.0.5", ["Security:Https"] = "true",
        });
        var email = await app.CreateUserAsync("city", regionCode: "441800");

        var viaProxy = await ForwardedAsync(app, HttpMethod.Get, "/parks", from: "10.0.0.5", forwardedFor: "192.0.2.50");
        var viaStranger = await ForwardedAsync(app, HttpMethod.Get, "/parks", from: "198.51.100.9", forwardedFor: "192.0.2.51");
        var signIns = new[] { ("10.0.0.5", "192.0.2.50"), ("198.51.100.9", "192.0.2.51") };
        foreach (var (from, forwardedFor) in signIns) // over https, so the stranger is not redirected first
            await ForwardedAsync(app, HttpMethod.Post, "/api/account/login", from, forwardedFor, new { email, password = "wrong password 1" }, "https");

        Assert.Equal(HttpStatusCode.OK, viaProxy.StatusCode); // the proxy said the client spoke https
        Assert.Equal(HttpStatusCode.TemporaryRedirect, viaStranger.StatusCode);
        var failures = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "SignInFailed").Select(a => a.Changes!).ToListAsync());
        Assert.Contains(failures, c => c.Contains("192.0.2.50", StringComparison.Ordinal));
        Assert.Contains(failures, c => c.Contains("198.51.100.9", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, c => c.Contains("192.0.2.51", StringComparison.Ordinal));
    }

    /// <summary>A request (plain http unless <paramref name="scheme"/> says) arriving from <paramref name="from"/> with X-Forwarded-For and X-Forwarded-Proto: https.</summary>
    private static Task<HttpResponseMessage> ForwardedAsync(TestApp app, HttpMethod method, string path, string from, string forwardedFor, object? body = null, string scheme = "http")
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"{scheme}://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add(TestClientAddress.Header, from);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Without_the_switch_there_is_neither_redirect_nor_HSTS()
    {
        var app = await apps.For(Provider.Sqlite);
        var plain = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        var response = await plain.GetAsync("/parks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task In_production_the_API_documents_are_off_unless_enabled_and_only_the_configured_hosts_are_served()
    {
        await using var production = await TestApp.StartAsync(Provider.Sqlite, new Dictionary<string, string?> { ["Environment"] = "Production" });
        await using var documented = await TestApp.StartAsync(Provider.Sqlite, new Dictionary<string, string?> { ["Environment"] = "Production", ["Api:Docs"] = "true" });

        Assert.Equal(HttpStatusCode.NotFound, (await production.CreateClient().GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await production.CreateClient().GetAsync("/api/docs/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await documented.CreateClient().GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await documented.CreateClient().GetAsync("/api/docs/index.html")).StatusCode);
        var stranger = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://evil.example") });
        Assert.Equal(HttpStatusCode.BadRequest, (await stranger.GetAsync("/api/campaigns")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await production.CreateClient().GetAsync("/api/campaigns")).StatusCode);
    }

    [Fact]
    public async Task Production_never_creates_demo_accounts_and_demo_mode_does()
    {
        var production = await apps.For(Provider.Sqlite);
        await using var demo = await TestApp.StartAsync(Provider.Sqlite, new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });

        Assert.Equal(0, await production.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Users, u => u.Email!.EndsWith("@demo.cn"))));
        var login = await demo.CreateClient().PostAsJsonAsync("/api/account/login", new { email = "admin@demo.cn", password = "Demo#2026" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.False((await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("mustChangePassword").GetBoolean());
    }
}
