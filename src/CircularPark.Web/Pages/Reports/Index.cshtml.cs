using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Parks;
using CircularPark.Reports;
using CircularPark.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CircularPark.Web.Pages.Reports;

/// <summary>
/// The user's reporting: the schedule of a park (its own, or ?parkId= for officials) or of the user's city with due dates
/// and states, the reports waiting for the user's review, and the latest reminders.
/// </summary>
[Authorize]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public string? ParkName { get; private set; }
    public int? ParkId { get; private set; }
    public SlotList? ParkSlots { get; private set; }
    public string? CityName { get; private set; }
    public SlotList? CitySlots { get; private set; }
    public string? UnitName { get; private set; }
    public SlotList? UnitSlots { get; private set; }
    public IReadOnlyList<ReportToReview> ToReview { get; private set; } = [];
    public ReminderLines Reminders { get; private set; } = new([], new Dictionary<int, string>(), 0);
    public bool Official { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? parkId, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        Official = user.Holds(Permissions.RegionReports);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        if ((parkId ?? user.ParkId) is { } park)
        {
            var (access, place) = await ParkAccess.CheckAsync(db, park, user, change: false, ct);
            if (access == AccessOutcome.NotFound) return NotFound();
            if (access == AccessOutcome.Forbidden) return Forbid();
            var schedule = await ReportSchedules.ParkAsync(db, place!, user, ct);
            (ParkId, ParkName, ParkSlots) = (park, schedule.Author, SlotList.Of(schedule, now));
        }
        if (await ReportSchedules.CityAsync(db, user, ct) is { } city) (CityName, CitySlots) = (city.Author, SlotList.Of(city, now));
        if (await ReportSchedules.UnitAsync(db, user, ct) is { } unit) (UnitName, UnitSlots) = (unit.Author, SlotList.Of(unit, now));
        ToReview = await ReportList.AwaitingAsync(db, user, ct);
        Reminders = await ReminderLines.LoadAsync(db, user, 10, ct);
        return Page();
    }
}
