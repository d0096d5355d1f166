using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Exports;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Reviews;

/// <summary>
/// The published notice as docx in the layout of seed 000: the notice, Attachment 1 (序号 / 园区名称 / 属地) and
/// Attachment 2 (each park's latest public opinion). Null when there is no such campaign or it is not published yet.
/// </summary>
public sealed class BuildNotice(AppDbContext db)
{
    public async Task<byte[]?> ExecuteAsync(string campaignCode, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign?.NoticeNumber is null) return null;
        var lines = (await CampaignParks.LoadAsync(db, campaignCode, ct))!.Where(l => l.State == ParticipationState.Approved && l.Sequence is not null).ToList();
        var opinions = await db.ReviewOpinions.AsNoTracking().Include(o => o.Items)
            .Where(o => o.Participation!.CampaignId == campaign.Id && o.IsPublic).ToListAsync(ct);
        var participations = await db.Participations.AsNoTracking().Where(p => p.CampaignId == campaign.Id).ToDictionaryAsync(p => p.ParkId, p => p.Id, ct);
        var entries = lines.Select(l => new NoticeDocx.Entry(l.Sequence!.Value, l.Name, l.CityShortZh,
            opinions.Where(o => o.ParticipationId == participations[l.ParkId]).OrderByDescending(o => o.Round).FirstOrDefault())).ToList();
        return NoticeDocx.Build(campaign, entries);
    }
}
