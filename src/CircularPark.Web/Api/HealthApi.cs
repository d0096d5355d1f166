using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CircularPark.Web.Api;

/// <summary>
/// Health for load balancers, without internals (no provider, no counts, no exception text): <c>/health</c> and
/// <c>/health/ready</c> answer 200 "Healthy" when the database answers and 503 otherwise; <c>/health/live</c> answers
/// 200 while the process serves requests, without touching the database.
/// </summary>
internal static class HealthApi
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        var ready = new HealthCheckOptions { ResponseWriter = WriteStatus };
        app.MapHealthChecks("/health", ready).WithMetadata(Identity.Permissions.Public);
        app.MapHealthChecks("/health/ready", ready).WithMetadata(Identity.Permissions.Public);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteStatus })
            .WithMetadata(Identity.Permissions.Public);
    }

    private static Task WriteStatus(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
    }
}
