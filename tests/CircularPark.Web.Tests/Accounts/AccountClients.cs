using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CircularPark.Web.Tests.Accounts;

/// <summary>What the account tests do through the API, as a user would.</summary>
internal static class AccountClients
{
    public const string NewPassword = "长城 Great Wall 2026 春";

    /// <summary>Creates an account through <c>POST /api/users</c> and returns its id and temporary password.</summary>
    public static async Task<(string Id, string Password)> CreateAsync(HttpClient manager, object account)
    {
        var response = await manager.PostAsJsonAsync("/api/users", account);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetString()!, body.GetProperty("temporaryPassword").GetString()!);
    }

    /// <summary>Signs in with the temporary password and chooses <see cref="NewPassword"/>, as the first sign-in requires.</summary>
    public static async Task<HttpClient> FirstSignInAsync(TestApp app, string email, string temporaryPassword)
    {
        var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/account/login", new { email, password = temporaryPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var change = await client.PostAsJsonAsync("/api/account/password", new { currentPassword = temporaryPassword, newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/account/me")).StatusCode);
        return client;
    }

    /// <summary>A client that keeps no cookies of its own: the test hands it a copied cookie.</summary>
    public static HttpClient Bare(TestApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, BaseAddress = new Uri("https://localhost") });

    /// <summary>Signs in and returns the session cookie exactly as the server set it ("name=value").</summary>
    public static async Task<string> CookieAsync(TestApp app, string email, string password = TestApp.Password)
    {
        var response = await Bare(app).PostAsJsonAsync("/api/account/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("circularpark=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';', StringComparison.Ordinal)];
    }

    /// <summary>GET with a copied cookie.</summary>
    public static Task<HttpResponseMessage> GetWithCookieAsync(TestApp app, string path, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return Bare(app).SendAsync(request);
    }

    public static async Task<string?> RoleOfAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/account/me")).GetProperty("role").GetString();
}
