using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Tests.Data;

/// <summary>Issue 15: a bulk load (generated data sets) is audited per entity type with the row count, and only ever adds rows.</summary>
public class BulkLoadAuditTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_bulk_load_writes_one_audit_row_per_entity_type_with_the_count()
    {
        await using (var db = database.NewContext("loader"))
        {
            db.Parks.AddRange(Enumerable.Range(1, 3).Select(i => new Park { Name = $"批量园区{i}", Level = ParkLevel.Provincial, Kind = ParkKind.IndustrialPark }));
            await db.SaveBulkAsync("bulk-test");
        }

        await using var read = database.NewContext();
        var entry = Assert.Single(await read.AuditEntries.Where(a => a.EntityKey == "bulk-test").ToListAsync());
        Assert.Equal(("Park", "BulkAdded", "loader", "{\"rows\":3}"), (entry.Entity, entry.Action, entry.Actor, entry.Changes));
        Assert.Equal(3, await read.Parks.CountAsync(p => p.Name.StartsWith("批量园区")));
        Assert.False(await read.AuditEntries.AnyAsync(a => a.Actor == "loader" && a.Action == "Added"));
    }

    [Fact]
    public async Task A_bulk_load_refuses_anything_but_additions()
    {
        await using var db = database.NewContext("editor");
        db.Parks.Add(new Park { Name = "批量改动园区", Level = ParkLevel.Provincial, Kind = ParkKind.IndustrialPark });
        await db.SaveChangesAsync();
        (await db.Parks.SingleAsync(p => p.Name == "批量改动园区")).EnterpriseCount = 5;

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveBulkAsync("bulk-change"));
    }
}
