using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Acceptance;

/// <summary>
/// An acceptance result a province published before the product was used (ADR 0074): the notice (通报) or filing (备案)
/// states the grade, its document number (文号) and its date, and usually no score. The park counts as accepted or failed
/// from <see cref="NoticeOn"/>. There is no application, plan or review behind it; nothing is invented for them.
/// </summary>
public sealed class PublishedAcceptanceResult
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int ParkId { get; set; }
    /// <summary>Grade code (<see cref="PublishedGrades"/>): excellent, good, medium, pass, fail, passed, notpassed.</summary>
    public required string Grade { get; set; }
    /// <summary>Derived from <see cref="Grade"/>: 不合格 and 不通过 fail, every other grade passes.</summary>
    public bool Passed { get; set; }
    /// <summary>The score only when the document states one (0 to the campaign scale's maximum); never computed.</summary>
    public double? Score { get; set; }
    /// <summary>The document number (文号), e.g. 粤工信节能函〔2020〕123号.</summary>
    public required string NoticeNumber { get; set; }
    /// <summary>The document's date (China calendar): the result takes effect on it.</summary>
    public DateOnly NoticeOn { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    /// <summary>The file it was imported from; null when recorded one park at a time.</summary>
    public string? SourceFile { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// The grades a published result may state: the four-grade scheme (优秀/良好/合格/不合格, with 中等 for scales that
/// have it) and the two-grade scheme (通过/不通过). Matched by Chinese label or English code, case and spaces ignored.
/// </summary>
public static class PublishedGrades
{
    private static readonly (string Code, string Zh, bool Passes)[] All =
    [
        ("excellent", "优秀", true), ("good", "良好", true), ("medium", "中等", true), ("pass", "合格", true), ("fail", "不合格", false),
        ("passed", "通过", true), ("notpassed", "不通过", false),
    ];

    /// <summary>The Chinese labels in scheme order, for messages and the form.</summary>
    public static IReadOnlyList<string> Labels => All.Select(g => g.Zh).ToList();

    /// <summary>The grade's code and whether it passes; null when the text names no grade of either scheme.</summary>
    public static (string Code, bool Passes)? Parse(string? text)
    {
        var cell = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));
        foreach (var (code, zh, passes) in All)
            if (cell == zh || cell.Equals(code, StringComparison.OrdinalIgnoreCase) || cell.Equals(Grades.Label(code).En.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
                return (code, passes);
        return null;
    }
}

internal sealed class PublishedAcceptanceResultConfiguration : IEntityTypeConfiguration<PublishedAcceptanceResult>
{
    public void Configure(EntityTypeBuilder<PublishedAcceptanceResult> builder)
    {
        builder.HasIndex(r => new { r.CampaignId, r.ParkId }).IsUnique();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Grade).HasMaxLength(40);
        builder.Property(r => r.NoticeNumber).HasMaxLength(100);
        builder.Property(r => r.RecordedBy).HasMaxLength(200);
        builder.Property(r => r.SourceFile).HasMaxLength(260);
        builder.HasOne<Campaigns.Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Parks.Park>().WithMany().HasForeignKey(r => r.ParkId).OnDelete(DeleteBehavior.Cascade);
    }
}
