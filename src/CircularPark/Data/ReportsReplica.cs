using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CircularPark.Data;

/// <summary>
/// Which database the <see cref="AppDbContext"/> of a scope talks to: the primary, or — set before the context is made — the
/// read replica for reports (<see cref="ReportsReplica"/>).
/// </summary>
public sealed class DatabaseRoute
{
    public bool Replica { get; set; }
}

/// <summary>
/// The officials' cross-park reports (overview, timeliness, campaign indicators) computed on a PostgreSQL read replica when
/// one is configured (<c>ConnectionStrings:PostgresReports</c>, ADR 0092), so that they do not take the primary's CPU from
/// the writers. A replica lags its primary, and a view is cached under the data version its request saw
/// (<see cref="CachedReads"/>): it is computed on the replica only when the replica has replayed at least that version —
/// then it shows exactly what the primary showed at that version or later — and on the primary otherwise, or when the
/// replica does not answer. A user never sees a report older than what they have already seen or written.
/// </summary>
public sealed class ReportsReplica(IServiceScopeFactory scopes, ReportsReplica.Connection connection, ILogger<ReportsReplica> log)
{
    /// <summary>The replica's connection string (read-only transactions), or null: every report on the primary.</summary>
    public sealed record Connection(string? ConnectionString);

    /// <summary>
    /// Runs <paramref name="compute"/> with the services of a scope on the replica when it has reached <paramref name="atLeast"/>,
    /// else with <paramref name="primary"/> (the request's own services).
    /// </summary>
    public async Task<T> ComputeAsync<T>(string view, long atLeast, IServiceProvider primary, Func<IServiceProvider, Task<T>> compute)
    {
        if (connection.ConnectionString is null) return await compute(primary);
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<DatabaseRoute>().Replica = true;
            try
            {
                var replayed = await DataVersion.ReadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
                if (replayed >= atLeast) return await compute(scope.ServiceProvider);
                if (log.IsEnabled(LogLevel.Information))
                    log.LogInformation("Reports replica at data version {Replayed}, behind {Version}: {View} computed on the primary", replayed, atLeast, view);
            }
            catch (DbException e)
            {
                log.LogWarning(e, "Reports replica failed: {View} computed on the primary", view);
            }
        }
        return await compute(primary);
    }
}
