using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Accounts;

/// <summary>Sessions end when they should (issue 12 finding 9; ADR 0054): the cookie names a session kept on the server.</summary>
public class SessionTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_copied_cookie_stops_working_when_its_session_signs_out(Provider provider)
    {
        var app = await apps.For(provider);
        var email = await app.CreateUserAsync("city", regionCode: "441800");
        var cookie = await AccountClients.CookieAsync(app, email);
        var other = await AccountClients.CookieAsync(app, email);
        Assert.Equal(HttpStatusCode.OK, (await AccountClients.GetWithCookieAsync(app, "/api/account/me", cookie)).StatusCode);

        var logout = new HttpRequestMessage(HttpMethod.Post, "/api/account/logout");
        logout.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.NoContent, (await AccountClients.Bare(app).SendAsync(logout)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountClients.GetWithCookieAsync(app, "/api/account/me", cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AccountClients.GetWithCookieAsync(app, "/api/account/me", other)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_role_change_ends_the_sessions_that_carried_the_old_role(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync("admin");
        var email = $"qy-{Guid.NewGuid():N}@gov.cn";
        var (id, password) = await AccountClients.CreateAsync(admin, new { email, displayName = "清远市局", role = "city", region = "441800" });
        var city = await AccountClients.FirstSignInAsync(app, email, password);
        Assert.Equal("city", await AccountClients.RoleOfAsync(city));

        var change = await admin.PutAsJsonAsync($"/api/users/{id}", new { displayName = "清远专家", role = "expert", region = "441800" });
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await city.GetAsync("/api/account/me")).StatusCode);
        var again = app.CreateClient();
        await again.PostAsJsonAsync("/api/account/login", new { email, password = AccountClients.NewPassword });
        Assert.Equal("expert", await AccountClients.RoleOfAsync(again));
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == id && a.Action == "RoleChanged").ToListAsync());
        Assert.Contains("\"old\":\"city\"", Assert.Single(audit).Changes, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Disabling_resetting_and_changing_ones_password_end_the_sessions_and_are_audited_without_secrets(Provider provider)
    {
        var app = await apps.For(provider);
        var admin = await app.ClientAsAsync("admin");
        var email = $"jn-{Guid.NewGuid():N}@gov.cn";
        var (id, password) = await AccountClients.CreateAsync(admin, new { email, displayName = "济南市局", role = "city", region = "370100" });
        var first = await AccountClients.FirstSignInAsync(app, email, password);
        var second = app.CreateClient();
        await second.PostAsJsonAsync("/api/account/login", new { email, password = AccountClients.NewPassword });

        Assert.Equal(HttpStatusCode.NoContent,
            (await first.PostAsJsonAsync("/api/account/password", new { currentPassword = AccountClients.NewPassword, newPassword = "另一个 新的 口令 2027" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/account/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/users/{id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await app.CreateClient().PostAsJsonAsync("/api/account/login", new { email, password = "另一个 新的 口令 2027" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/users/{id}/enable", null)).StatusCode);
        var reset = await admin.PostAsync($"/api/users/{id}/reset-password", null);
        var temporary = (await reset.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("temporaryPassword").GetString()!;
        var login = await app.CreateClient().PostAsJsonAsync("/api/account/login", new { email, password = temporary });
        Assert.True((await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("mustChangePassword").GetBoolean());

        var events = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == id).ToListAsync());
        foreach (var action in new[] { "Created", "PasswordChanged", "Disabled", "Enabled", "PasswordReset", "SignedIn" })
            Assert.Contains(events, e => e.Action == action);
        var hash = await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync());
        var everything = string.Join("\n", await app.WithDbAsync(db => db.AuditEntries.Select(a => a.Changes ?? "").ToListAsync()));
        Assert.DoesNotContain(hash!, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(temporary, everything, StringComparison.Ordinal);
        var audited = await app.WithDbAsync(db => db.AuditEntries.Select(a => a.Entity).Distinct().ToListAsync());
        Assert.DoesNotContain("UserSession", audited);
        Assert.DoesNotContain("SignInThrottle", audited);
        Assert.DoesNotContain("DataProtectionKey", audited);
    }
}
