using System.Globalization;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Inputs;
using CircularPark.Localization;
using CircularPark.Outcomes;
using CircularPark.Regions;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Campaigns;

/// <summary>
/// The facts of a campaign its owner may correct: title, document number, scope, dates, the published notice and the
/// targets (null: unchanged). <see cref="Version"/> is the version the editor read.
/// </summary>
public sealed record CampaignChanges([SingleLine(300)] string? TitleZh, [SingleLine(300)] string? TitleEn, [SingleLine(100)] string? DocumentNumber,
    [SingleLine(12)] string? ScopeRegion, DateOnly? IssuedOn, DateOnly? ApplicationOpensOn, DateOnly? ApplicationClosesOn,
    DateOnly? RecommendationDueOn, DateOnly? ReviewDueOn, [SingleLine(100)] string? NoticeNumber, DateOnly? NoticeIssuedOn,
    IReadOnlyList<TargetSetup>? Targets, long Version);

/// <summary>
/// The campaign's owner (<see cref="CampaignOwner"/>, the same rule as set-up and publishing) changes its facts. A change
/// that would contradict what is recorded is refused (409) and nothing is written: a scope that no longer holds a
/// participating park (where it stood on the campaign's date), an application window that leaves out a recorded
/// application, a notice before the approval of a park it lists, a notice given or cleared other than by publishing.
/// Returns the new version.
/// </summary>
public sealed class EditCampaign(AppDbContext db)
{
    public async Task<Outcome<long>> ExecuteAsync(string code, CampaignChanges changes, AccessScope user, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.Include(c => c.Targets).SingleOrDefaultAsync(c => c.Code == code, ct);
        if (campaign is null) return Failure.NotFound("Rule.campaign", code);
        var regions = await db.RegionDirectoryAsync(ct);
        if (!CampaignOwner.IsOwner(regions.Tree, campaign, user)) return Failure.Forbidden;
        var asOf = changes.IssuedOn ?? db.Clock.Today();
        var errors = Check(changes);
        var scope = CampaignSetupLines.ReadScope(regions, changes.ScopeRegion, asOf, errors);
        if (errors.Count > 0) return Failure.Invalid(errors);
        if (!user.Allows(Permissions.CampaignOwn, ScopeTarget.Campaign(scope!.Path))) return Failure.Forbidden;
        if (changes.Version != campaign.Version) return Failure.Concurrent;
        if (await ContradictionAsync(campaign, changes, scope, asOf, regions, ct) is { } refused) return refused;
        Apply(campaign, changes, scope);
        db.Entry(campaign).Property(c => c.Version).OriginalValue = changes.Version;
        db.Entry(campaign).Property(c => c.Version).IsModified = true;
        return await db.TrySaveChangesAsync(() => campaign.Version, ct);
    }

    private static Dictionary<string, Bilingual> Check(CampaignChanges c)
    {
        var errors = new Dictionary<string, Bilingual>();
        CampaignSetupLines.CheckCall(c.TitleZh, c.ApplicationOpensOn, c.ApplicationClosesOn, c.Targets ?? [], errors);
        foreach (var (field, zh, en, value, max) in new[]
                 {
                     ("titleZh", "标题", "Title", c.TitleZh, 300), ("titleEn", "英文标题", "Title (English)", c.TitleEn, 300),
                     ("documentNumber", "文号", "Document number", c.DocumentNumber, 100), ("noticeNumber", "公布文号", "Notice number", c.NoticeNumber, 100),
                 })
        {
            var text = value?.Trim() ?? "";
            if (text.Length > max) errors.TryAdd(field, Text.Get("Rule.too-long", zh, en, max));
            else if (TextRules.FirstForbidden(text, TextKind.SingleLine) is var at and >= 0) errors.TryAdd(field, Text.Get("Rule.line-text", zh, en, TextRules.CodePoint(text[at])));
        }
        return errors;
    }

    private async Task<Failure?> ContradictionAsync(Campaign campaign, CampaignChanges c, Region scope, DateOnly asOf, RegionDirectory regions, CancellationToken ct)
    {
        var parks = await db.Participations.AsNoTracking().AsSplitQuery().Where(p => p.CampaignId == campaign.Id)
            .Select(p => new { p.Park!.Name, p.Park.Memberships, p.Sequence, p.History }).ToListAsync(ct);
        if (scope.Id != campaign.ScopeRegionId || c.IssuedOn != campaign.IssuedOn)
            foreach (var park in parks)
            {
                var region = regions.Find(GetCampaignSummary.RegionOn(park.Memberships, asOf))!;
                if (!RegionDirectory.IsWithin(region, scope))
                    return Failure.Conflict("Campaign.ScopeExcludesPark", scope.NameZh, park.Name, Day(asOf), regions.FullName(region), scope.NameEn, regions.FullName(region, english: true));
            }
        var applied = parks.SelectMany(p => p.History.Where(h => h.To == ParticipationState.Applied).Select(h => (p.Name, h.EffectiveOn))).ToList();
        if (applied.FirstOrDefault(a => a.EffectiveOn < c.ApplicationOpensOn || a.EffectiveOn > c.ApplicationClosesOn) is { Name: not null } outside)
            return Failure.Conflict("Campaign.WindowExcludesApplication", Day(c.ApplicationOpensOn), Day(c.ApplicationClosesOn), outside.Name, Day(outside.EffectiveOn));
        var noticeGiven = !string.IsNullOrWhiteSpace(c.NoticeNumber) || c.NoticeIssuedOn is not null;
        if (campaign.NoticeNumber is null) return noticeGiven ? Failure.Conflict("Campaign.NoticeNotPublished", campaign.Code) : null;
        if (string.IsNullOrWhiteSpace(c.NoticeNumber) || c.NoticeIssuedOn is not { } noticeOn) return Failure.Conflict("Campaign.NoticeRequired", campaign.NoticeNumber);
        var approvals = parks.Where(p => p.Sequence is not null)
            .SelectMany(p => p.History.Where(h => h.To == ParticipationState.Approved).Select(h => (p.Name, h.EffectiveOn))).ToList();
        return approvals.FirstOrDefault(a => a.EffectiveOn > noticeOn) is { Name: not null } later
            ? Failure.Conflict("Campaign.NoticeBeforeApproval", Day(noticeOn), later.Name, Day(later.EffectiveOn)) : null;
    }

    private static void Apply(Campaign campaign, CampaignChanges c, Region scope)
    {
        (campaign.TitleZh, campaign.TitleEn, campaign.DocumentNumber) = (c.TitleZh!.Trim(), c.TitleEn?.Trim() ?? "", c.DocumentNumber?.Trim() ?? "");
        (campaign.ScopeRegionId, campaign.IssuerLevel, campaign.IssuedOn) = (scope.Id, scope.Level, c.IssuedOn);
        (campaign.ApplicationOpensOn, campaign.ApplicationClosesOn) = (c.ApplicationOpensOn, c.ApplicationClosesOn);
        (campaign.RecommendationDueOn, campaign.ReviewDueOn) = (c.RecommendationDueOn, c.ReviewDueOn);
        if (campaign.NoticeNumber is not null) (campaign.NoticeNumber, campaign.NoticeIssuedOn) = (c.NoticeNumber!.Trim(), c.NoticeIssuedOn);
        if (c.Targets is not { } targets) return;
        campaign.Targets.Clear();
        campaign.Targets.AddRange(targets.Select(CampaignSetupLines.Target));
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}
