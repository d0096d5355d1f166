using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Reviews;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Pages.Selection;

/// <summary>The published list and the opinions marked public: open to anyone, once the province has published.</summary>
public sealed class PublishedModel(AppDbContext db) : PageModel
{
    public Campaign? Campaign { get; private set; }
    public IReadOnlyList<CampaignParkDto> Parks { get; private set; } = [];
    public IReadOnlyList<OpinionView> Opinions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        Campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, ct);
        if (Campaign?.NoticeNumber is null) return NotFound();
        Parks = (await CampaignParks.LoadAsync(db, code, ct))!.Where(p => p.State == ParticipationState.Approved && p.Sequence is not null).ToList();
        var opinions = await db.ReviewOpinions.AsNoTracking().Include(o => o.Items).Include(o => o.Participation!.Park)
            .Where(o => o.IsPublic && o.Participation!.CampaignId == Campaign.Id && o.Participation.State == ParticipationState.Approved).ToListAsync(ct);
        Opinions = opinions.GroupBy(o => o.ParticipationId).Select(g => g.MaxBy(o => o.Round)!)
            .OrderBy(o => o.Participation!.Sequence).Select(OpinionView.From).ToList();
        return Page();
    }
}
