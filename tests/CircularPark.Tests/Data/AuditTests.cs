using CircularPark.Parks;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Tests.Data;

public class AuditTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Every_added_changed_and_deleted_entity_is_audited_with_actor_time_and_values()
    {
        database.Clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        await using (var db = database.NewContext("alice"))
        {
            db.Regions.Add(new Region { Code = "999900", NameZh = "测试省", NameEn = "Test", Level = RegionLevel.Province });
            db.Parks.Add(new Park { Name = "审计园区", Level = ParkLevel.Provincial, Kind = ParkKind.IndustrialPark });
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext("bob"))
        {
            var park = await db.Parks.SingleAsync(p => p.Name == "审计园区");
            park.EnterpriseCount = 12;
            await db.SaveChangesAsync();
            Assert.Equal(1, park.Version);
            db.Parks.Remove(park);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var entries = await read.AuditEntries.Where(a => a.Entity == "Park").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["alice Added", "bob Modified", "bob Deleted"], entries.Select(e => $"{e.Actor} {e.Action}"));
        Assert.All(entries, e => Assert.Equal(new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc), e.AtUtc));
        Assert.Contains("\"EnterpriseCount\":{\"old\":null,\"new\":12}", entries[1].Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Name\"", entries[1].Changes, StringComparison.Ordinal);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
