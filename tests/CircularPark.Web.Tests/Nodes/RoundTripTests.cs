using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CircularPark.Identity;
using CircularPark.Parks;
using CircularPark.Time;
using CircularPark.Web.Tests.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CircularPark.Web.Tests.Nodes;

/// <summary>
/// Under load every query of a request is another wait in the thread pool's queue (ADR 0090): a read served from the
/// caches costs one query — the shared data version, read together with the session when signed in — and what it saves
/// on is never stale: a park moved to another city is refused to the old city's users on their very next request.
/// </summary>
public class RoundTripTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinghong = "英德市英红工业园";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_signed_in_read_served_from_the_caches_costs_one_query(Provider provider)
    {
        var app = await apps.For(provider);
        var park = await app.WithDbAsync(db => db.Parks.Where(p => p.Name == Yinghong).Select(p => p.Id).SingleAsync());
        var owner = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);
        var province = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        await SaveStatisticsAsync(owner, park);
        using var commands = await Commands.OfAsync(app);
        foreach (var (client, path) in new[]
                 {
                     (owner, $"/api/parks/{park}/indicators?year=2022"),
                     (owner, $"/parks/{park}/dashboard"),
                     (province, "/api/campaigns/gd-2020-923/indicators?year=2022"),
                     (province, "/api/regions/440000/overview?year=2023"),
                 })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode); // computes and caches
            commands.Clear();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
            Assert.True(commands.Count == 1, $"{path}: {commands.Count} queries\n{string.Join("\n", commands.Texts)}");
            Assert.Contains("AuditEntries", commands.Texts.Single(), StringComparison.Ordinal);
            Assert.Contains("UserSessions", commands.Texts.Single(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_anonymous_page_served_from_the_output_cache_costs_one_query(Provider provider)
    {
        var app = await apps.For(provider);
        var visitor = app.CreateClient();
        using var commands = await Commands.OfAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/campaigns/gd-2020-923")).StatusCode);
        commands.Clear();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/campaigns/gd-2020-923")).StatusCode);
        Assert.Equal(1, commands.Count);
        Assert.DoesNotContain("UserSessions", commands.Texts.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_park_moved_to_another_city_is_refused_to_the_old_city_at_once_and_shown_to_the_new_one(Provider provider)
    {
        var app = await StartedAsync(provider);
        await using var _ = app;
        var park = await app.WithDbAsync(db => db.Parks.Where(p => p.Name == Yinghong).Select(p => p.Id).SingleAsync());
        await SaveStatisticsAsync(await app.ClientAsAsync(Roles.Park, parkName: Yinghong), park);
        var qingyuan = await app.ClientAsAsync(Roles.City, regionCode: "441800");
        var shaoguan = await app.ClientAsAsync(Roles.City, regionCode: "440200");
        var path = $"/api/parks/{park}/indicators?year=2022";
        Assert.Equal(HttpStatusCode.OK, (await qingyuan.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await qingyuan.GetAsync(path)).StatusCode); // kept
        Assert.Equal(HttpStatusCode.Forbidden, (await shaoguan.GetAsync(path)).StatusCode);

        var today = app.Clock.Today();
        await app.WithDbAsync(async db =>
        {
            var moved = await db.Parks.Include(p => p.Memberships).SingleAsync(p => p.Id == park);
            moved.MembershipOn(today)!.ValidTo = today;
            moved.Memberships.Add(new ParkRegionMembership
            {
                RegionId = await db.Regions.Where(r => r.Code == "440200").Select(r => r.Id).SingleAsync(), ValidFrom = today, Reason = "测试：划归韶关市",
            });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.Forbidden, (await qingyuan.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await shaoguan.GetAsync(path)).StatusCode);
    }

    private static async Task SaveStatisticsAsync(HttpClient owner, int park) =>
        (await owner.PutAsJsonAsync($"/api/parks/{park}/statistics/2022", new { entries = StatisticsAndIndicatorsApiTests.Example2022 })).EnsureSuccessStatusCode();

    /// <summary>An app of its own: the move would change what the other tests of the class see.</summary>
    private static Task<TestApp> StartedAsync(Provider provider) => TestApp.StartAsync(provider);

    /// <summary>The SQL commands EF Core runs for one app's database (EF's diagnostic events, told apart by connection string).</summary>
    private sealed class Commands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _database;
        private readonly ConcurrentQueue<string> _texts = new();
        private readonly List<IDisposable> _subscriptions = [];

        private Commands(string database) => _database = database;

        public static async Task<Commands> OfAsync(TestApp app)
        {
            var commands = new Commands(await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!)));
            commands._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(commands));
            return commands;
        }

        public int Count => _texts.Count;

        public IReadOnlyList<string> Texts => [.. _texts];

        public void Clear() => _texts.Clear();

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
                lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key == RelationalEventId.CommandExecuting.Name && e.Value is CommandEventData data
                && data.Context?.Database.GetConnectionString() == _database)
                _texts.Enqueue(data.Command.CommandText);
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }

        public void Dispose()
        {
            lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
