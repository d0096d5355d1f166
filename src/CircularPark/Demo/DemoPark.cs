using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CircularPark.Auditing;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Demo;

/// <summary>What one run of <see cref="DemoPark"/> added (all zero on a second run).</summary>
public sealed record DemoParkAdded(int Enterprises, int StatisticsYears, int Plans, int Reports, int Exchanges);

/// <summary>
/// Demo mode only (ADR 0082): the complete example history (示例数据, invented) of 英德市英红工业园, the park of the demo park
/// account, from <c>data/demo/*-yinghong.*</c>: enterprises and their streams, yearly statistics, the approved
/// implementation plan, yearly progress reports and a waste exchange. Every fact is written through the product's own use
/// cases, replayed on the day it took effect: each step runs on a database context whose clock stands at that day, so
/// statistics, submissions, reviews and the audit log carry their past dates; nothing dated after today (the real clock) is
/// written. Each part is added only when the park has none of it, so a second start adds nothing and never overwrites edits.
/// </summary>
public sealed partial class DemoPark(DbContextOptions<AppDbContext> options, TimeProvider clock)
{
    public const string ParkName = "英德市英红工业园";
    public const string Campaign = "gd-2020-923";
    private const string Actor = "示例数据";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<DemoParkAdded> ExecuteAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        int parkId, cityId, provinceId;
        string cityPath, provincePath;
        await using (var db = At(today))
        {
            if (await ParksByName.SingleIdAsync(db, ParkName, ct) is not { } id) return new(0, 0, 0, 0, 0);
            parkId = id;
            var place = (await ParkAccess.FindAsync(db, parkId, ct))!;
            var tree = place.Tree;
            var city = place.RegionPath.Select(tree.FindByCode).First(r => r?.Level == Regions.RegionLevel.City)!;
            var province = tree.FindByCode("440000")!;
            (cityId, cityPath, provinceId, provincePath) = (city.Id, city.Path, province.Id, province.Path);
        }
        var roles = new Actors(
            new AccessScope(Roles.Park, null, parkId, $"{ParkName}管委会（{Actor}）"),
            new AccessScope(Roles.City, cityId, null, $"清远市工业和信息化局（{Actor}）") { RegionPath = cityPath },
            new AccessScope(Roles.Province, provinceId, null, $"广东省工业和信息化厅（{Actor}）") { RegionPath = provincePath });
        var enterprises = await EnterprisesAsync(parkId, roles.Park, today, ct);
        var years = await StatisticsAsync(parkId, roles.Park, today, ct);
        var plans = await PlanAsync(parkId, roles, today, ct);
        var reports = await ReportsAsync(parkId, roles, today, ct);
        var exchanges = await ExchangeAsync(parkId, roles.Park, today, ct);
        return new DemoParkAdded(enterprises, years, plans, reports, exchanges);
    }

    private sealed record Actors(AccessScope Park, AccessScope City, AccessScope Province);

    /// <summary>A context whose clock stands at 10:00 Beijing time on <paramref name="day"/>: what it writes is dated that day.</summary>
    private AppDbContext At(DateOnly day) =>
        new(options, day >= clock.Today() ? clock : new PastClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), ChinaTime.Offset)), new FixedActor(Actor));

    private sealed class PastClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at.ToUniversalTime();
    }

    private static Stream File(string name) =>
        typeof(DemoPark).Assembly.GetManifestResourceStream($"demo/{name}") ?? throw new InvalidOperationException($"Demo file {name} is not embedded");

    private static async Task<T> ReadAsync<T>(string name, CancellationToken ct)
    {
        await using var stream = File(name);
        return (await JsonSerializer.DeserializeAsync<T>(stream, Json, ct))!;
    }

    /// <summary>A demo step that the product refuses is a broken demo file: it stops the start with the reason.</summary>
    private static T Ok<T>(Outcome<T> outcome, string step) =>
        outcome.IsOk ? outcome.Value : throw new InvalidOperationException($"Demo park: {step} refused: {outcome.Failure!.Explain(english: true)}");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
