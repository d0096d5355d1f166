using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Accounts;

/// <summary>
/// Sign-in hardening (issue 12 finding 10; ADR 0055): no timing tells which e-mails exist; a per-client rate limit; a
/// lockout per client and account that a stranger cannot turn against an official; failures logged with the address.
/// </summary>
public class SignInTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public async Task An_unknown_email_is_refused_as_slowly_as_a_known_one_with_a_wrong_password()
    {
        var app = await apps.For(Provider.Sqlite);
        var known = new[] { await app.CreateUserAsync("city", regionCode: "441800"), await app.CreateUserAsync("city", regionCode: "441800"), await app.CreateUserAsync("city", regionCode: "441800") };
        var client = app.CreateClient();
        async Task<double> TimeAsync(string email)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.PostAsJsonAsync("/api/account/login", new { email, password = "wrong password 123" });
            watch.Stop();
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            return watch.Elapsed.TotalMilliseconds;
        }
        await TimeAsync($"warm-up-{Guid.NewGuid():N}@gov.cn");
        await TimeAsync(known[0]);
        var unknown = new List<double>();
        var existing = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            unknown.Add(await TimeAsync($"nobody-{i}-{Guid.NewGuid():N}@gov.cn"));
            existing.Add(await TimeAsync(known[i % 3]));
        }

        double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        var (u, k) = (Median(unknown), Median(existing));
        // Before the fix: 1–2 ms against 55–61 ms. Both now hash a password; their medians stay within a factor of two.
        Assert.True(u > k / 2 && u < k * 2, $"unknown {u:F1} ms, known {k:F1} ms");
    }

    [Fact]
    public async Task More_than_the_permitted_attempts_a_minute_from_one_client_answer_429_with_Retry_After()
    {
        await using var app = await TestApp.StartAsync(Provider.Sqlite, new Dictionary<string, string?> { ["Security:SignIn:PermitsPerMinute"] = "3" });
        var email = await app.CreateUserAsync("city", regionCode: "441800");
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++) responses.Add(await SignInAsync(app, email, "wrong password 123", "203.0.113.7"));

        Assert.All(responses.Take(3), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        var limited = responses[3];
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        var body = await limited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("登录尝试过于频繁", body.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("Too many sign-in attempts", body.GetProperty("messageEn").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(app, email, TestApp.Password, "198.51.100.2")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_stranger_who_fails_on_an_account_locks_out_only_themselves_for_a_short_growing_time(Provider provider)
    {
        var app = await apps.For(provider);
        var email = await app.CreateUserAsync("province", regionCode: "440000");
        const string stranger = "203.0.113.50", official = "198.51.100.60";
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(app, email, $"guess {i} guess {i}", stranger)).StatusCode);

        var locked = await SignInAsync(app, email, TestApp.Password, stranger);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.InRange(RetryAfter(locked), 1, 60);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(app, email, TestApp.Password, official)).StatusCode);

        app.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(app, email, "guess six guess six", stranger)).StatusCode);
        var longer = await SignInAsync(app, email, TestApp.Password, stranger);
        Assert.Equal(HttpStatusCode.TooManyRequests, longer.StatusCode);
        Assert.InRange(RetryAfter(longer), 61, 120);

        app.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(app, email, TestApp.Password, stranger)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(app, email, "one more wrong guess", stranger)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Failed_sign_ins_are_in_the_audit_log_with_the_client_address_and_never_the_password(Provider provider)
    {
        var app = await apps.For(provider);
        var email = await app.CreateUserAsync("city", regionCode: "441800");
        var unknown = $"nobody-{Guid.NewGuid():N}@gov.cn";
        await SignInAsync(app, email, "typed secret one", "192.0.2.10");
        await SignInAsync(app, unknown, "typed secret two", "192.0.2.11");

        var failures = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "SignInFailed").Select(a => a.Changes!).ToListAsync());
        Assert.Contains(failures, c => c.Contains("192.0.2.10", StringComparison.Ordinal) && c.Contains("WrongPassword", StringComparison.Ordinal));
        Assert.Contains(failures, c => c.Contains("192.0.2.11", StringComparison.Ordinal) && c.Contains("UnknownAccount", StringComparison.Ordinal) && c.Contains(unknown, StringComparison.Ordinal));
        Assert.DoesNotContain(failures, c => c.Contains("typed secret", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> SignInAsync(TestApp app, string email, string password, string client)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/login") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add(TestClientAddress.Header, client);
        return AccountClients.Bare(app).SendAsync(request);
    }

    private static int RetryAfter(HttpResponseMessage response) =>
        int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
}
