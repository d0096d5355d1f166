using CircularPark.Time;
using System.Globalization;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Engines.Reporting;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Regions;
using CircularPark.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Reports;

/// <summary>
/// Completeness and timeliness of a report requirement and period by province, city and park level (over the parks the
/// user may see), or for reports to the nation by reporting unit, with the overdue list and a bar chart; without a requirement, the schedule to choose from.
/// </summary>
[Authorize]
public sealed class TimelinessModel(AppDbContext db, GetReportTimeliness timeliness) : PageModel
{
    /// <summary>A schedule line to choose: <see cref="Campaign"/> is how people name its campaign (文号, or title), not its code.</summary>
    public sealed record Choice(int RequirementId, string Campaign, string NameZh, string NameEn, ReportParty From, IReadOnlyList<(int Period, DateOnly Due)> Periods);

    public IReadOnlyList<Choice> Choices { get; private set; } = [];
    public TimelinessView? View { get; private set; }
    public Choice? Chosen { get; private set; }
    public string ChartJson { get; private set; } = "{}";
    private RegionTree? _tree;

    public string GroupName(string group, CultureInfo culture) => group switch
    {
        "" => Text.Get("Summary.Total.Row").In(culture),
        _ when group.StartsWith("level:", StringComparison.Ordinal) && Enum.TryParse<ParkLevel>(group[6..], out var level) => Text.Label(level, culture),
        _ => _tree?.FindByCode(group)?.Name(Bilingual.IsEnglish(culture)) ?? group,
    };

    public async Task<IActionResult> OnGetAsync(int? requirementId, int? period, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        if (!user.Holds(Permissions.RegionReports)) return Forbid();
        Choices = (await db.ReportRequirements.AsNoTracking().Where(r => r.From != ReportParty.Nation)
                .Join(db.Campaigns, r => r.CampaignId, c => c.Id, (r, c) => new { r, c.Code, c.DocumentNumber, c.TitleZh }).ToListAsync(ct))
            .Select(x => new Choice(x.r.Id, Campaign.NameOf(x.DocumentNumber, x.TitleZh), x.r.NameZh, x.r.NameEn, x.r.From, x.r.ReportPeriods(db.Clock.Today()).ToList()))
            .Where(c => c.Periods.Count > 0)
            .OrderBy(c => c.Campaign, StringComparer.Ordinal).ThenBy(c => c.RequirementId).ToList();
        if (requirementId is not { } id || period is not { } p) return Page();
        Chosen = Choices.FirstOrDefault(c => c.RequirementId == id);
        var visible = await ParkAccess.VisibleParkIdsAsync(db, user, null, ct);
        View = await timeliness.ExecuteAsync(id, p, visible, user, ct);
        if (View is null) return NotFound();
        _tree = (await db.RegionDirectoryAsync(ct)).Tree;
        ChartJson = Chart(View.Groups.Where(g => g.Group.Length > 0).ToList(), CultureInfo.CurrentUICulture);
        return Page();
    }

    private string Chart(IReadOnlyList<CompletenessFigures> groups, CultureInfo culture)
    {
        var english = Bilingual.IsEnglish(culture);
        return JsonSerializer.Serialize(new
        {
            groups = groups.Select(g => GroupName(g.Group, culture)),
            series = new[]
            {
                new { name = english ? "On time" : "按时报送", data = groups.Select(g => g.OnTime) },
                new { name = english ? "Late" : "逾期报送", data = groups.Select(g => g.Late) },
                new { name = View?.PastDue == true ? (english ? "Overdue" : "逾期未报") : (english ? "Not yet submitted" : "未报送"), data = groups.Select(g => g.Missing) },
            },
        }, JsonSerializerOptions.Web);
    }
}
