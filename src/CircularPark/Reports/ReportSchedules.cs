using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Parks;
using CircularPark.Regions;
using CircularPark.Time;

namespace CircularPark.Reports;

/// <summary>
/// One author's schedule of yearly reports: a park's, a city's, or a reporting unit's to the nation, where its forms are
/// (<see cref="EditBase"/>/{requirement}/{period}) and whether the user may write them.
/// </summary>
public sealed record ReportSchedule(ReportParty From, string Author, int? ParkId, string EditBase, bool CanWrite, IReadOnlyList<ReportSlot> Slots);

/// <summary>
/// The schedules the reports page and the inbox show: a park's (its own users', or any park an official may read), the
/// signed-in user's city's and reporting unit's. Who may write each is the permissions table's
/// (<see cref="Permissions.ReportWrite"/>, <see cref="Permissions.ReportCityWrite"/>, <see cref="Permissions.ReportNationWrite"/>).
/// </summary>
public static class ReportSchedules
{
    /// <summary>A park's schedule; the caller has checked that the user may read the park.</summary>
    public static async Task<ReportSchedule> ParkAsync(AppDbContext db, ParkPlace park, AccessScope user, CancellationToken ct) =>
        new(ReportParty.Park, park.Name, park.ParkId, $"/parks/{park.ParkId}/reports", park.Allows(user, Permissions.ReportWrite),
            await ReportList.ForParkAsync(db, park.ParkId, ct));

    /// <summary>The schedule of the user's city, when the user writes its reports.</summary>
    public static async Task<ReportSchedule?> CityAsync(AppDbContext db, AccessScope user, CancellationToken ct)
    {
        if (user.RegionId is not { } regionId) return null;
        var city = (await db.RegionDirectoryAsync(ct)).Tree.Find(regionId);
        if (city is not { Level: RegionLevel.City } || !user.Allows(Permissions.ReportCityWrite, ScopeTarget.Region(city.Path))) return null;
        return new ReportSchedule(ReportParty.City, city.NameZh, null, $"/regions/{city.Code}/reports", CanWrite: true,
            await ReportList.ForCityAsync(db, city.Id, ct));
    }

    /// <summary>The schedule of the user's reporting unit's reports to the nation, when the user writes them.</summary>
    public static async Task<ReportSchedule?> UnitAsync(AppDbContext db, AccessScope user, CancellationToken ct)
    {
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        if (NationReports.UnitOf(tree, user, db.Clock.Today()) is not { } unit || !user.Allows(Permissions.ReportNationWrite, ScopeTarget.Region(unit.Path)))
            return null;
        return new ReportSchedule(ReportParty.Province, unit.NameZh, null, $"/regions/{unit.Code}/nation-reports", CanWrite: true,
            await ReportList.ForUnitAsync(db, unit, ct));
    }

    /// <summary>Every schedule whose reports the user writes: their own park's, their city's, their unit's.</summary>
    public static async Task<List<ReportSchedule>> WrittenByAsync(AppDbContext db, AccessScope user, CancellationToken ct)
    {
        var schedules = new List<ReportSchedule>();
        if (user.ParkId is { } parkId && await ParkAccess.FindAsync(db, parkId, ct) is { } park && park.Allows(user, Permissions.ReportWrite))
            schedules.Add(await ParkAsync(db, park, user, ct));
        if (await CityAsync(db, user, ct) is { } city) schedules.Add(city);
        if (await UnitAsync(db, user, ct) is { } unit) schedules.Add(unit);
        return schedules;
    }
}
