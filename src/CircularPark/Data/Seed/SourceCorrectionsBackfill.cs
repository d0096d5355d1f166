using CircularPark.Campaigns;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Data.Seed;

/// <summary>
/// Seed data corrected against its source (data/seed/NOTES.md, issue 13.2), applied to databases seeded before: Shandong's
/// and Guangdong's campaigns set no main tasks (not the national five of 2021); Guangdong's yearly report runs through the
/// implementation period with no end year (not to 2023); 恩平产业转移工业园's level is not stated (not 省级); the checklist
/// item follows up projects enterprises carry out themselves (企业自主实施项目). Issue 13.3 (ADR 0079): the 90 % acceptance
/// threshold is Jiangsu's alone (the other seeded campaigns held the code's default 0.9); Shandong's deadline is each park's
/// planned year; Jiangsu's plans are written by a consultancy of 乙级 or better. Runs with the seed; each correction touches
/// only rows still holding the value the seed once gave, so a later deliberate edit stays.
/// </summary>
internal static class SourceCorrectionsBackfill
{
    /// <summary>The checklist label the seed's default list once gave (domain.md §8 as first transcribed).</summary>
    private const string OldChecklistLabel = "自筹资金项目的跟进落实";

    public static async Task<int> RunAsync(AppDbContext db, CancellationToken ct)
    {
        string[] noTasks = ["sd-2018-336", "gd-2020-923"];
        var campaigns = await db.Campaigns.Include(c => c.Reports)
            .Where(c => (noTasks.Contains(c.Code) && c.TaskTemplate == TaskTemplate.NationalFive) || c.Code == "gd-2020-923").ToListAsync(ct);
        var changed = 0;
        foreach (var campaign in campaigns.Where(c => noTasks.Contains(c.Code) && c.TaskTemplate == TaskTemplate.NationalFive))
            (campaign.TaskTemplate, changed) = (TaskTemplate.NotSet, changed + 1);
        foreach (var report in campaigns.Where(c => c.Code == "gd-2020-923").SelectMany(c => c.Reports)
                     .Where(r => r.Type == "city-yearly-progress" && r.LastPeriod == 2023))
            (report.LastPeriod, changed) = (null, changed + 1);
        var enping = await db.Parks.Where(p => p.Name == "恩平产业转移工业园" && p.Level == ParkLevel.Provincial).ToListAsync(ct);
        enping.ForEach(p => p.Level = ParkLevel.NotStated);
        var label = Reviews.ReviewChecklist.Label("self-funded-follow-up");
        var lists = await db.Campaigns.Where(c => c.Checklist.Any(i => i.LabelZh == OldChecklistLabel)).ToListAsync(ct);
        foreach (var item in lists.SelectMany(c => c.Checklist).Where(i => i.Code == "self-funded-follow-up" && i.LabelZh == OldChecklistLabel))
            (item.LabelZh, item.LabelEn, changed) = (label.Zh, label.En, changed + 1);
        changed += enping.Count + await AcceptanceCorrectionsAsync(db, ct) + await RouteSourcesAsync(db, ct);
        if (changed > 0) await db.SaveChangesAsync(ct);
        return changed;
    }

    /// <summary>
    /// Route sources first transcribed with a reference to the developers' domain notes (issue 14: no developer text on
    /// Chinese pages): they cite the national notice's main tasks, and Kalundborg by its Chinese name, as the seed now does.
    /// </summary>
    private static async Task<int> RouteSourcesAsync(AppDbContext db, CancellationToken ct)
    {
        var routes = await db.UtilisationRoutes.Where(r => r.Source != null && r.Source.Contains("domain.md")).ToListAsync(ct);
        foreach (var route in routes)
            route.Source = route.Source!.Replace("domain.md §7：", "发改办环资〔2021〕1004号 主要任务：", StringComparison.Ordinal)
                .Replace("Kalundborg", "丹麦卡伦堡工业共生体", StringComparison.Ordinal);
        return routes.Count;
    }

    /// <summary>The campaigns whose documents set no acceptance threshold but were seeded with the code's former default.</summary>
    private static readonly string[] NoThreshold = ["cn-2021-1004", "sd-2018-336", "gd-2020-923"];

    private static async Task<int> AcceptanceCorrectionsAsync(AppDbContext db, CancellationToken ct)
    {
        var changed = 0;
        foreach (var campaign in await db.Campaigns.Where(c => NoThreshold.Contains(c.Code) && c.AcceptanceThreshold == 0.9).ToListAsync(ct))
            (campaign.AcceptanceThreshold, changed) = (null, changed + 1);
        foreach (var campaign in await db.Campaigns.Where(c => c.Code == "sd-2018-336" && c.AcceptanceDeadlineRule == Acceptance.AcceptanceDeadlineRule.CampaignDate).ToListAsync(ct))
            (campaign.AcceptanceDeadlineRule, changed) = (Acceptance.AcceptanceDeadlineRule.PlannedYear, changed + 1);
        foreach (var campaign in await db.Campaigns.Where(c => c.Code == "js-2013" && c.MinimumConsultancyGrade == null).ToListAsync(ct))
            (campaign.MinimumConsultancyGrade, changed) = (Plans.ConsultancyGrade.ClassB, changed + 1);
        return changed;
    }
}
