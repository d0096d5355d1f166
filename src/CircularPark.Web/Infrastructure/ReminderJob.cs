using CircularPark.Reports;

namespace CircularPark.Web.Infrastructure;

/// <summary>Runs <see cref="SendReminders"/> at start and then every hour of the app's <see cref="TimeProvider"/> (Reminders:Enabled, default true).</summary>
internal sealed class ReminderJob(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<ReminderJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Reminders:Enabled", true)) return;
        var days = configuration.GetValue("Reminders:DaysBefore", 7);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var written = await scope.ServiceProvider.GetRequiredService<SendReminders>().ExecuteAsync(days, stoppingToken);
                if (written > 0 && log.IsEnabled(LogLevel.Information)) log.LogInformation("Reminder job wrote {Count} reminders", written);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Reminder job failed; it will try again in an hour");
            }
            await Task.Delay(TimeSpan.FromHours(1), clock, stoppingToken);
        }
    }
}
