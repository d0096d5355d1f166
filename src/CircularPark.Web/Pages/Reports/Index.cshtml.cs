using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Parks;
using CircularPark.Regions;
using CircularPark.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

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
    public IReadOnlyList<Reminder> Reminders { get; private set; } = [];
    public bool Official { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? parkId, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        Official = user.Holds(Permissions.RegionReports);
        if ((parkId ?? user.ParkId) is { } park)
        {
            var (access, place) = await ParkAccess.CheckAsync(db, park, user, change: false, ct);
            if (access == AccessOutcome.NotFound) return NotFound();
            if (access == AccessOutcome.Forbidden) return Forbid();
            (ParkId, ParkName) = (park, place!.Name);
            ParkSlots = new SlotList(await ReportList.ForParkAsync(db, park, ct), $"/parks/{park}/reports",
                place.Allows(user, Permissions.ReportWrite), db.Clock.GetUtcNow().UtcDateTime);
        }
        if (user.RegionId is { } regionId
            && await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == regionId && r.Level == RegionLevel.City, ct) is { } city
            && user.Allows(Permissions.ReportCityWrite, ScopeTarget.Region(city.Path)))
        {
            CityName = city.NameZh;
            CitySlots = new SlotList(await ReportList.ForCityAsync(db, city.Id, ct), $"/regions/{city.Code}/reports", CanWrite: true, db.Clock.GetUtcNow().UtcDateTime);
        }
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        if (NationReports.UnitOf(tree, user, db.Clock.Today()) is { } unit && user.Allows(Permissions.ReportNationWrite, ScopeTarget.Region(unit.Path)))
        {
            UnitName = unit.NameZh;
            UnitSlots = new SlotList(await ReportList.ForUnitAsync(db, unit, ct), $"/regions/{unit.Code}/nation-reports", CanWrite: true, db.Clock.GetUtcNow().UtcDateTime);
        }
        ToReview = await ReportList.AwaitingAsync(db, user, ct);
        Reminders = await ReminderInbox.ForAsync(db, user, ct, take: 10);
        return Page();
    }
}
