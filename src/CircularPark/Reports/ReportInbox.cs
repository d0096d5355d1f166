using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Inbox;
using CircularPark.Time;

namespace CircularPark.Reports;

/// <summary>
/// The reports' inbox tasks: the reports waiting for the user's review step (<see cref="ReportList.AwaitingAsync"/>), and
/// the user's own reports — of their park, their city, their reporting unit (<see cref="ReportSchedules.WrittenByAsync"/>) —
/// that are owed and not yet submitted from <see cref="InboxRules.ReportLeadDays"/> days before the due date (逾期未报
/// after it), or that were returned or reopened after a submission.
/// </summary>
internal static class ReportInbox
{
    public static async Task<List<InboxTask>> TasksAsync(AppDbContext db, AccessScope user, CancellationToken ct)
    {
        var tasks = (await ReportList.AwaitingAsync(db, user, ct)).Select(r =>
            new InboxTask(InboxTaskKind.ReviewReport, r.CampaignCode, r.Campaign, r.ParkId, r.Author, null, false)
            {
                DetailZh = Detail(r.NameZh, r.Period), DetailEn = Detail(r.NameEn, r.Period), Link = $"/reports/{r.ReportId}",
            }).ToList();
        var horizon = db.Clock.Today().AddDays(InboxRules.ReportLeadDays);
        foreach (var schedule in (await ReportSchedules.WrittenByAsync(db, user, ct)).Where(s => s.CanWrite))
            foreach (var slot in schedule.Slots.Where(s => s.Status is null or ReportStatus.Draft or ReportStatus.Returned))
            {
                var resubmission = slot.FirstSubmittedAtUtc is not null;
                if (!resubmission && (!slot.Owed || slot.Due > horizon)) continue;
                tasks.Add(new InboxTask(resubmission ? InboxTaskKind.ReviseReport : InboxTaskKind.SubmitReport, slot.CampaignCode, slot.CampaignLabel,
                    schedule.ParkId, schedule.Author, resubmission ? null : slot.Due, false)
                {
                    DetailZh = Detail(slot.NameZh, slot.Period), DetailEn = Detail(slot.NameEn, slot.Period),
                    Link = $"{schedule.EditBase}/{slot.RequirementId}/{slot.Period}",
                });
            }
        return tasks;
    }

    private static string Detail(string name, int period) => $"{name} · {period}";
}
