using CircularPark.Time;
using CircularPark.Campaigns;
using CircularPark.Data;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// An illustrative park → city line of the Guangdong schedule (示例数据, named "（示例）"), created only in demo mode and
/// only once, so the demo park has a yearly report to write: the source (000) asks only the cities to report to the
/// province by 31 Dec; that the parks report to their city by 15 Dec is made up for the demonstration.
/// </summary>
internal static class DemoReports
{
    public const string Type = "park-yearly-progress-example";

    public static async Task EnsureAsync(AppDbContext db, TimeProvider clock)
    {
        if (await db.ReportRequirements.AnyAsync(r => r.Type == Type)) return;
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Code == "gd-2020-923");
        if (campaign is null) return;
        db.ReportRequirements.Add(new ReportRequirement
        {
            CampaignId = campaign.Id, Type = Type, NameZh = "园区循环化改造年度进展（示例）", NameEn = "Park yearly progress (example)",
            From = ReportParty.Park, To = ReportParty.City, Recurrence = Recurrence.Yearly, DueMonth = 12, DueDay = 15,
            FirstPeriod = 2020, LastPeriod = Math.Max(2023, clock.Today().Year), Source = "示例数据：源文件只要求地市于12月31日前报省",
        });
        await db.SaveChangesAsync();
    }
}
