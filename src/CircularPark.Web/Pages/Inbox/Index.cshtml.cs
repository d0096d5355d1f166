using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Inbox;
using CircularPark.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Inbox;

/// <summary>
/// What waits for the signed-in user: the one list of tasks (<see cref="GetInbox"/>: selection and acceptance steps, the
/// opinion's follow-up, reports to review, the user's own reports due, overdue or returned, exchange agreements and
/// deliveries to confirm), then the report reminders sent to the parks in scope and the overdue compliance items.
/// </summary>
[Authorize]
public sealed class IndexModel(GetInbox inbox, AppDbContext db, CircularPark.Compliance.GetComplianceAlerts alerts) : PageModel
{
    public IReadOnlyList<InboxTask> Tasks { get; private set; } = [];
    public IReadOnlyList<Reminder> Reminders { get; private set; } = [];
    /// <summary>Whom each reminder went to (a park or a city): an official's list mixes many.</summary>
    public IReadOnlyDictionary<int, string> ReminderSubjects { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<CircularPark.Compliance.ComplianceAlert> Alerts { get; private set; } = [];

    /// <summary>The newest reminders shown; the reports page and timeliness hold the whole picture.</summary>
    public const int ReminderLines = 50;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = AccessScope.From(User);
        Tasks = await inbox.ExecuteAsync(user, ct);
        Reminders = await ReminderInbox.ForAsync(db, user, ct, take: ReminderLines);
        ReminderSubjects = await ReminderInbox.SubjectsAsync(db, [.. Reminders], ct);
        Alerts = await alerts.ExecuteAsync(user, ct);
    }
}
