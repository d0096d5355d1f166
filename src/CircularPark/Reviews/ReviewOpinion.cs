using CircularPark.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Reviews;

/// <summary>The conclusion of an expert panel on an implementation plan.</summary>
public enum ReviewConclusion
{
    Pass = 1,
    PassAfterRevision = 2,
    Fail = 3,
}

/// <summary>
/// An expert review opinion (专家评审意见) on a park's implementation plan: overall evaluation (总体评价) and
/// numbered problems or suggestions (问题或建议), as the opinions of seed 000 are laid out.
/// </summary>
public sealed class ReviewOpinion
{
    public int Id { get; set; }
    public int ParticipationId { get; set; }
    public Participation? Participation { get; set; }
    /// <summary>The plan's title as the opinion cites it, without 《》.</summary>
    public required string PlanTitle { get; set; }
    /// <summary>The notice under which the review was organised, e.g. 《…的通知》（粤工信节能函〔2020〕172 号）.</summary>
    public string CallDocument { get; set; } = "";
    public string Organiser { get; set; } = "";
    public required string OverallEvaluation { get; set; }
    public ReviewConclusion Conclusion { get; set; }
    /// <summary>False when the source lists a single unnumbered paragraph.</summary>
    public bool ItemsNumbered { get; set; } = true;
    public bool IsPublic { get; set; }

    /// <summary>
    /// Anyone may read the opinion: the panel made it public and the province has decided (the park's state is public,
    /// <see cref="Campaigns.Participation.IsPublicState"/>); until then a "fail" stays with those whose scope covers the park.
    /// Needs <see cref="Participation"/> loaded.
    /// </summary>
    public bool IsOpenToAll => IsPublic && Participation is { } p && Campaigns.Participation.IsPublicState(p.State);
    /// <summary>The review round (1 = first review; a revision reviewed again is the next round). Earlier rounds are kept.</summary>
    public int Round { get; set; } = 1;
    /// <summary>The plan version reviewed, when the opinion was compiled on the platform.</summary>
    public int? PlanVersionNumber { get; set; }
    public string? CompiledBy { get; set; }
    public DateTime? CompiledAtUtc { get; set; }
    public long Version { get; set; }
    public List<OpinionItem> Items { get; set; } = [];
}

/// <summary>One numbered problem or suggestion.</summary>
public sealed class OpinionItem
{
    public int Id { get; set; }
    public int OpinionId { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }
}

internal sealed class ReviewOpinionConfiguration :
    IEntityTypeConfiguration<ReviewOpinion>, IEntityTypeConfiguration<OpinionItem>
{
    public void Configure(EntityTypeBuilder<ReviewOpinion> builder)
    {
        builder.Property(o => o.PlanTitle).HasMaxLength(300);
        builder.Property(o => o.CallDocument).HasMaxLength(500);
        builder.Property(o => o.Organiser).HasMaxLength(200);
        builder.Property(o => o.OverallEvaluation).HasMaxLength(4000);
        builder.Property(o => o.CompiledBy).HasMaxLength(256);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne(o => o.Participation).WithMany().HasForeignKey(o => o.ParticipationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Items).WithOne().HasForeignKey(i => i.OpinionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<OpinionItem> builder)
    {
        builder.Property(i => i.Text).HasMaxLength(2000);
        builder.HasIndex(i => new { i.OpinionId, i.Number }).IsUnique();
    }
}
