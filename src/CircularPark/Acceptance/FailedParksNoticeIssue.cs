using CircularPark.Campaigns;
using CircularPark.Data;
using CircularPark.Identity;
using CircularPark.Outcomes;
using CircularPark.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Acceptance;

/// <summary>
/// A notice of failed parks (通报) as the province issued it (ADR 0079): its document number and the date it took effect,
/// and the parks it lists as they stood on that date (frozen, so a later acceptance or a moved clock never rewrites an
/// issued document). Recorded by the campaign's owner; the Word file is dated by <see cref="IssuedOn"/>, never by the day it is generated.
/// </summary>
public sealed class FailedParksNoticeIssue
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public required string Number { get; set; }
    public DateOnly IssuedOn { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    public List<FailedParksNoticeLine> Lines { get; set; } = [];
}

/// <summary>One park of an issued notice, as printed: name, city (short), the reason, and the deadline it missed.</summary>
public sealed class FailedParksNoticeLine
{
    public int Sequence { get; set; }
    public int ParkId { get; set; }
    public required string Park { get; set; }
    public required string CityShortZh { get; set; }
    public required string ReasonZh { get; set; }
    public DateOnly? DueOn { get; set; }
}

internal sealed class FailedParksNoticeIssueConfiguration : IEntityTypeConfiguration<FailedParksNoticeIssue>
{
    public void Configure(EntityTypeBuilder<FailedParksNoticeIssue> builder)
    {
        builder.HasIndex(n => new { n.CampaignId, n.Number }).IsUnique();
        builder.Property(n => n.Number).HasMaxLength(100);
        builder.Property(n => n.RecordedBy).HasMaxLength(200);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(n => n.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(n => n.Lines, line =>
        {
            line.ToTable("FailedParksNoticeLines");
            line.WithOwner().HasForeignKey("NoticeId");
            line.HasKey("NoticeId", nameof(FailedParksNoticeLine.Sequence));
            line.Property(l => l.Park).HasMaxLength(200);
            line.Property(l => l.CityShortZh).HasMaxLength(100);
            line.Property(l => l.ReasonZh).HasMaxLength(300);
        });
    }
}

/// <summary>An issued notice as the API lists it.</summary>
public sealed record IssuedNoticeView(int Id, string Number, DateOnly IssuedOn, IReadOnlyList<FailedParksNoticeLine> Lines);

/// <summary>The notice's number and date as the province gives them.</summary>
public sealed record NoticeIssueInput(string? Number, DateOnly? IssuedOn);

/// <summary>
/// The province issues the notice of failed parks: with its number and date, it lists every park that had failed by that
/// date (missed its deadline, or graded below pass in the product) and is not in an earlier notice of the campaign nor
/// failed by a result published before the product was used (which has its own notice). Nothing to list is a 409.
/// </summary>
public sealed class IssueFailedParksNotice(AppDbContext db, GetAcceptanceResults results)
{
    public async Task<Outcome<IssuedNoticeView>> ExecuteAsync(string campaignCode, NoticeIssueInput input, AccessScope user, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return Failure.NotFound("Rule.campaign", campaignCode);
        if (!await CampaignOwner.IsOwnerAsync(db, campaign, user, ct)) return Failure.Forbidden;
        var number = input.Number?.Trim() ?? "";
        if (number.Length is 0 or > 100) return Failure.Invalid("number", "FailedNotice.Number");
        if (input.IssuedOn is not { } on) return Failure.Invalid("issuedOn", "FailedNotice.IssuedOn");
        var today = db.Clock.Today();
        if (on > today) return Failure.Invalid("issuedOn", "EffectiveOn.Future", Day(on), Day(today));
        if (await db.FailedParksNotices.AnyAsync(n => n.CampaignId == campaign.Id && n.Number == number, ct))
            return Failure.Conflict("FailedNotice.Exists", number);
        var lines = await PendingAsync(campaign, on, ct);
        if (lines.Count == 0) return Failure.Conflict("FailedNotice.Empty", Day(on));
        var notice = new FailedParksNoticeIssue
        {
            CampaignId = campaign.Id, Number = number, IssuedOn = on, RecordedBy = user.Name, RecordedAtUtc = db.Clock.GetUtcNow().UtcDateTime, Lines = lines,
        };
        db.FailedParksNotices.Add(notice);
        return await db.TrySaveChangesAsync(() => new IssuedNoticeView(notice.Id, number, on, lines), ct);
    }

    /// <summary>The parks a notice dated <paramref name="on"/> would list: failed by then, not yet notified.</summary>
    public async Task<List<FailedParksNoticeLine>> PendingAsync(Campaign campaign, DateOnly on, CancellationToken ct)
    {
        var view = (await results.ExecuteAsync(campaign.Code, on, ct))!;
        var notified = await db.FailedParksNotices.Where(n => n.CampaignId == campaign.Id).SelectMany(n => n.Lines.Select(l => l.ParkId)).ToListAsync(ct);
        return view.Failed.Where(r => !r.Published && !notified.Contains(r.ParkId))
            .Select((r, i) => new FailedParksNoticeLine
            {
                Sequence = i + 1, ParkId = r.ParkId, Park = r.Park, CityShortZh = r.CityShortZh, ReasonZh = FailedParksNotice.Reason(r).Zh, DueOn = r.DueOn,
            }).ToList();
    }

    private static string Day(DateOnly day) => SubmitAcceptance.Day(day);
}

/// <summary>
/// Which notice the Word file is (ADR 0079): an issued one by id; otherwise the current one — a draft (草稿, no number or date)
/// of the parks that failed and are not yet notified, else the latest issued notice, else the notice published before the
/// product was used when every failed park comes from it (ADR 0074), else an empty draft.
/// </summary>
public sealed class GetFailedParksNotice(AppDbContext db, GetAcceptanceResults results, IssueFailedParksNotice issue)
{
    public async Task<FailedNoticeDocument?> ExecuteAsync(string campaignCode, int? noticeId, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return null;
        var issued = await db.FailedParksNotices.AsNoTracking().Where(n => n.CampaignId == campaign.Id)
            .OrderByDescending(n => n.IssuedOn).ThenByDescending(n => n.Id).ToListAsync(ct);
        if (noticeId is { } id)
            return issued.FirstOrDefault(n => n.Id == id) is { } one ? FailedNoticeDocument.Issued(campaign.TitleZh, one) : null;
        var today = db.Clock.Today();
        var pending = await issue.PendingAsync(campaign, today, ct);
        if (pending.Count > 0 || issued.Count == 0 && (await results.ExecuteAsync(campaignCode, ct: ct))!.PublishedNotice is null)
            return FailedNoticeDocument.Draft(campaign.TitleZh, pending);
        if (issued.Count > 0) return FailedNoticeDocument.Issued(campaign.TitleZh, issued[0]);
        var view = (await results.ExecuteAsync(campaignCode, ct: ct))!;
        var (number, on) = view.PublishedNotice!.Value;
        return new FailedNoticeDocument(campaign.TitleZh, number, on, view.Failed.Select((r, i) =>
            new FailedParksNoticeLine { Sequence = i + 1, ParkId = r.ParkId, Park = r.Park, CityShortZh = r.CityShortZh, ReasonZh = FailedParksNotice.Reason(r).Zh, DueOn = r.DueOn }).ToList());
    }

    /// <summary>The campaign's issued notices, newest first (public: an issued notice is a published document).</summary>
    public async Task<IReadOnlyList<IssuedNoticeView>?> ListAsync(string campaignCode, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Code == campaignCode, ct);
        if (campaign is null) return null;
        return (await db.FailedParksNotices.AsNoTracking().Where(n => n.CampaignId == campaign.Id).ToListAsync(ct))
            .OrderByDescending(n => n.IssuedOn).ThenByDescending(n => n.Id)
            .Select(n => new IssuedNoticeView(n.Id, n.Number, n.IssuedOn, n.Lines.OrderBy(l => l.Sequence).ToList())).ToList();
    }
}

/// <summary>What the Word notice prints: a draft has neither number nor date.</summary>
public sealed record FailedNoticeDocument(string CampaignZh, string? Number, DateOnly? IssuedOn, IReadOnlyList<FailedParksNoticeLine> Lines)
{
    public bool IsDraft => IssuedOn is null;

    public static FailedNoticeDocument Draft(string campaignZh, IReadOnlyList<FailedParksNoticeLine> lines) => new(campaignZh, null, null, lines);

    public static FailedNoticeDocument Issued(string campaignZh, FailedParksNoticeIssue notice) =>
        new(campaignZh, notice.Number, notice.IssuedOn, notice.Lines.OrderBy(l => l.Sequence).ToList());
}
