using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Web.Tests.Access;

/// <summary>
/// Issue 12 (ADR 0044): every API handler declares what it answers as typed results (<c>Results&lt;Ok&lt;T&gt;, ForbidHttpResult,
/// ProblemHttpResult&gt;</c>, a file, …), so the OpenAPI document describes every response. Generated from the endpoint list:
/// a new handler that returns a bare <see cref="IResult"/> fails here.
/// </summary>
public class TypedResultsTests(Apps apps) : IClassFixture<Apps>
{
    [Fact]
    public async Task No_api_handler_returns_a_bare_IResult()
    {
        var app = await apps.For(Provider.Sqlite);

        var handlers = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText?.TrimStart('/')).StartsWith("/api/", StringComparison.Ordinal))
            .Select(e => (Route: e.RoutePattern.RawText, Handler: e.Metadata.GetMetadata<MethodInfo>()))
            .ToList();
        var untyped = handlers.Where(h => h.Handler is null || IsUntyped(h.Handler.ReturnType))
            .Select(h => $"{h.Route} → {h.Handler?.DeclaringType?.Name}.{h.Handler?.Name}: {h.Handler?.ReturnType.Name}").ToList();

        Assert.True(handlers.Count > 150, $"only {handlers.Count} API endpoints found");
        Assert.True(untyped.Count == 0, "handlers without typed results:\n" + string.Join("\n", untyped));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_a_read_with_its_answer_its_403_and_its_problems()
    {
        var app = await apps.For(Provider.Sqlite);

        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var responses = document.GetProperty("paths").GetProperty("/api/plans/{planId}").GetProperty("get").GetProperty("responses");
        Assert.True(responses.GetProperty("200").GetProperty("content").TryGetProperty("application/json", out var ok), "200 without a JSON body");
        Assert.Contains("PlanView", ok.GetProperty("schema").GetRawText(), StringComparison.Ordinal);
        foreach (var status in new[] { "403", "404", "409" })
            Assert.True(responses.GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), $"{status} is not a problem");
    }

    /// <summary>A return type that tells OpenAPI nothing: IResult, Task&lt;IResult&gt;, ValueTask&lt;IResult&gt;, object or Task&lt;object&gt;.</summary>
    private static bool IsUntyped(Type type)
    {
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
            type = type.GetGenericArguments()[0];
        return type == typeof(IResult) || type == typeof(object);
    }
}
