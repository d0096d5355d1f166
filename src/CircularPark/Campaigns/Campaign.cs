using CircularPark.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Campaigns;

/// <summary>Which main-task template a campaign's plans follow (domain.md §7).</summary>
public enum TaskTemplate
{
    /// <summary>The campaign's document sets no main tasks (鲁经信循〔2018〕336号, 粤工信节能函〔2020〕923号): none is prescribed.</summary>
    NotSet = 0,
    /// <summary>The national five main tasks (002).</summary>
    NationalFive = 1,
    /// <summary>Jiangsu's seven key tasks (003).</summary>
    JiangsuSeven = 2,
}

/// <summary>A campaign (批次 / 推进方案) run by a government body over a scope region.</summary>
public sealed class Campaign
{
    public int Id { get; set; }
    /// <summary>Stable code such as <c>sd-2018-336</c>.</summary>
    public required string Code { get; set; }
    public required string TitleZh { get; set; }
    public required string TitleEn { get; set; }
    public string DocumentNumber { get; set; } = "";

    /// <summary>How people name a campaign (issue 14): its 文号, else its title — never its code.</summary>
    public static string NameOf(string? documentNumber, string title) => documentNumber is { Length: > 0 } number ? number : title;
    public required string IssuingBodies { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public int ScopeRegionId { get; set; }
    public Region? ScopeRegion { get; set; }
    public RegionLevel IssuerLevel { get; set; }
    public TaskTemplate TaskTemplate { get; set; }
    public string GoalZh { get; set; } = "";
    public string GoalEn { get; set; } = "";
    /// <summary>Heading of the campaign's park list as the document prints it (e.g. 2020年广东省循环化改造试点园区名单).</summary>
    public string? ListTitleZh { get; set; }
    /// <summary>Heading of the summary table (e.g. 山东省园区循环化改造推进计划汇总表（2018-2020年）).</summary>
    public string? SummaryTitleZh { get; set; }
    /// <summary>Notes on the source (missing date, missing number, …) so a reader knows what was transcribed.</summary>
    public string? SourceNote { get; set; }
    /// <summary>Application window (申报时间) and the selection deadlines: data of the campaign, not code.</summary>
    public DateOnly? ApplicationOpensOn { get; set; }
    public DateOnly? ApplicationClosesOn { get; set; }
    public DateOnly? RecommendationDueOn { get; set; }
    public DateOnly? ReviewDueOn { get; set; }
    /// <summary>The body named in each opinion as organising the review (e.g. 省工业和信息化厅).</summary>
    public string ReviewOrganiser { get; set; } = "";
    /// <summary>Conflict-of-interest rule, configurable: experts also may not review parks of their own city.</summary>
    public bool ExcludeSameCityExperts { get; set; }
    /// <summary>Number and date of the notice that publishes the list (e.g. 粤工信节能函〔2020〕923 号, 2020-09-28); null until published.</summary>
    public string? NoticeNumber { get; set; }
    public DateOnly? NoticeIssuedOn { get; set; }
    /// <summary>The published notice's text as its source gives it (null: the generator's wording); see <see cref="NoticeText"/>.</summary>
    public NoticeText Notice { get; set; } = new();
    /// <summary>
    /// Share of each resource/environment target an indicator must reach before a park may apply for acceptance, where the
    /// campaign sets one (Jiangsu 2013: 90 %, 003 四（四）); null = the campaign sets none, and no indicator is judged by a share.
    /// </summary>
    public double? AcceptanceThreshold { get; set; }
    /// <summary>Whether the acceptance deadline is one date or each park's planned completion year (ADR 0079).</summary>
    public Acceptance.AcceptanceDeadlineRule AcceptanceDeadlineRule { get; set; }
    /// <summary>The lowest qualification grade of the consultancy that writes a park's plan, where the campaign sets one (Jiangsu 2013: 乙级以上).</summary>
    public Plans.ConsultancyGrade? MinimumConsultancyGrade { get; set; }
    public long Version { get; set; }
    public List<CampaignTarget> Targets { get; set; } = [];
    public List<CampaignRegionGroup> RegionGroups { get; set; } = [];
    public List<ReportRequirement> Reports { get; set; } = [];
    /// <summary>The campaign's review checklist, in order; empty for campaigns transcribed from documents (the default list applies).</summary>
    public List<Reviews.CampaignChecklistItem> Checklist { get; set; } = [];

    public string Title(bool english) => english ? TitleEn : TitleZh;
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.Property(c => c.TitleZh).HasMaxLength(300);
        builder.Property(c => c.TitleEn).HasMaxLength(300);
        builder.Property(c => c.DocumentNumber).HasMaxLength(100);
        builder.Property(c => c.IssuingBodies).HasMaxLength(500);
        builder.Property(c => c.GoalZh).HasMaxLength(2000);
        builder.Property(c => c.GoalEn).HasMaxLength(2000);
        builder.Property(c => c.SourceNote).HasMaxLength(1000);
        builder.Property(c => c.ListTitleZh).HasMaxLength(300);
        builder.Property(c => c.SummaryTitleZh).HasMaxLength(300);
        builder.Property(c => c.ReviewOrganiser).HasMaxLength(200);
        builder.Property(c => c.NoticeNumber).HasMaxLength(100);
        builder.ComplexProperty(c => c.Notice, notice =>
        {
            notice.Property(n => n.TitleZh).HasMaxLength(300);
            notice.Property(n => n.AddresseesZh).HasMaxLength(500);
            notice.Property(n => n.BasisZh).HasMaxLength(1000);
            notice.Property(n => n.LeadParkZh).HasMaxLength(200);
            notice.Property(n => n.RequirementsZh).HasMaxLength(4000);
            notice.Property(n => n.ContactZh).HasMaxLength(200);
            notice.Property(n => n.DisclosureZh).HasMaxLength(50);
        });
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.ScopeRegion).WithMany().HasForeignKey(c => c.ScopeRegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Targets).WithOne().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.RegionGroups).WithOne().HasForeignKey(g => g.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Reports).WithOne().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(c => c.Checklist, item =>
        {
            item.ToTable("CampaignChecklistItems");
            item.WithOwner().HasForeignKey("CampaignId");
            item.HasKey("CampaignId", nameof(Reviews.CampaignChecklistItem.Code));
            item.Property(i => i.Code).HasMaxLength(40);
            item.Property(i => i.LabelZh).HasMaxLength(200);
            item.Property(i => i.LabelEn).HasMaxLength(200);
        });
    }
}
