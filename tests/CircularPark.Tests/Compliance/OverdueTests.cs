using CircularPark.Compliance;
using CircularPark.Enterprises;
using CircularPark.Identity;
using CircularPark.Parks;
using CircularPark.Regions;

namespace CircularPark.Tests.Compliance;

/// <summary>
/// Overdue is judged by the Beijing date: a rectification due on 31 August is overdue from 1 September 00:00 Beijing time,
/// when the UTC date is still 31 August; an EIA valid until a day is expired the day after; a later EIA in force replaces it.
/// </summary>
public class OverdueTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly AccessScope Admin = new(Roles.Admin, null, null, "admin");

    [Theory]
    [InlineData("2023-08-31T23:30:00+08:00", false)]
    [InlineData("2023-09-01T00:30:00+08:00", true)] // 2023-08-31T16:30Z: the UTC date would say "not yet"
    public async Task A_rectification_is_overdue_from_the_Beijing_day_after_its_deadline(string now, bool overdue)
    {
        var (parkId, enterpriseId) = await ParkAsync($"逾期测试园{overdue}");
        database.Clock = new Clock(DateTimeOffset.Parse("2023-06-01T10:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture));
        await using (var db = database.NewContext())
            Assert.True((await new RecordInspection(db).ExecuteAsync(parkId, null,
                new InspectionInput(enterpriseId, InspectionKind.OnSite, new DateOnly(2023, 5, 4), "窑炉余热未利用", new DateOnly(2023, 8, 31)), Admin)).IsOk);
        database.Clock = new Clock(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        await using var read = database.NewContext();
        var alerts = (await new GetComplianceAlerts(read).ExecuteAsync(Admin)).Where(a => a.ParkId == parkId).ToList();
        var view = (await new GetParkCompliance(read).ExecuteAsync(parkId, Admin)).Value;

        Assert.Equal(overdue, alerts.Any(a => a.Kind == AlertKind.RectificationOverdue));
        Assert.Equal(overdue, view.Inspections.Single().Overdue);
    }

    [Fact]
    public async Task An_expired_planning_EIA_is_an_alert_until_a_new_one_is_in_force()
    {
        var (parkId, _) = await ParkAsync("环评测试园");
        database.Clock = new Clock(DateTimeOffset.Parse("2024-03-01T09:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture));
        await using (var db = database.NewContext())
            Assert.True((await new RecordPlanningEia(db).ExecuteAsync(parkId, null,
                new EiaInput("规划环境影响报告书", "韶环函〔2021〕51号", new DateOnly(2021, 2, 1), new DateOnly(2023, 12, 31), new DateOnly(2023, 6, 30)), Admin)).IsOk);
        await using (var db = database.NewContext())
            Assert.Equal([AlertKind.EiaExpired, AlertKind.FollowUpOverdue],
                (await new GetComplianceAlerts(db).ExecuteAsync(Admin)).Where(a => a.ParkId == parkId).Select(a => a.Kind).Order());
        await using (var db = database.NewContext())
            Assert.True((await new RecordPlanningEia(db).ExecuteAsync(parkId, null,
                new EiaInput("扩园规划环境影响报告书", "韶环审〔2024〕7号", new DateOnly(2024, 2, 20), new DateOnly(2030, 12, 31)), Admin)).IsOk);

        await using var read = database.NewContext();
        Assert.Equal([AlertKind.FollowUpOverdue], (await new GetComplianceAlerts(read).ExecuteAsync(Admin)).Where(a => a.ParkId == parkId).Select(a => a.Kind));
    }

    [Fact]
    public async Task Coverage_counts_enterprises_with_an_accepted_audit_of_the_last_five_years_once_each()
    {
        var (parkId, first) = await ParkAsync("覆盖率测试园");
        database.Clock = new Clock(DateTimeOffset.Parse("2024-03-01T09:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture));
        int second, third;
        await using (var db = database.NewContext())
        {
            second = (await AddEnterpriseAsync(db, parkId, "第二企业")).Id;
            third = (await AddEnterpriseAsync(db, parkId, "第三企业")).Id;
            var record = new RecordAudit(db);
            foreach (var input in new[]
                     {
                         new AuditInput(first, 2016, AuditType.Mandatory, AuditStage.Accepted, AcceptedOn: new DateOnly(2016, 10, 1)), // too old for 2022 (2018–2022)
                         new AuditInput(first, 2021, AuditType.Mandatory, AuditStage.Accepted, AcceptedOn: new DateOnly(2021, 9, 1)),
                         new AuditInput(first, 2022, AuditType.Voluntary, AuditStage.Accepted, AcceptedOn: new DateOnly(2022, 9, 1)), // same enterprise: once
                         new AuditInput(second, 2022, AuditType.Voluntary, AuditStage.Assessing),
                         new AuditInput(third, 2022, AuditType.Mandatory, AuditStage.Accepted, AcceptedOn: new DateOnly(2023, 1, 15)), // after 2022's end
                     })
                Assert.True((await record.ExecuteAsync(parkId, null, input, Admin)).IsOk);
        }

        await using var read = database.NewContext();
        var coverage = await CleanProductionCoverage.ComputeAsync(read, [parkId], [2017, 2022, 2023], default);

        Assert.Equal((3, 1), (coverage[(parkId, 2017)].Enterprises, coverage[(parkId, 2017)].Audited));
        Assert.Equal(100.0 / 3, coverage[(parkId, 2022)].Percent, 9);
        Assert.Equal(200.0 / 3, coverage[(parkId, 2023)].Percent, 9);
    }

    private async Task<(int Park, int Enterprise)> ParkAsync(string name)
    {
        await using var db = database.NewContext();
        var region = db.Regions.FirstOrDefault(r => r.Code == "440200") ?? db.Regions.Add(new Region
        {
            Code = "440200", NameZh = "韶关市", NameEn = "Shaoguan", Level = RegionLevel.City, Path = "/000000/440000/440200/",
        }).Entity;
        var park = new Park { Name = name, Level = ParkLevel.Provincial, Kind = ParkKind.IndustrialPark };
        park.Memberships.Add(new ParkRegionMembership { Region = region });
        db.Parks.Add(park);
        await db.SaveChangesAsync();
        var enterprise = await AddEnterpriseAsync(db, park.Id, "第一企业");
        return (park.Id, enterprise.Id);
    }

    private static async Task<Enterprise> AddEnterpriseAsync(CircularPark.Data.AppDbContext db, int parkId, string name)
    {
        var enterprise = db.Enterprises.Add(new Enterprise { ParkId = parkId, Name = name, IndustryCode = "C3011" }).Entity;
        await db.SaveChangesAsync();
        return enterprise;
    }
}
