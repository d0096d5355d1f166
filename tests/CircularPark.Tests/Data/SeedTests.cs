using CircularPark.Campaigns;
using CircularPark.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Tests.Data;

public class SeedTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Seeding_loads_the_sources_once_and_a_second_run_adds_nothing()
    {
        await using var db = database.NewContext("seed");
        var seed = new SeedDatabase(db, TestDatabase.Importer(db));

        var first = await seed.ExecuteAsync(SeedFiles.Embedded());
        var second = await seed.ExecuteAsync(SeedFiles.Embedded());

        Assert.Empty(first.Problems);
        // 0 region changes: the import already follows 莱芜市 to its successor 济南市 from 2019-01-09 (the memberships below), so the seed's region-changes file finds no open membership left to move.
        Assert.Equal((6825, 4, 115, 0, 9), (first.Regions, first.Campaigns, first.ParksCreated, first.MembershipChanges, first.Opinions));
        Assert.Equal((0, 0, 0, 0, 0), (second.Regions, second.Campaigns, second.ParksCreated, second.MembershipChanges, second.Opinions));
        Assert.Equal((26, 0), (first.Routes, second.Routes));
        Assert.Equal(3, await db.UtilisationRoutes.CountAsync(r => r.MaterialCategory == "chinese-medicine-residue"));
        Assert.Equal(115, await db.Parks.CountAsync());
        Assert.Equal(106, await db.Participations.CountAsync(p => p.Campaign!.Code == "sd-2018-336" && p.State == ParticipationState.Listed));
        Assert.Equal(9, await db.Participations.CountAsync(p => p.Campaign!.Code == "gd-2020-923" && p.State == ParticipationState.Approved));
        var laiwu = await db.Parks.Include(p => p.Memberships).ThenInclude(m => m.Region).SingleAsync(p => p.Name == "莱芜钢城经济开发区");
        Assert.Equal(["莱芜市 …2019-01-09", "济南市 2019-01-09…"],
            laiwu.Memberships.OrderBy(m => m.ValidFrom ?? DateOnly.MinValue).Select(m => $"{m.Region!.NameZh} {m.ValidFrom:yyyy-MM-dd}…{m.ValidTo:yyyy-MM-dd}"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == "Park" && a.Action == "Added" && a.Actor == "seed"));
        var yingde = await db.Regions.SingleAsync(r => r.NameZh == "英德市");
        Assert.Equal("/000000/440000/441800/441881/", yingde.Path);
        Assert.Equal(115, await db.Parks.CountAsync(p => p.Memberships.Any(m => EF.Functions.Like(m.Region!.Path, "/000000/%"))));
        Assert.Equal(9, await db.Parks.CountAsync(p => p.Memberships.Any(m => EF.Functions.Like(m.Region!.Path, "/000000/440000/%"))));
    }
}
