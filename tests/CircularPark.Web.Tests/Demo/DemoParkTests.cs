using CircularPark.Chains;
using CircularPark.Data;
using CircularPark.Demo;
using CircularPark.ExchangePlatform;
using CircularPark.Identity;
using CircularPark.Indicators;
using CircularPark.Plans;
using CircularPark.Reports;
using CircularPark.Statistics;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CircularPark.Web.Tests.Demo;

/// <summary>
/// Issue 14, "a demo that shows the product" (ADR 0082): with the demo on, 英德市英红工业园 — the park of park@demo.cn — has
/// a history through the product's own use cases, each fact dated the day it took effect, and a second start adds nothing.
/// </summary>
public class DemoParkTests
{
    private static readonly AccessScope Admin = new(Roles.Admin, null, null, "test");

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_demo_park_has_statistics_an_approved_plan_reports_streams_and_an_exchange_and_a_second_run_adds_nothing(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = app.Clock.Today();
        var parkId = await db.Parks.Where(p => p.Name == DemoPark.ParkName).Select(p => p.Id).SingleAsync();

        // Statistics for the baseline year 2020 and every later year whose figures were due (20 March of the next year), submitted then.
        var years = Enumerable.Range(2020, 6).Where(y => new DateOnly(y + 1, 3, 20) <= today).ToList();
        var stored = await db.ParkStatistics.AsNoTracking().Where(s => s.ParkId == parkId).OrderBy(s => s.Year).ToListAsync();
        Assert.Equal(years, stored.Select(s => s.Year));
        Assert.All(stored, s => Assert.Equal((StatisticsStatus.Submitted, s.Year + 1), (s.Status, ChinaTime.DateOf(s.SubmittedAtUtc!.Value).Year)));
        // Every indicator of the library computes in every year, against the plan's baseline year.
        var computed = await scope.ServiceProvider.GetRequiredService<ComputeIndicators>().ExecuteAsync(new IndicatorRequest([parkId], years, 2020));
        Assert.Equal(years, computed.Parks.Select(p => p.Year));
        Assert.All(computed.Parks, year => Assert.All(year.Values, v => Assert.True(v.Value is not null, $"{year.Year} {v.Code}: not computed")));
        Assert.Equal(35, computed.Parks[0].Values.Count);

        // The plan: submitted in 2020, reviewed by 清远 and approved by the province, with key projects and targets on computed baselines.
        var plan = await db.Plans.AsNoTracking().Include(p => p.Versions).ThenInclude(v => v.Projects).Include(p => p.Versions).ThenInclude(v => v.Targets)
            .SingleAsync(p => p.ParkId == parkId);
        var version = Assert.Single(plan.Versions);
        Assert.Equal((PlanStatus.Submitted, new DateOnly(2020, 11, 27)), (version.Status, ChinaTime.DateOf(version.SubmittedAtUtc!.Value)));
        Assert.Equal(5, version.Projects.Count);
        Assert.All(version.Targets, t => Assert.NotNull(t.BaselineValue));
        Assert.Equal(0.5875, version.Targets.Single(t => t.IndicatorCode == "EI_ENERGY").BaselineValue!.Value, 4);
        var preparation = await db.PlanPreparations.AsNoTracking().SingleAsync(p => p.ParkId == parkId);
        Assert.Equal((ProvincePlanDecision.Approved, new DateOnly(2020, 12, 25)), (preparation.ProvinceDecision, preparation.ProvinceDecidedOn));

        // A report per past period, each submitted five days before its due date (15 Dec), never today; all but the latest accepted.
        var reports = await db.YearlyReports.AsNoTracking().Where(r => r.ParkId == parkId).OrderBy(r => r.Period).ToListAsync();
        Assert.Equal(Enumerable.Range(2020, reports.Count), reports.Select(r => r.Period));
        Assert.True(reports.Count >= 6);
        Assert.All(reports, r => Assert.Equal(new DateOnly(r.Period, 12, 10), ChinaTime.DateOf(r.FirstSubmittedAtUtc!.Value)));
        Assert.Equal([.. Enumerable.Repeat(ReportStatus.Accepted, reports.Count - 1), ReportStatus.Submitted], reports.Select(r => r.Status));

        // The chain graph links the enterprises; the gap report finds streams no one in the park uses.
        var graph = (await new GetChainGraph(db).ExecuteAsync(parkId, Admin))!;
        Assert.True(graph.Links.Count(l => l.Source.StartsWith('s')) >= 10, $"{graph.Links.Count} links");
        var gaps = (await new GetChainGaps(db).ExecuteAsync(parkId, Engines.Symbiosis.GapOrder.ByMass, Admin))!;
        Assert.Contains(gaps.Gaps, g => g.StreamName == "窑炉余热");

        // The exchange: 废瓷渣 from the ceramics works to the wall-materials works, agreed by both sides, the first 3,200 t delivered and confirmed.
        var exchange = await db.Exchanges.AsNoTracking().Include(x => x.Deliveries).SingleAsync(x => x.MaterialCode == "ceramic-waste");
        Assert.Equal((ExchangeStatus.Agreed, 12_000.0, 3_200.0), (exchange.Status, exchange.AgreedTonnes, exchange.ConfirmedTonnes));
        Assert.True(exchange.AgreedOn < today && exchange.Deliveries.Single().DeliveredOn < today);

        var audit = await db.AuditEntries.CountAsync();
        var again = await scope.ServiceProvider.GetRequiredService<DemoPark>().ExecuteAsync();
        Assert.Equal(new DemoParkAdded(0, 0, 0, 0, 0), again);
        Assert.Equal(audit, await db.AuditEntries.CountAsync());
    }
}
