using CircularPark.Campaigns;
using CircularPark.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Tests.Data;

/// <summary>The seed's history carries the documents' dates, not the day the database was created (ADR 0070).</summary>
public class EffectiveDateTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Seeded_lists_take_effect_on_their_documents_dates_and_undated_history_is_dated_on_the_next_seed()
    {
        database.Clock = new FixedClock(new DateTimeOffset(2026, 12, 5, 1, 0, 0, TimeSpan.Zero));
        await using var db = database.NewContext("seed");
        var seed = new SeedDatabase(db, TestDatabase.Importer(db));
        await seed.ExecuteAsync(SeedFiles.Embedded());

        async Task<List<DateOnly>> DatesAsync(string code) => await db.Set<ParticipationStateChange>()
            .Where(h => db.Participations.Any(p => p.Id == h.ParticipationId && p.Campaign!.Code == code)).Select(h => h.EffectiveOn).Distinct().ToListAsync();
        Assert.Equal([new DateOnly(2018, 9, 10)], await DatesAsync("sd-2018-336"));
        Assert.Equal([new DateOnly(2020, 9, 28)], await DatesAsync("gd-2020-923"));
        Assert.All(await db.Set<ParticipationStateChange>().Select(h => h.AtUtc).ToListAsync(), at => Assert.Equal(new DateTime(2026, 12, 5, 1, 0, 0), at));

        // A database whose history was recorded before effective dates existed: the next seed run dates it.
        await db.Set<ParticipationStateChange>().ExecuteUpdateAsync(s => s.SetProperty(h => h.EffectiveOn, default(DateOnly)));
        var live = await db.Participations.Include(p => p.History).FirstAsync(p => p.Campaign!.Code == "gd-2020-923");
        live.MoveTo(ParticipationState.Implementing, "tester", new DateTime(2026, 12, 4, 17, 30, 0, DateTimeKind.Utc), "开始实施");
        await db.SaveChangesAsync();
        await db.Set<ParticipationStateChange>().Where(h => h.To == ParticipationState.Implementing)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.EffectiveOn, default(DateOnly)));
        db.ChangeTracker.Clear();

        await seed.ExecuteAsync(SeedFiles.Embedded());

        Assert.Equal([new DateOnly(2018, 9, 10)], await DatesAsync("sd-2018-336"));
        Assert.Equal([new DateOnly(2020, 9, 28), new DateOnly(2026, 12, 5)], (await DatesAsync("gd-2020-923")).Order());
    }

    [Fact]
    public void A_change_recorded_live_takes_effect_on_the_China_date_and_one_recorded_after_the_fact_on_the_documents_date()
    {
        var participation = new Participation();
        participation.MoveTo(ParticipationState.Approved, "省厅", new DateTime(2026, 12, 4, 16, 30, 0, DateTimeKind.Utc), "批准");
        participation.MoveTo(ParticipationState.Accepted, "省厅", new DateTime(2026, 12, 4, 15, 30, 0, DateTimeKind.Utc), "验收通知", new DateOnly(2021, 3, 2));

        Assert.Equal([new DateOnly(2026, 12, 5), new DateOnly(2021, 3, 2)], participation.History.Select(h => h.EffectiveOn));
        Assert.Equal([ParticipationState.Accepted, ParticipationState.Approved], Participation.InEffectOrder(participation.History).Select(h => h.To));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
