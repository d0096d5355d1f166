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
    /// <summary>A campaign the park may apply to today: its window is open and the selection table lets this user apply from the park's state.</summary>
    public sealed record OpenCampaign(string Code, DateOnly? ClosesOn, CircularPark.Campaigns.ParticipationState? State);

    public IReadOnlyList<OpenCampaign> OpenForApplication { get; private set; } = [];
    public string? Message { get; private set; }
    public bool Applied { get; private set; }

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
        OpenForApplication = await OpenCampaignsAsync(tree, target, ct);
        return Page();
    }

    /// <summary>The park applies to a campaign (自愿申报) through the same use case as the API (issue 14: parks apply in the UI).</summary>
    public async Task<IActionResult> OnPostApplyAsync(int id, string code, string? reason, [FromServices] CircularPark.Reviews.ApplyForCampaign apply,
        [FromServices] CircularPark.Acceptance.GetParkAcceptanceStandings standings, CancellationToken ct)
    {
        var outcome = await apply.ExecuteAsync(code, id, reason, AccessScope.From(User), ct);
        if (!outcome.IsOk && PageOutcomes.Show(this, outcome.Failure!, m => Message = m) is { } refused) return refused;
        if (outcome.IsOk) return Redirect($"/parks/{id}?applied={Uri.EscapeDataString(code)}");
        return await OnGetAsync(id, standings, ct);
    }

    private async Task<IReadOnlyList<OpenCampaign>> OpenCampaignsAsync(RegionTree tree, ScopeTarget park, CancellationToken ct)
    {
        var user = AccessScope.From(User);
        if (Park?.CurrentRegionId is not { } region || !user.Holds(Permissions.SelectionApply)) return [];
        Applied = Request.Query.ContainsKey("applied");
        var (today, parkId) = (CircularPark.Time.ChinaTime.Today(db.Clock), Park.Id);
        var campaigns = await db.Campaigns.AsNoTracking()
            .Where(c => c.ApplicationClosesOn != null && c.ApplicationClosesOn >= today && (c.ApplicationOpensOn == null || c.ApplicationOpensOn <= today))
            .Select(c => new { c.Code, c.ScopeRegionId, c.ApplicationClosesOn, State = db.Participations.Where(p => p.CampaignId == c.Id && p.ParkId == parkId).Select(p => (CircularPark.Campaigns.ParticipationState?)p.State).FirstOrDefault() })
            .ToListAsync(ct);
        return campaigns.Where(c => tree.IsWithin(region, c.ScopeRegionId)
                && CircularPark.Reviews.Workflow.Table.Check(CircularPark.Reviews.WorkflowStep.Apply, c.State, user,
                    park with { CampaignScopePath = tree.PathOf(c.ScopeRegionId) }) == StepVerdict.Allowed)
            .Select(c => new OpenCampaign(c.Code, c.ApplicationClosesOn, c.State)).ToList();
    }
}
