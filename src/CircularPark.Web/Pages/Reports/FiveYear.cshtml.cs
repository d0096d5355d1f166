using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Regions;
using CircularPark.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Reports;

/// <summary>
/// The province's five-year summary for the nation (十四五 summary) of a campaign: the table, and the docx and xlsx to
/// download. The province is the campaign's own (provincial campaigns), the user's, or chosen from a list.
/// </summary>
[Authorize]
public sealed class FiveYearModel(AppDbContext db, GetFiveYearSummary get) : PageModel
{
    public string Campaign { get; private set; } = "";
    public FiveYearSummary? Summary { get; private set; }
    public string? ProvinceCode { get; private set; }
    public IReadOnlyList<Region> Provinces { get; private set; } = [];
    public IReadOnlyList<(string Code, string Title)> Campaigns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? campaign, string? province, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        if (!user.Holds(Permissions.RegionReports)) return Forbid();
        Campaigns = (await db.Campaigns.AsNoTracking().OrderBy(c => c.Code).Select(c => new { c.Code, c.TitleZh }).ToListAsync(ct)).Select(c => (c.Code, c.TitleZh)).ToList();
        var chosen = await db.Campaigns.AsNoTracking().Include(c => c.ScopeRegion).SingleOrDefaultAsync(c => c.Code == campaign, ct);
        if (chosen is null) return Page();
        Campaign = chosen.Code;
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        ProvinceCode = province
            ?? (chosen.ScopeRegion?.Level == RegionLevel.Province ? chosen.ScopeRegion.Code : null)
            ?? (user.RegionId is { } r ? tree.AtLevel(r, RegionLevel.Province)?.Code : null);
        Provinces = tree.All.Where(r => r.Level == RegionLevel.Province && r.ValidTo == null).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        if (ProvinceCode is not null) Summary = await get.ExecuteAsync(chosen.Code, ProvinceCode, user, ct);
        return Page();
    }
}
