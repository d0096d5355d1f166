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
            var campaigns = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Campaigns, cancellationToken);
            return HealthCheckResult.Healthy($"{db.Database.ProviderName}: {campaigns} campaigns");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
