using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CircularPark.Identity;

namespace CircularPark.Web.Tests.Inputs;

/// <summary>
/// Issue 12 findings 7 and 12, for every endpoint at once: the bodies are generated from the app's endpoint list, so an
/// endpoint added later is covered. A null in any array, or a control character in any string of any body, is a 400
/// naming the field, before any handler runs — never a 500, never stored.
/// </summary>
public class ApiBodyTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public async Task A_null_element_in_any_array_of_any_body_is_a_400_naming_that_element()
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var cases = ApiBody.All(app.Services).SelectMany(b => b.NullElements().Select(n => (Endpoint: b, n.Path, n.Body))).ToList();
        Assert.True(cases.Count >= 20, $"only {cases.Count} arrays found in the API's bodies");

        var failures = new List<string>();
        foreach (var (endpoint, path, body) in cases)
        {
            var response = await SendAsync(admin, endpoint, body.ToJsonString());
            var errors = await ErrorKeysAsync(response);
            if (response.StatusCode != HttpStatusCode.BadRequest || !errors.Contains(path))
                failures.Add($"{endpoint} {path}: {(int)response.StatusCode} [{string.Join(", ", errors)}]");
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_control_character_in_any_string_of_any_body_is_a_400_naming_each_field()
    {
        var app = await apps.For(Provider.Sqlite);
        var admin = await app.ClientAsAsync(Roles.Admin);
        var bodies = ApiBody.All(app.Services).Select(b => (Endpoint: b, Sample: b.ControlCharacters())).Where(b => b.Sample.Paths.Count > 0).ToList();
        Assert.True(bodies.Count >= 30, $"only {bodies.Count} bodies with text found");

        var failures = new List<string>();
        foreach (var (endpoint, (body, paths)) in bodies)
        {
            var response = await SendAsync(admin, endpoint, body.ToJsonString());
            var errors = await ErrorKeysAsync(response);
            var missed = paths.Where(p => !errors.Contains(p)).ToList();
            if (response.StatusCode != HttpStatusCode.BadRequest || missed.Count > 0)
                failures.Add($"{endpoint}: {(int)response.StatusCode}, not named: {string.Join(", ", missed)}");
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_refusal_names_the_character_and_its_place_in_both_languages()
    {
        var app = await apps.For(Provider.Sqlite);
        var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/account/login", new { email = "a\u0000b@test.cn", password = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("“email”含有不允许的控制字符 U+0000（第 2 个字符）", problem.GetProperty("errorsZh").GetProperty("email").GetString());
        Assert.Equal("\"email\" contains the control character U+0000 (character 2), which is not allowed", problem.GetProperty("errorsEn").GetProperty("email").GetString());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, ApiBody endpoint, string json) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        });

    private static async Task<HashSet<string>> ErrorKeysAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) != true) return [];
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("errorsEn", out var errors) && errors.ValueKind == JsonValueKind.Object
            ? errors.EnumerateObject().Select(e => e.Name).ToHashSet(StringComparer.Ordinal)
            : [];
    }
}
