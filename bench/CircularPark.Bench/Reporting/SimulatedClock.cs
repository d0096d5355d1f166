using System.Diagnostics;

namespace CircularPark.Bench.Reporting;

/// <summary>
/// The app's clock during a load run: it stands at <paramref name="start"/> until <see cref="Run"/>, then simulated
/// time passes <paramref name="speed"/> times faster than real time, so ten simulated minutes before a deadline can be
/// replayed in less real time while every timestamp the app writes stays consistent with the arrival schedule.
/// </summary>
internal sealed class SimulatedClock(DateTimeOffset start, double speed) : TimeProvider
{
    private long? _origin;

    public DateTimeOffset Start => start;
    public double Speed => speed;

    public void Run() => _origin = Stopwatch.GetTimestamp();

    /// <summary>Simulated time since <see cref="Run"/>.</summary>
    public TimeSpan Elapsed => _origin is { } o ? Stopwatch.GetElapsedTime(o) * speed : TimeSpan.Zero;

    public override DateTimeOffset GetUtcNow() => start + Elapsed;
}
