using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reviews;

/// <summary>
/// The campaign's owner (a province, ministry or admin user whose scope covers the campaign) replaces its review
/// checklist. Once a panel has been assigned, reviews score the checklist as it stands: changing it is a 409.
/// </summary>
public sealed class ChangeChecklist(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, IReadOnlyList<CampaignChecklistItem> items, AccessScope user, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.Include(c => c.Checklist).SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return Failure.NotFound(Localization.Text.Get("Rule.campaign", campaignCode));
        if (!await Campaigns.CampaignOwner.IsOwnerAsync(db, campaign, user, ct)) return Failure.Forbidden;
        var errors = ReviewChecklist.Check(items);
        if (errors.Count > 0) return Failure.Invalid(errors);
        if (await db.ReviewAssignments.AnyAsync(a => a.Participation!.CampaignId == campaign.Id, ct))
            return Failure.Conflict("Checklist.ReviewsStarted", campaign.Code);
        campaign.Checklist.Clear();
        campaign.Checklist.AddRange(ReviewChecklist.Normalise(items));
        await db.SaveChangesAsync(ct);
        return new StepDone(null, campaign.Id);
    }

}
