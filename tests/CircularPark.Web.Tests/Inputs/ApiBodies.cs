using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CircularPark.Web.Tests.Inputs;

/// <summary>
/// Every API endpoint that reads a JSON body, from the app's own endpoint list, with hostile bodies built from the body
/// type's JSON contract: so a new endpoint or a new array property is covered without editing a test.
/// </summary>
public sealed record ApiBody(string Method, string Url, JsonTypeInfo Type, string Route)
{
    private const int MaxDepth = 6;

    public static List<ApiBody> All(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var bodies = new List<ApiBody>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>();
            if (accepts?.RequestType is not { } type || !accepts.ContentTypes.Any(c => c.Contains("json", StringComparison.Ordinal))) continue;
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                bodies.Add(new ApiBody(method, UrlOf(endpoint), options.GetTypeInfo(type), "/" + endpoint.RoutePattern.RawText!.TrimStart('/')));
        }
        return bodies;
    }

    /// <summary>For each array in the body, however deep: the path of its first element and a body whose array is [null].</summary>
    public IEnumerable<(string Path, JsonNode Body)> NullElements() => NullElements(Type, "", 0);

    /// <summary>A body whose every string (in nested records and lists too) holds a control character, and the paths of those strings.</summary>
    public (JsonNode Body, List<string> Paths) ControlCharacters()
    {
        var paths = new List<string>();
        return (Sample(Type, "", paths, 0) ?? new JsonObject(), paths);
    }

    /// <summary>
    /// A body of the right shape with every property given a plain value (text "样例", numbers 1, the first name of an
    /// enum, lists of one element), so the input check lets it through and the handler judges it.
    /// </summary>
    public JsonNode WellFormed() => Plain(Type, 0) ?? new JsonObject();

    public override string ToString() => $"{Method} {Url}";

    private static JsonNode? Plain(JsonTypeInfo type, int depth)
    {
        if (depth > MaxDepth) return null;
        var clr = Nullable.GetUnderlyingType(type.Type) ?? type.Type;
        return type.Kind switch
        {
            JsonTypeInfoKind.Object => new JsonObject(type.Properties.Select(p => KeyValuePair.Create(p.Name, Plain(type.Options.GetTypeInfo(p.PropertyType), depth + 1)))),
            JsonTypeInfoKind.Enumerable => Plain(type.Options.GetTypeInfo(type.ElementType!), depth + 1) is { } element ? new JsonArray(element) : new JsonArray(),
            JsonTypeInfoKind.Dictionary => new JsonObject(),
            _ when clr == typeof(string) => JsonValue.Create("样例"),
            _ when clr == typeof(bool) => JsonValue.Create(false),
            _ when clr.IsEnum => JsonValue.Create(Enum.GetNames(clr)[0]),
            _ when clr == typeof(DateOnly) => JsonValue.Create("2025-10-15"),
            _ when clr == typeof(DateTime) || clr == typeof(DateTimeOffset) => JsonValue.Create("2025-10-15T00:00:00Z"),
            _ when clr.IsPrimitive || clr == typeof(decimal) => JsonValue.Create(1),
            _ => null,
        };
    }

    private static IEnumerable<(string, JsonNode)> NullElements(JsonTypeInfo type, string path, int depth)
    {
        if (depth > MaxDepth || type.Kind != JsonTypeInfoKind.Object) yield break;
        foreach (var property in type.Properties)
        {
            var inner = type.Options.GetTypeInfo(property.PropertyType);
            var field = Join(path, property.Name);
            if (inner.Kind == JsonTypeInfoKind.Enumerable)
            {
                yield return ($"{field}[0]", WithRequired(type, new JsonObject { [property.Name] = new JsonArray((JsonNode?)null) }));
                var element = inner.Options.GetTypeInfo(inner.ElementType!);
                foreach (var (deeper, body) in NullElements(element, $"{field}[0]", depth + 1))
                    yield return (deeper, WithRequired(type, new JsonObject { [property.Name] = new JsonArray(body) }));
            }
            else if (inner.Kind == JsonTypeInfoKind.Object)
            {
                foreach (var (deeper, body) in NullElements(inner, field, depth + 1)) yield return (deeper, WithRequired(type, new JsonObject { [property.Name] = body }));
            }
        }
    }

    private static JsonNode? Sample(JsonTypeInfo type, string path, List<string> paths, int depth)
    {
        if (depth > MaxDepth) return null;
        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object:
                var body = new JsonObject();
                foreach (var property in type.Properties)
                {
                    if (Sample(type.Options.GetTypeInfo(property.PropertyType), Join(path, property.Name), paths, depth + 1) is { } value)
                        body[property.Name] = value;
                }
                return WithRequired(type, body);
            case JsonTypeInfoKind.Enumerable:
                return Sample(type.Options.GetTypeInfo(type.ElementType!), $"{path}[0]", paths, depth + 1) is { } element ? new JsonArray(element) : null;
            default:
                if (type.Type != typeof(string)) return null;
                paths.Add(path);
                return JsonValue.Create("甲\u0007乙");
        }
    }

    /// <summary>The body with every property the contract requires present (null where nothing else was given).</summary>
    private static JsonObject WithRequired(JsonTypeInfo type, JsonObject body)
    {
        foreach (var property in type.Properties.Where(p => p.IsRequired && !body.ContainsKey(p.Name))) body[property.Name] = null;
        return body;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    /// <summary>The route with every parameter filled: 1 where it must be a number, "x" elsewhere.</summary>
    private static string UrlOf(RouteEndpoint endpoint)
    {
        var segments = endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter =>
                endpoint.RoutePattern.ParameterPolicies.TryGetValue(parameter.Name, out var policies) && policies.Any(p => p.Content == "int") ? "1" : "x",
            _ => "",
        })));
        return "/" + string.Join('/', segments);
    }
}
