using CircularPark.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Data.Seed;

/// <summary>
/// Campaigns seeded before the seed carried what their sources give (data/seed/NOTES.md) get it: the published notice's
/// wording (粤工信节能函〔2020〕923号: addressees, basis, lead park, requirements, contact, 公开方式). Runs with the seed;
/// fills only parts still empty, so a later edit is never overwritten.
/// </summary>
internal static class CampaignSourceBackfill
{
    public static async Task<int> RunAsync(AppDbContext db, IReadOnlyList<CampaignSeed> seeds, CancellationToken ct)
    {
        var withNotice = seeds.Where(s => s.Notice is not null).ToDictionary(s => s.Code, s => s.Notice!.ToText(), StringComparer.Ordinal);
        var codes = withNotice.Keys.ToList();
        var campaigns = await db.Campaigns.Where(c => codes.Contains(c.Code)).ToListAsync(ct);
        var changed = campaigns.Count(c => FillNotice(c.Notice, withNotice[c.Code]));
        if (changed > 0) await db.SaveChangesAsync(ct);
        return changed;
    }

    private static bool FillNotice(NoticeText stored, NoticeText source)
    {
        var before = (stored.TitleZh, stored.AddresseesZh, stored.BasisZh, stored.LeadParkZh, stored.RequirementsZh, stored.ContactZh, stored.DisclosureZh);
        stored.TitleZh ??= source.TitleZh;
        stored.AddresseesZh ??= source.AddresseesZh;
        stored.BasisZh ??= source.BasisZh;
        stored.LeadParkZh ??= source.LeadParkZh;
        stored.RequirementsZh ??= source.RequirementsZh;
        stored.ContactZh ??= source.ContactZh;
        stored.DisclosureZh ??= source.DisclosureZh;
        return before != (stored.TitleZh, stored.AddresseesZh, stored.BasisZh, stored.LeadParkZh, stored.RequirementsZh, stored.ContactZh, stored.DisclosureZh);
    }
}
