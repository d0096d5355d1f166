using CircularPark.Parks;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Localization;
using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Reports;

/// <summary>
/// Writes in-app reminders for park- and city-level yearly reports: N days before the due date (7 by default) to every
/// expected park or city that has not submitted, and from the day after it an overdue notice. Driven by <see cref="TimeProvider"/>
/// (China time); idempotent, so the job may run as often as it likes, on as many nodes as there are.
/// </summary>
public sealed class SendReminders(AppDbContext db, GetReportTimeliness timeliness)
{
    /// <summary>Attempts before a run gives up: each clash means another node wrote some of the same reminders meanwhile.</summary>
    private const int Attempts = 3;

    /// <summary>
    /// Writes the reminders owed today that are not written yet; returns how many this call wrote. A reminder is one row per
    /// requirement, period, kind and park or city (unique indexes); when another node writes the same reminders at the same
    /// moment, the clash means "already written": nothing of this attempt stays, and the next attempt writes only what is
    /// still missing (ADR 0084).
    /// </summary>
    public async Task<int> ExecuteAsync(int daysBefore = 7, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var written = await AddOwedAsync(daysBefore, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                return written;
            }
            catch (DbUpdateException clash) when (attempt < Attempts && Database.IsWriteConflict(clash))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<int> AddOwedAsync(int daysBefore, CancellationToken ct)
    {
        var today = db.Clock.Today();
        var requirements = await db.ReportRequirements.AsNoTracking().Where(r => r.From == ReportParty.Park || r.From == ReportParty.City).ToListAsync(ct);
        var campaigns = await db.Campaigns.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.TitleZh, ct);
        var written = 0;
        foreach (var requirement in requirements)
            foreach (var (period, due) in requirement.DueDates(today).Where(d => d.Period is not null && today >= d.Due.AddDays(-daysBefore)))
            {
                var kind = today <= due ? "before" : "overdue";
                var view = await timeliness.ExecuteAsync(requirement.Id, period!.Value, null, null, ct);
                var sent = await db.Reminders.Where(r => r.RequirementId == requirement.Id && r.Period == period && r.Kind == kind)
                    .Select(r => new { r.ParkId, r.RegionId }).ToListAsync(ct);
                foreach (var reporter in view!.Pending.Where(p => !sent.Any(s => s.ParkId == p.ParkId && s.RegionId == p.RegionId)))
                {
                    var date = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    var message = Text.Get(kind == "before" ? "Reminder.Before" : "Reminder.Overdue", campaigns[requirement.CampaignId], requirement.NameZh, period, date, requirement.NameEn);
                    db.Reminders.Add(new Reminder
                    {
                        ParkId = reporter.ParkId, RegionId = reporter.RegionId, RequirementId = requirement.Id, Period = period.Value, Kind = kind, Due = due,
                        CreatedAtUtc = db.Clock.GetUtcNow().UtcDateTime, MessageZh = message.Zh, MessageEn = message.En,
                    });
                    written++;
                }
            }
        return written;
    }
}

/// <summary>
/// The reminders a user sees: those of the parks whose data they may see, and a city's to that city's users (and admins),
/// while the report they remind of is still unsubmitted.
/// </summary>
public static class ReminderInbox
{
    public static async Task<List<Reminder>> ForAsync(AppDbContext db, Identity.AccessScope user, CancellationToken ct, int take = 500)
    {
        var parks = db.Parks.VisibleTo(user, db.Clock.Today()).Select(p => p.Id);
        var cities = db.Regions.CoveredBy(user).Select(r => r.Id);
        var cityUser = user.Holds(Identity.Permissions.ReportCityWrite);
        // A notice that a report is due or overdue is withdrawn once that report has been submitted: it would say "尚未报送" of a report that was.
        var submitted = db.YearlyReports.Where(y => y.FirstSubmittedAtUtc != null);
        return await db.Reminders.AsNoTracking()
            .Where(r => r.ParkId != null ? parks.Contains(r.ParkId.Value) : cityUser && r.RegionId != null && cities.Contains(r.RegionId.Value))
            .Where(r => !submitted.Any(y => y.RequirementId == r.RequirementId && y.Period == r.Period && y.ParkId == r.ParkId && y.RegionId == r.RegionId))
            .OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id).Take(take).ToListAsync(ct);
    }

    /// <summary>Whom each reminder was sent to — the park's or the city's name — for lists that mix several parks' reminders.</summary>
    public static async Task<Dictionary<int, string>> SubjectsAsync(AppDbContext db, IReadOnlyCollection<Reminder> reminders, CancellationToken ct)
    {
        var parkIds = reminders.Select(r => r.ParkId).OfType<int>().Distinct().ToList();
        var parks = await db.Parks.AsNoTracking().Where(p => parkIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        return reminders.ToDictionary(r => r.Id, r => r.ParkId is { } park ? parks.GetValueOrDefault(park, "")
            : r.RegionId is { } region ? tree.Find(region)?.NameZh ?? "" : "");
    }
}
