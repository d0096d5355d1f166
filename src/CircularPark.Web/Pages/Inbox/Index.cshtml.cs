using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Inbox;
using CircularPark.Web.Pages.Shared;
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
    public ReminderLines Reminders { get; private set; } = new([], new Dictionary<int, string>(), 0);
    public IReadOnlyList<CircularPark.Compliance.ComplianceAlert> Alerts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = AccessScope.From(User);
        Tasks = await inbox.ExecuteAsync(user, ct);
        Reminders = await ReminderLines.LoadAsync(db, user, 50, ct);
        Alerts = await alerts.ExecuteAsync(user, ct);
    }
}
