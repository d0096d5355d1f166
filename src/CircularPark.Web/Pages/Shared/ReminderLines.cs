using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Reports;

namespace CircularPark.Web.Pages.Shared;

/// <summary>Model of the _Reminders partial: the newest reminders the user sees (at most <see cref="Limit"/>) and whom each went to.</summary>
public sealed record ReminderLines(IReadOnlyList<Reminder> Reminders, IReadOnlyDictionary<int, string> Subjects, int Limit)
{
    public static async Task<ReminderLines> LoadAsync(AppDbContext db, AccessScope user, int limit, CancellationToken ct)
    {
        var reminders = await ReminderInbox.ForAsync(db, user, ct, take: limit);
        return new ReminderLines(reminders, await ReminderInbox.SubjectsAsync(db, reminders, ct), limit);
    }
}
