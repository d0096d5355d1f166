using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CircularPark.Web.Tests;

public class HealthTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Health_answers_healthy_without_naming_anything_internal(Provider provider)
    {
        var app = await apps.For(provider);

        foreach (var path in new[] { "/health", "/health/ready", "/health/live" })
        {
            var response = await app.CreateClient().GetAsync(path);
            var text = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("{\"status\":\"Healthy\"}", text);
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_public_endpoints()
    {
        var app = await apps.For(Provider.Sqlite);

        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/campaigns", paths);
        Assert.Contains("/api/campaigns/{code}", paths);
        Assert.Contains("/api/campaigns/{code}/parks", paths);
        Assert.Contains("/api/campaigns/{code}/summary", paths);
        Assert.Contains("/api/parks", paths);
        Assert.Contains("/api/parks/{id}", paths);
        Assert.Contains("/api/imports/parks", paths);
    }

    [Fact]
    public async Task The_browsable_API_page_is_served()
    {
        var app = await apps.For(Provider.Sqlite);

        var html = await app.CreateClient().GetStringAsync("/api/docs/index.html");

        Assert.Contains("swagger", html, StringComparison.OrdinalIgnoreCase);
    }
}
