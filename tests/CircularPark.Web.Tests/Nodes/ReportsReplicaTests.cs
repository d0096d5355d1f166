using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Data;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CircularPark.Web.Tests.Nodes;

/// <summary>
/// With a read replica for reports (<c>ConnectionStrings:PostgresReports</c>, ADR 0092) the officials' reports are computed
/// on it when it has replayed the data version the request saw, and on the primary when it lags or does not answer; it is
/// never written to. The "replica" here is a second database seeded the same way, brought to the primary's data version by
/// an audit row, and a park renamed in it without one shows which database a report was computed on.
/// </summary>
public class ReportsReplicaTests
{
    private const string Yingde = "英德市英红工业园";
    private const string OnTheReplica = Yingde + "（副本）";
    private const string CityOverview = "/api/regions/441800/overview?year=2023";

    [Fact]
    public async Task A_report_is_computed_on_the_replica_while_it_is_caught_up_and_on_the_primary_when_it_lags_or_is_gone()
    {
        var replica = await TestApp.StartAsync(Provider.Postgres);
        await using var primary = await TestApp.StartAsync(Provider.Postgres, new Dictionary<string, string?> { ["ConnectionStrings:PostgresReports"] = replica.ConnectionString });
        try
        {
            var province = await primary.ClientAsAsync(Roles.Province, regionCode: "440000");
            await replica.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Parks\" SET \"Name\" = {OnTheReplica} WHERE \"Name\" = {Yingde}"));
            await CatchUpAsync(replica, primary);

            Assert.Equal([OnTheReplica], ParkRows(await province.GetFromJsonAsync<JsonElement>(CityOverview)));

            await RenameAsync(primary, "英德市英红工业园区管委会");
            Assert.Equal([Yingde], ParkRows(await province.GetFromJsonAsync<JsonElement>(CityOverview)));
        }
        finally
        {
            await replica.DisposeAsync();
        }

        await RenameAsync(primary, "英德市英红工业园管理委员会");
        var afterwards = await (await primary.ClientAsAsync(Roles.Province, regionCode: "440000")).GetFromJsonAsync<JsonElement>(CityOverview);
        Assert.Equal([Yingde], ParkRows(afterwards));
    }

    [Fact]
    public async Task The_replica_connection_refuses_every_write()
    {
        var replica = await TestApp.StartAsync(Provider.Postgres);
        await using var primary = await TestApp.StartAsync(Provider.Postgres, new Dictionary<string, string?> { ["ConnectionStrings:PostgresReports"] = replica.ConnectionString });
        try
        {
            using var scope = primary.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<DatabaseRoute>().Replica = true;
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var refused = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlAsync($"UPDATE \"Parks\" SET \"Name\" = {OnTheReplica} WHERE \"Name\" = {Yingde}"));
            Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, refused.SqlState);
        }
        finally
        {
            await replica.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_replica_for_reports_is_refused_at_start_on_SQLite_rather_than_ignored()
    {
        var started = await Assert.ThrowsAnyAsync<Exception>(() => TestApp.StartAsync(Provider.Sqlite,
            new Dictionary<string, string?> { ["ConnectionStrings:PostgresReports"] = "Host=127.0.0.1;Database=replica" }));
        Assert.Contains("ConnectionStrings:PostgresReports", Flatten(started), StringComparison.Ordinal);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " " + Flatten(e.InnerException);

    private static Task<long> VersionAsync(TestApp app) => app.WithDbAsync(db => db.AuditEntries.MaxAsync(a => a.Id));

    /// <summary>The replica "replays" up to the primary's data version: an audit row with the primary's newest id (nothing else changes).</summary>
    private static async Task CatchUpAsync(TestApp replica, TestApp primary)
    {
        var version = await VersionAsync(primary);
        await replica.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"AuditEntries\" (\"Id\", \"AtUtc\", \"Actor\", \"Entity\", \"EntityKey\", \"Action\") VALUES ({version}, now(), 'replay', 'Replay', '-', 'Replay')"));
        Assert.Equal(version, await VersionAsync(replica));
    }

    /// <summary>An audited change on the primary: the data version rises past the replica's.</summary>
    private static Task<int> RenameAsync(TestApp app, string managementBody) => app.WithDbAsync(async db =>
    {
        var park = await db.Parks.SingleAsync(p => p.Name == Yingde);
        park.ManagementBody = managementBody;
        return await db.SaveChangesAsync();
    });

    private static string[] ParkRows(JsonElement overview) =>
        [.. overview.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("nameZh").GetString()!).Where(n => n.StartsWith(Yingde, StringComparison.Ordinal))];
}
