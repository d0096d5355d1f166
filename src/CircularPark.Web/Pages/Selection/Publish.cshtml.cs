using System.Globalization;
using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using CircularPark.Time;

namespace CircularPark.Web.Pages.Selection;

/// <summary>The province sees the approved parks, publishes the list under a notice number and date, and downloads the notice.</summary>
[Authorize]
public sealed class PublishModel(AppDbContext db, PublishList publish) : PageModel
{
    public Campaign? Campaign { get; private set; }
    public IReadOnlyList<CampaignParkDto> Approved { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string code, string? noticeNumber, DateOnly? issuedOn, CancellationToken ct)
    {
        var result = await publish.ExecuteAsync(code, noticeNumber ?? "", issuedOn ?? db.Clock.Today(), null, AccessScope.From(User), ct);
        if (result.Kind == OutcomeKind.Forbidden) return Forbid();
        var culture = CultureInfo.CurrentUICulture;
        if (!result.IsOk)
            Message = PageOutcomes.Explain(result.Failure!);
        return await LoadAsync(code, ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct)
    {
        Campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct);
        if (Campaign is null) return NotFound();
        if (!await CampaignOwner.IsOwnerAsync(db, Campaign, AccessScope.From(User), ct)) return Forbid();
        Approved = (await CampaignParks.LoadAsync(db, code, ct))!.Where(p => p.State == ParticipationState.Approved).ToList();
        return null;
    }
}
