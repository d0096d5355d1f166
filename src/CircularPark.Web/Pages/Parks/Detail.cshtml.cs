using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Parks;
using CircularPark.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Parks;

public sealed class DetailModel(GetParkDetail detail, AppDbContext db) : PageModel
{
    public ParkDetail? Park { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanSee { get; private set; }
    /// <summary>The park holds example data (示例数据, demo mode only): its example enterprises mark it.</summary>
    public bool HasExampleData { get; private set; }
    public string CurrentRegion { get; private set; } = "";
    public IReadOnlyList<CircularPark.Acceptance.ParkAcceptanceLine> Acceptance { get; private set; } = [];
    public IReadOnlyList<CircularPark.Acceptance.DemonstrationView> Demonstrations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, [FromServices] CircularPark.Acceptance.GetParkAcceptanceStandings standings, CancellationToken ct)
    {
        Park = await detail.ExecuteAsync(id, AccessScope.From(User), ct);
        if (Park is null) return NotFound();
        var tree = (await db.RegionDirectoryAsync(ct)).Tree;
        var target = ScopeTarget.Park(Park.Id, tree.PathOf(Park.CurrentRegionId));
        CanEdit = AccessScope.From(User).Allows(Permissions.ParkChange, target);
        CanSee = AccessScope.From(User).Allows(Permissions.ParkRead, target);
        var english = Bilingual.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture);
        CurrentRegion = Park.Regions.LastOrDefault(r => r.RegionCode == Park.CurrentRegionCode) is { } m ? (english ? m.PathEn : m.PathZh) : "";
        Acceptance = await standings.ExecuteAsync(id, ct);
        Demonstrations = await CircularPark.Acceptance.Demonstrations.ForParkAsync(db, id, ct);
        HasExampleData = CanSee && await db.Enterprises.AnyAsync(e => e.ParkId == id && e.IsExample, ct);
        return Page();
    }
}
