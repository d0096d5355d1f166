namespace CircularPark.Time;

/// <summary>
/// The one calendar of the programme: China Standard Time (UTC+8, no daylight saving). Deadlines are dates as the
/// documents write them and end with their day in Beijing; "today" is the Beijing date of the <see cref="TimeProvider"/>'s
/// instant, never the UTC date (between 00:00 and 08:00 Beijing time the two differ). Stored instants stay UTC.
/// </summary>
public static class ChinaTime
{
    /// <summary>UTC+8.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The current instant in Beijing time.</summary>
    public static DateTimeOffset Now(this TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    /// <summary>Today's date in Beijing.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.Now().DateTime);

    /// <summary>The current instant as a UTC <see cref="DateTime"/>, as stored.</summary>
    public static DateTime UtcNow(this TimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    /// <summary>The Beijing date of a stored UTC instant.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToChina(utc));

    /// <summary>A stored UTC instant as Beijing wall-clock time (for display).</summary>
    public static DateTime ToChina(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) + Offset;

    /// <summary>The last moment of <paramref name="day"/> in Beijing, as UTC: a deadline on that day is met until then.</summary>
    public static DateTime EndOfDayUtc(DateOnly day) => day.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Unspecified) - Offset;

    /// <summary>The first moment of <paramref name="day"/> in Beijing, as UTC.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);

    /// <summary>Whether an instant stored in UTC falls after the end of <paramref name="due"/> in Beijing.</summary>
    public static bool IsAfter(DateTime utc, DateOnly due) => utc > EndOfDayUtc(due);
}
