using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CircularPark.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Web.Tests.Access;

/// <summary>
/// Issue 12, finding 17 (ADR 0043): the scope matrix is generated from the endpoint list. Every API endpoint names its
/// permission from the one table, so a new endpoint without one fails here; and what it names holds for anonymous users:
/// an endpoint whose permission is not public answers them 401 before reading anything, a public one never asks them to sign in.
/// Scope within a role (another park, city, province, campaign) is <see cref="Reviews.ScopeMatrixTests"/>' table.
/// </summary>
public partial class EndpointPermissionsTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public async Task Every_api_endpoint_names_its_permission_and_anonymous_users_are_refused_exactly_where_it_is_not_public()
    {
        var app = await apps.For(Provider.Sqlite);
        var endpoints = Endpoints(app);
        var anonymous = app.CreateClient();
        var unnamed = endpoints.Where(e => e.Permission is null).Select(e => $"{e.Method} {e.Route}").ToList();
        var wrong = new List<string>();

        foreach (var (method, route, permission) in endpoints.Where(e => e.Permission is not null))
        {
            var url = Sample(route);
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method is "POST" or "PUT") request.Content = url.Contains("/import", StringComparison.Ordinal) ? Upload() : JsonContent.Create(new { });
            var status = (await anonymous.SendAsync(request)).StatusCode;
            var isPublic = permission!.Scope == ScopeRule.Anyone;
            if (isPublic ? status == HttpStatusCode.Unauthorized : status != HttpStatusCode.Unauthorized)
                wrong.Add($"{method} {url} ({permission.Name}): anonymous got {(int)status}");
            if ((int)status >= 500) wrong.Add($"{method} {url}: {(int)status}");
        }

        Assert.True(endpoints.Count > 150, $"only {endpoints.Count} endpoints found");
        Assert.True(unnamed.Count == 0, "endpoints without a permission: " + string.Join(", ", unnamed));
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task A_user_whose_role_the_permission_does_not_list_is_refused_403_on_every_endpoint()
    {
        var app = await apps.For(Provider.Sqlite);
        var users = new Dictionary<string, HttpClient>
        {
            [Roles.Ministry] = await app.ClientAsAsync(Roles.Ministry, "000000"),
            [Roles.Province] = await app.ClientAsAsync(Roles.Province, "440000"),
            [Roles.City] = await app.ClientAsAsync(Roles.City, "441800"),
            [Roles.Park] = await app.ClientAsAsync(Roles.Park, parkName: "英德市英红工业园"),
            [Roles.Enterprise] = await app.ClientAsAsync(Roles.Enterprise, parkName: "英德市英红工业园"),
            [Roles.Expert] = await app.ClientAsAsync(Roles.Expert, "440000"),
        };
        var wrong = new List<string>();
        var checkedPairs = 0;

        foreach (var (method, route, permission) in Endpoints(app).Where(e => e.Permission is { Scope: not ScopeRule.Anyone }))
        {
            var url = Sample(route);
            foreach (var (role, client) in users.Where(u => !permission!.IsFor(u.Key)))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT") request.Content = url.Contains("/import", StringComparison.Ordinal) ? Upload() : JsonContent.Create(new { });
                var status = (await client.SendAsync(request)).StatusCode;
                checkedPairs++;
                if (status != HttpStatusCode.Forbidden) wrong.Add($"{method} {url} ({permission!.Name}): {role} got {(int)status}");
            }
        }

        Assert.True(checkedPairs > 300, $"only {checkedPairs} role and endpoint pairs checked");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Every_permission_an_endpoint_names_is_in_the_table()
    {
        var app = await apps.For(Provider.Sqlite);

        var named = Endpoints(app).Where(e => e.Permission is not null).Select(e => e.Permission!).Distinct().ToList();

        Assert.All(named, p => Assert.Contains(p, Permissions.All));
    }

    /// <summary>An upload as the import pages send it (multipart with one empty xlsx part).</summary>
    internal static MultipartFormDataContent Upload()
    {
        var file = new ByteArrayContent([]);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", "empty.xlsx" } };
    }

    internal static List<(string Method, string Route, Permission? Permission)> Endpoints(TestApp app) =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true || e.RoutePattern.RawText?.StartsWith("api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'), e.Metadata.GetMetadata<Permission>())))];

    /// <summary>The route with each parameter filled by a value that names nothing (ids that do not exist, a code no campaign has).</summary>
    private static string Sample(string route) => Parameter().Replace(route, m => m.Groups[1].Value switch
    {
        var n when m.Value.Contains(":int", StringComparison.Ordinal) || n is "id" && !route.Contains("/users/", StringComparison.Ordinal) => "999999",
        "regionCode" or "cityCode" or "provinceCode" or "city" => "440000",
        _ => "none-such",
    });

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex Parameter();
}
