using CircularPark.Time;

namespace CircularPark.Tests.Time;

public class ChinaTimeTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    [Theory]
    [InlineData(7, 2026, 3, 2)]   // 07:00 Beijing on 2 March is 23:00 UTC on 1 March
    [InlineData(0, 2026, 3, 2)]
    [InlineData(8, 2026, 3, 2)]
    [InlineData(23, 2026, 3, 2)]
    public void Today_is_the_Beijing_date_whatever_the_UTC_date(int beijingHour, int year, int month, int day)
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 2, beijingHour, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal(new DateOnly(year, month, day), clock.Today());
    }

    [Fact]
    public void A_deadline_ends_at_the_end_of_its_day_in_Beijing()
    {
        var due = new DateOnly(2026, 12, 31);

        Assert.False(ChinaTime.IsAfter(new DateTime(2026, 12, 31, 15, 59, 58, DateTimeKind.Utc), due));
        Assert.True(ChinaTime.IsAfter(new DateTime(2026, 12, 31, 16, 0, 0, DateTimeKind.Utc), due));
        Assert.Equal(new DateOnly(2027, 1, 1), ChinaTime.DateOf(new DateTime(2026, 12, 31, 16, 0, 0, DateTimeKind.Utc)));
    }
}
