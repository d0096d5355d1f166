using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Localization;
using CircularPark.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reviews;

/// <summary>
/// The province publishes the list of approved parks under a notice number and date. The list's order (序号) is the
/// order given, or else the order of approval; the published notice and public opinions are then open to anyone.
/// </summary>
public sealed class PublishList(AppDbContext db)
{
    public async Task<Outcome<StepDone>> ExecuteAsync(string campaignCode, string noticeNumber, DateOnly issuedOn, IReadOnlyList<int>? order,
        AccessScope user, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return Failure.NotFound(Text.Get("Rule.campaign", campaignCode));
        if (!await CampaignOwner.IsOwnerAsync(db, campaign, user, ct))
            return Failure.Forbidden;
        if (string.IsNullOrWhiteSpace(noticeNumber)) return Failure.Invalid("noticeNumber", "Plan.Required", "文号", "Notice number");
        var approved = await db.Participations.Include(p => p.History)
            .Where(p => p.CampaignId == campaign.Id && p.State == ParticipationState.Approved).ToListAsync(ct);
        if (approved.Count == 0) return Failure.Conflict("Selection.NothingApproved");
        var ranked = order is { Count: > 0 }
            ? order.Select(id => approved.FirstOrDefault(p => p.ParkId == id)).ToList()
            : approved.OrderBy(p => Participation.InEffectOrder(p.History).Last(h => h.To == ParticipationState.Approved) is var h ? (h.EffectiveOn, h.AtUtc) : default).ThenBy(p => p.Id).ToList<Participation?>();
        if (ranked.Any(p => p is null) || ranked.Count != approved.Count) return Failure.Invalid("order", "Selection.Order", approved.Count);
        for (var i = 0; i < ranked.Count; i++) ranked[i]!.Sequence = i + 1;
        campaign.NoticeNumber = noticeNumber.Trim();
        campaign.NoticeIssuedOn = issuedOn;
        await db.SaveChangesAsync(ct);
        return new StepDone(null, campaign.Id);
    }
}
