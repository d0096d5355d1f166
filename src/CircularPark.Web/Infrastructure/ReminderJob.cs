using CircularPark.Data;
using CircularPark.Reports;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// Runs <see cref="SendReminders"/> at start and then every hour of the app's <see cref="TimeProvider"/> (Reminders:Enabled,
/// default true). Every node has the job; a run happens on one node at a time (<see cref="ExclusiveRun"/>, ADR 0084), and a
/// node that finds the lock taken skips that hour's run. The use case is idempotent besides, so a run just after another
/// node's writes nothing.
/// </summary>
internal sealed class ReminderJob(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<ReminderJob> log) : BackgroundService
{
    public const string LockName = "reminders";

    /// <summary>What one run did: whether this node ran it (false: another node held the lock) and how many reminders it wrote.</summary>
    public sealed record Run(bool Ran, int Written);

    /// <summary>One run, unless another node is running it now.</summary>
    public async Task<Run> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var held = await ExclusiveRun.TryAcquireAsync(db, LockName, ct);
        if (held is null) return new Run(false, 0);
        var written = await scope.ServiceProvider.GetRequiredService<SendReminders>().ExecuteAsync(configuration.GetValue("Reminders:DaysBefore", 7), ct);
        return new Run(true, written);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Reminders:Enabled", true)) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var run = await RunOnceAsync(stoppingToken);
                if (log.IsEnabled(LogLevel.Information) && (run.Written > 0 || !run.Ran))
                    log.LogInformation("Reminder job: ran here {Ran}, wrote {Count} reminders", run.Ran, run.Written);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Reminder job failed; it will try again in an hour");
            }
            await Task.Delay(TimeSpan.FromHours(1), clock, stoppingToken);
        }
    }
}
