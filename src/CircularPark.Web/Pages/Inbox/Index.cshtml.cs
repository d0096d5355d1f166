using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Reports;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Inbox;

/// <summary>What waits for the signed-in user: workflow tasks with their due dates, reports to review, report reminders for the parks in scope, and overdue compliance items.</summary>
[Authorize]
public sealed class IndexModel(GetInbox inbox, AppDbContext db, CircularPark.Compliance.GetComplianceAlerts alerts) : PageModel
{
    public IReadOnlyList<InboxTask> Tasks { get; private set; } = [];
    public IReadOnlyList<Reminder> Reminders { get; private set; } = [];
    public IReadOnlyList<CircularPark.Compliance.ComplianceAlert> Alerts { get; private set; } = [];
    /// <summary>Reports waiting for the user's review step (the city, the province, the ministry for reports to the nation).</summary>
    public IReadOnlyList<ReportToReview> ToReview { get; private set; } = [];

    /// <summary>Where a task is done: the park's acceptance page, its follow-up of the opinion, or its selection page.</summary>
    public static string Link(InboxTask task) => task.Kind switch
    {
        InboxTaskKind.AnswerOpinionItems or InboxTaskKind.ConfirmOpinionItems => $"/selection/{task.CampaignCode}/parks/{task.ParkId}#follow-up",
        >= InboxTaskKind.ReviewAcceptance => $"/acceptance/{task.CampaignCode}/parks/{task.ParkId}",
        _ => $"/selection/{task.CampaignCode}/parks/{task.ParkId}",
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = AccessScope.From(User);
        Tasks = await inbox.ExecuteAsync(user, ct);
        Reminders = await ReminderInbox.ForAsync(db, user, ct);
        Alerts = await alerts.ExecuteAsync(user, ct);
        ToReview = await ReportList.AwaitingAsync(db, user, ct);
    }
}
