using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Time;

namespace CircularPark.Inbox;

/// <summary>
/// One inbox: every task waiting on a user, gathered from the features that own them — selection steps, acceptance
/// steps, the opinion's follow-up, reports to review and the user's own reports due, overdue or returned, exchange
/// agreements and deliveries to confirm — overdue first by due date, then soonest due, then undated. Each feature decides
/// its tasks through the permissions table and the user's scope; the inbox page, the header count and the API all read
/// this one list. The header shows the count on every page, so the list is cached per user and China-time day at the
/// shared data version (<see cref="CachedReads"/>): computed again exactly when data changed, on any node, or the day turned.
/// </summary>
public sealed class GetInbox(AppDbContext db, CachedReads reads)
{
    public Task<IReadOnlyList<InboxTask>> ExecuteAsync(AccessScope user, CancellationToken ct = default) =>
        reads.GetLightAsync("inbox", $"{user.Name}|{CachedReads.ScopeKey(user)}", daily: true, () => GatherAsync(user, ct), ct);

    private async Task<IReadOnlyList<InboxTask>> GatherAsync(AccessScope user, CancellationToken ct)
    {
        var today = db.Clock.Today();
        List<InboxTask> tasks =
        [
            .. await Reviews.SelectionInbox.TasksAsync(db, user, ct),
            .. await Acceptance.AcceptanceInbox.TasksAsync(db, user, ct),
            .. await Reviews.FollowUpInbox.TasksAsync(db, user, ct),
            .. await Reports.ReportInbox.TasksAsync(db, user, ct),
            .. await ExchangePlatform.ExchangeInbox.TasksAsync(db, user, ct),
        ];
        return tasks.Select(t => t with { Overdue = t.DueOn is { } due && due < today })
            .OrderBy(t => t.DueOn ?? DateOnly.MaxValue).ThenBy(t => t.Kind).ThenBy(t => t.CampaignCode, StringComparer.Ordinal)
            .ThenBy(t => t.Subject, StringComparer.Ordinal).ToList();
    }
}
