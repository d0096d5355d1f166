using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CircularPark.Web.Api;

/// <summary><c>GET /health</c>: 200 "Healthy" when the database answers, 503 otherwise, with each check's status as JSON.</summary>
internal static class HealthApi
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
                }));
            },
        });
}
