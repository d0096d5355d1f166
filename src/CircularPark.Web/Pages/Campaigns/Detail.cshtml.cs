using CircularPark.Time;
using System.Globalization;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Regions;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Campaigns;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.PublicCache.Policy)]
public sealed class DetailModel(GetCampaignOverview overview, GetCampaignSummary summary, AppDbContext db) : PageModel
{
    public CampaignOverview? Overview { get; private set; }
    public CampaignSummaryResult? Summary { get; private set; }
    public IReadOnlyList<CampaignParkDto> Parks { get; private set; } = [];
    public IReadOnlyList<OpinionView> Opinions { get; private set; } = [];
    public string ChartJson { get; private set; } = "{}";
    /// <summary>The user owns the campaign (<see cref="CampaignOwner"/>) and may change it.</summary>
    public bool CanEdit { get; private set; }
    private RegionDirectory? _regions;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        Overview = await overview.GetAsync(code, AccessScope.From(User), ct);
        if (Overview is null) return NotFound();
        Summary = await summary.ExecuteAsync(code, await CampaignParks.ShownAsync(db, code, AccessScope.From(User), ct), ct);
        Parks = await CampaignParks.LoadAsync(db, code, ct, AccessScope.From(User)) ?? [];
        Opinions = (await db.ReviewOpinions.AsNoTracking().Include(o => o.Items).Include(o => o.Participation!.Park)
            .Where(o => o.IsPublic && Participation.PublicStates.Contains(o.Participation!.State) && o.Participation!.Campaign!.Code == code).OrderBy(o => o.Participation!.Sequence).ToListAsync(ct))
            .Select(OpinionView.From).ToList();
        _regions = await db.RegionDirectoryAsync(ct);
        CanEdit = CampaignOwner.IsOwner(_regions.Tree, Overview.Campaign, AccessScope.From(User));
        // A unit's own eligibility list, where a target of the campaign counts eligible parks (ADR 0080).
        if (Overview.Targets.Any(t => t.Target.Basis == TargetBasis.Eligible)
            && CircularPark.Reports.NationReports.UnitOf(_regions.Tree, AccessScope.From(User), db.Clock.Today()) is { } unit
            && _regions.Tree.IsWithin(unit.Id, Overview.Campaign.ScopeRegionId)
            && AccessScope.From(User).Allows(Permissions.RegionReports, ScopeTarget.Region(unit.Path)))
            EligibilityUnit = unit;
        ChartJson = BuildChart(Summary!, Bilingual.IsEnglish(CultureInfo.CurrentUICulture));
        return Page();
    }

    /// <summary>The user's reporting unit, when the campaign counts eligible parks and the unit lies in its scope.</summary>
    public CircularPark.Regions.Region? EligibilityUnit { get; private set; }

    public string RegionNameByCode(string code) => _regions?.Tree.FindByCode(code)?.Name(Bilingual.IsEnglish(CultureInfo.CurrentUICulture)) ?? code;

    public string RegionName(int id) => _regions?.Find(id)?.Name(Bilingual.IsEnglish(CultureInfo.CurrentUICulture)) ?? "";

    /// <summary>Cities (a national campaign: provinces) on the x axis; per year a stack of the table's level columns (国家级, 省级, and 未注明/其他 when counted).</summary>
    private static string BuildChart(CampaignSummaryResult s, bool english)
    {
        var units = s.Provinces.Count > 0 ? s.Provinces : s.Cities;
        var series = s.Years.Select((year, i) => (year, i)).SelectMany(y => s.Levels.Select(level => new
        {
            name = english ? $"{y.year} {Text.Label(level).En.ToLowerInvariant()}" : $"{y.year}年 {Text.Label(level).Zh}",
            stack = y.year.ToString(CultureInfo.InvariantCulture),
            data = units.Select(c => c.Years[y.i].Of(level)).ToList(),
        })).ToList();
        return JsonSerializer.Serialize(new
        {
            cities = units.Select(c => english ? c.NameEn : c.NameZh).ToList(),
            cumulative = units.Select(c => c.Cumulative.Total).ToList(),
            cumulativeName = english ? "Cumulative" : "累计",
            series,
        }, JsonSerializerOptions.Web);
    }
}
