using CircularPark.Campaigns;
using CircularPark.Data.Seed;
using CircularPark.Parks;
using CircularPark.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Tests.Data;

/// <summary>Seed data as its sources give it (data/seed/NOTES.md, issue 13.2), also in a database seeded before the corrections.</summary>
public class SourceCorrectionsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task The_seed_follows_the_sources_and_a_database_seeded_before_is_corrected_except_where_edited()
    {
        await using var db = database.NewContext("seed");
        await new SeedDatabase(db, TestDatabase.Importer(db)).ExecuteAsync(SeedFiles.Embedded());
        Assert.Equal(("NotSet", "NotSet", "NationalFive", (int?)null, ParkLevel.NotStated), await StateAsync(db));

        // What the seed gave before the corrections, and one deliberate later edit (Jiangsu's checklist, renamed by its owner).
        await db.Campaigns.Where(c => c.Code == "sd-2018-336" || c.Code == "gd-2020-923")
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.TaskTemplate, TaskTemplate.NationalFive));
        await GuangdongYearly(db).ExecuteUpdateAsync(s => s.SetProperty(r => r.LastPeriod, 2023));
        await db.Parks.Where(p => p.Name == "恩平产业转移工业园").ExecuteUpdateAsync(s => s.SetProperty(p => p.Level, ParkLevel.Provincial));
        var guangdong = await db.Campaigns.SingleAsync(c => c.Code == "gd-2020-923");
        guangdong.Checklist = ReviewChecklist.Default();
        guangdong.Checklist.Single(i => i.Code == "self-funded-follow-up").LabelZh = "自筹资金项目的跟进落实";
        var jiangsu = await db.Campaigns.SingleAsync(c => c.Code == "js-2013");
        jiangsu.Checklist = ReviewChecklist.Default();
        jiangsu.Checklist.Single(i => i.Code == "self-funded-follow-up").LabelZh = "项目跟进（本批次自定）";
        await db.SaveChangesAsync();

        await using var restarted = database.NewContext("seed");
        await new SeedDatabase(restarted, TestDatabase.Importer(restarted)).ExecuteAsync(SeedFiles.Embedded());

        await using var fresh = database.NewContext();
        Assert.Equal(("NotSet", "NotSet", "NationalFive", (int?)null, ParkLevel.NotStated), await StateAsync(fresh));
        var labels = await fresh.Campaigns.Where(c => c.Code == "gd-2020-923" || c.Code == "js-2013").OrderBy(c => c.Code)
            .Select(c => c.Checklist.Single(i => i.Code == "self-funded-follow-up").LabelZh).ToListAsync();
        Assert.Equal(["企业自主实施项目的跟进落实", "项目跟进（本批次自定）"], labels);
    }

    [Fact]
    public async Task Only_Jiangsu_sets_a_threshold_and_a_consultancy_grade_and_Shandong_dates_each_park_by_its_planned_year_also_in_an_older_database()
    {
        await using var db = database.NewContext("acceptance-seed");
        await new SeedDatabase(db, TestDatabase.Importer(db)).ExecuteAsync(SeedFiles.Embedded());
        var expected = new[]
        {
            ("cn-2021-1004", (double?)null, "CampaignDate", (string?)null), ("gd-2020-923", null, "CampaignDate", null),
            ("js-2013", 0.9, "CampaignDate", "ClassB"), ("sd-2018-336", null, "PlannedYear", null),
        };
        Assert.Equal(expected, await AcceptanceSettingsAsync(db));

        // What a database seeded before held: the code's 0.9 everywhere, one date for all, no grade; and one later deliberate edit.
        await db.Campaigns.ExecuteUpdateAsync(s => s.SetProperty(c => c.AcceptanceThreshold, 0.9)
            .SetProperty(c => c.AcceptanceDeadlineRule, CircularPark.Acceptance.AcceptanceDeadlineRule.CampaignDate).SetProperty(c => c.MinimumConsultancyGrade, (CircularPark.Plans.ConsultancyGrade?)null));
        await db.Campaigns.Where(c => c.Code == "cn-2021-1004").ExecuteUpdateAsync(s => s.SetProperty(c => c.AcceptanceThreshold, 0.8));

        await using var restarted = database.NewContext("acceptance-seed");
        await new SeedDatabase(restarted, TestDatabase.Importer(restarted)).ExecuteAsync(SeedFiles.Embedded());

        await using var fresh = database.NewContext("acceptance-seed");
        expected[0] = ("cn-2021-1004", 0.8, "CampaignDate", null);
        Assert.Equal(expected, await AcceptanceSettingsAsync(fresh));
    }

    private static async Task<(string, double?, string, string?)[]> AcceptanceSettingsAsync(CircularPark.Data.AppDbContext db) =>
        (await db.Campaigns.OrderBy(c => c.Code).Select(c => new { c.Code, c.AcceptanceThreshold, c.AcceptanceDeadlineRule, c.MinimumConsultancyGrade }).ToListAsync())
        .Select(c => (c.Code, c.AcceptanceThreshold, c.AcceptanceDeadlineRule.ToString(), c.MinimumConsultancyGrade?.ToString())).ToArray();

    [Fact]
    public void An_open_yearly_schedule_runs_from_its_first_period_through_the_next_one_due()
    {
        var report = new ReportRequirement
        {
            Type = "city-yearly-progress", NameZh = "园区循环化改造进展情况", NameEn = "Yearly progress", Recurrence = Recurrence.Yearly,
            DueMonth = 12, DueDay = 31, FirstPeriod = 2020, LastPeriod = null,
        };

        Assert.Equal([2020, 2021, 2022], report.DueDates(new DateOnly(2022, 6, 1)).Select(d => d.Period!.Value));
        Assert.Equal([2020, 2021, 2022], report.DueDates(new DateOnly(2022, 12, 31)).Select(d => d.Period!.Value));
        Assert.Equal([2020, 2021, 2022, 2023], report.DueDates(new DateOnly(2023, 1, 1)).Select(d => d.Period!.Value));
        Assert.Equal([2020], report.DueDates(new DateOnly(2019, 1, 1)).Select(d => d.Period!.Value));
        report.LastPeriod = 2021;
        Assert.Equal([2020, 2021], report.DueDates(new DateOnly(2030, 1, 1)).Select(d => d.Period!.Value));
    }

    private static IQueryable<ReportRequirement> GuangdongYearly(CircularPark.Data.AppDbContext db) =>
        db.ReportRequirements.Where(r => r.Type == "city-yearly-progress" && db.Campaigns.Any(c => c.Id == r.CampaignId && c.Code == "gd-2020-923"));

    private static async Task<(string, string, string, int?, ParkLevel)> StateAsync(CircularPark.Data.AppDbContext db)
    {
        var templates = await db.Campaigns.ToDictionaryAsync(c => c.Code, c => c.TaskTemplate.ToString());
        var lastPeriod = await GuangdongYearly(db).Select(r => r.LastPeriod).SingleAsync();
        var enping = await db.Parks.Where(p => p.Name == "恩平产业转移工业园").Select(p => p.Level).SingleAsync();
        return (templates["sd-2018-336"], templates["gd-2020-923"], templates["cn-2021-1004"], lastPeriod, enping);
    }
}
