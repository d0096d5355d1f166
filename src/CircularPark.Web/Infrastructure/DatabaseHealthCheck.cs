using CircularPark.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CircularPark.Web.Infrastructure;

/// <summary>Healthy when the database answers a query.</summary>
internal sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // A query on a table, not just a connection: the schema is there. The answer names nothing internal.
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Campaigns, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
