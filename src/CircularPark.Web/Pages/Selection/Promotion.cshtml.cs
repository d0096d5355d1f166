using System.Globalization;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Parks;
using CircularPark.Regions;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Selection;

/// <summary>The cities' promotion plans (推进计划) of a campaign: a city lists its parks per year; a province sees all its cities' plans.</summary>
[Authorize]
public sealed class PromotionModel(GetPromotionPlans get, ListInPromotionPlan list, AppDbContext db) : PageModel
{
    public PromotionPlanView? Plan { get; private set; }
    public IReadOnlyList<Region> Cities { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Parks { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string code, string? city, int parkId, int year, CancellationToken ct)
    {
        var result = await list.ExecuteAsync(code, city ?? "", [new PlanListing(parkId, year)], AccessScope.From(User), ct);
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        var culture = CultureInfo.CurrentUICulture;
        if (!result.IsOk)
            Message = PageOutcomes.Explain(result.Failure!);
        return await LoadAsync(code, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        var (access, view) = await get.ExecuteAsync(code, null, user, ct);
        if (access == AccessOutcome.NotFound) return NotFound();
        if (access == AccessOutcome.Forbidden) return Forbid();
        Plan = view;
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        Cities = tree.All.Where(r => r.Level == RegionLevel.City && r.ValidTo is null && user.Allows(Permissions.SelectionPromotion, ScopeTarget.Region(r.Path)))
            .OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        var visible = await ParkAccess.VisibleParkIdsAsync(db, user, null, ct);
        Parks = (await db.Parks.AsNoTracking().Where(p => visible.Contains(p.Id)).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct))
            .Select(p => (p.Id, p.Name)).ToList();
        return null;
    }
}
