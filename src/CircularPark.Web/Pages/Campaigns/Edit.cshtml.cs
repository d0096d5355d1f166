using System.Globalization;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Web.Pages.Selection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Campaigns;

/// <summary>The campaign's owner corrects its title, document number, scope, dates, notice and targets (<see cref="EditCampaign"/>).</summary>
[Authorize]
public sealed class EditModel(EditCampaign edit, AppDbContext db) : PageModel
{
    [BindProperty] public CampaignForm Form { get; set; } = new();
    public string Code { get; private set; } = "";
    public bool Published { get; private set; }
    public string? Message { get; private set; }
    private IReadOnlyDictionary<string, Bilingual> _errors = new Dictionary<string, Bilingual>();

    public string? Error(string field) => _errors.TryGetValue(field, out var e) ? e.In(CultureInfo.CurrentUICulture) : null;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Targets).Include(c => c.ScopeRegion).SingleOrDefaultAsync(c => c.Code == code, ct);
        if (campaign is null) return NotFound();
        if (!await CampaignOwner.IsOwnerAsync(db, campaign, AccessScope.From(User), ct)) return Forbid();
        (Code, Published, Form) = (campaign.Code, campaign.NoticeNumber is not null, CampaignForm.Of(campaign));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        (Code, Published) = (code, await db.Campaigns.AnyAsync(c => c.Code == code && c.NoticeNumber != null, ct));
        var outcome = await edit.ExecuteAsync(code, Form.ToChanges(), AccessScope.From(User), ct);
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok: return Redirect($"/campaigns/{code}");
            case OutcomeKind.NotFound: return NotFound();
            case OutcomeKind.Forbidden: return Forbid();
            case OutcomeKind.Invalid: _errors = outcome.Failure!.Errors!; return Page();
            default:
                Message = outcome.Failure!.Explain(Bilingual.IsEnglish(CultureInfo.CurrentUICulture));
                return Page();
        }
    }
}

/// <summary>The change form: the campaign's facts, its targets and one empty line for another target.</summary>
public sealed class CampaignForm
{
    public string? TitleZh { get; set; }
    public string? TitleEn { get; set; }
    public string? DocumentNumber { get; set; }
    public string? ScopeRegion { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ApplicationOpensOn { get; set; }
    public DateOnly? ApplicationClosesOn { get; set; }
    public DateOnly? RecommendationDueOn { get; set; }
    public DateOnly? ReviewDueOn { get; set; }
    public string? NoticeNumber { get; set; }
    public DateOnly? NoticeIssuedOn { get; set; }
    public List<TargetLine> Targets { get; set; } = [];
    public long Version { get; set; }

    public static CampaignForm Of(Campaign c) => new()
    {
        TitleZh = c.TitleZh, TitleEn = c.TitleEn, DocumentNumber = c.DocumentNumber, ScopeRegion = c.ScopeRegion!.Code, IssuedOn = c.IssuedOn,
        ApplicationOpensOn = c.ApplicationOpensOn, ApplicationClosesOn = c.ApplicationClosesOn, RecommendationDueOn = c.RecommendationDueOn,
        ReviewDueOn = c.ReviewDueOn, NoticeNumber = c.NoticeNumber, NoticeIssuedOn = c.NoticeIssuedOn,
        Targets = [.. c.Targets.OrderBy(t => t.Id).Select(TargetLine.Of), new TargetLine()], Version = c.Version,
    };

    public CampaignChanges ToChanges() => new(TitleZh, TitleEn, DocumentNumber, ScopeRegion, IssuedOn, ApplicationOpensOn, ApplicationClosesOn,
        RecommendationDueOn, ReviewDueOn, NoticeNumber, NoticeIssuedOn, TargetLine.Read(Targets), Version);
}
