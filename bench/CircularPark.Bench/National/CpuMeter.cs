using System.Globalization;

namespace CircularPark.Bench.National;

/// <summary>
/// Where the machine's CPU went during a window (Linux /proc): this process (the app on Kestrel; the bench itself is idle
/// while wrk drives), PostgreSQL's processes, everything else busy (the driver, the kernel's network work, other programs)
/// and idle, in cores.
/// </summary>
internal sealed class CpuMeter
{
    private readonly (long Busy, long Idle) _machine = Machine();
    private readonly long _self = Self();
    private readonly Dictionary<int, long> _postgres = Postgres();
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static CpuMeter Start() => new();

    /// <summary>The split since <see cref="Start"/>: cores used by the app, PostgreSQL, the rest, and idle.</summary>
    public string Stop(TimeSpan elapsed)
    {
        if (!OperatingSystem.IsLinux()) return "CPU split: Linux only";
        var (busy, idle) = Machine();
        var self = Self() - _self;
        var postgres = Postgres().Sum(p => p.Value - _postgres.GetValueOrDefault(p.Key));
        var seconds = elapsed.TotalSeconds;
        double Cores(long ticks) => ticks / TicksPerSecond / seconds;
        var other = busy - _machine.Busy - self - postgres;
        return string.Create(CultureInfo.InvariantCulture,
            $"CPU in the window (cores of {Environment.ProcessorCount}): app {Cores(self):F2}, PostgreSQL {Cores(postgres):F2}, driver and other {Cores(Math.Max(0, other)):F2}, idle {Cores(idle - _machine.Idle):F2}");
    }

    private static (long Busy, long Idle) Machine()
    {
        if (!OperatingSystem.IsLinux()) return (0, 0);
        var f = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..].Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var idle = f[3] + f[4];
        return (f.Take(8).Sum() - idle, idle);
    }

    private static long Self() => OperatingSystem.IsLinux() ? Ticks(File.ReadAllText("/proc/self/stat")) : 0;

    private static Dictionary<int, long> Postgres()
    {
        var result = new Dictionary<int, long>();
        if (!OperatingSystem.IsLinux()) return result;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                if (stat.Contains("(postgres)", StringComparison.Ordinal)) result[pid] = Ticks(stat);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return result;
    }

    /// <summary>utime + stime of a /proc/PID/stat line (fields 14 and 15, counted after the command's closing parenthesis).</summary>
    private static long Ticks(string stat)
    {
        var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture);
    }
}
