using CircularPark.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Reviews;

/// <summary>
/// An expert on the panel that reviews one submitted version of a park's plan (one round). The panel of a round is
/// its assignments; one of them is the chair. The review is open until the chair compiles the opinion
/// (<see cref="ClosedAtUtc"/>); from then on the expert can no longer read the plan.
/// </summary>
public sealed class ReviewAssignment
{
    public int Id { get; set; }
    public int ParticipationId { get; set; }
    public Participation? Participation { get; set; }
    /// <summary>1 for the first review, +1 each time a revised plan goes back to the panel.</summary>
    public int Round { get; set; }
    public int PlanId { get; set; }
    /// <summary>The submitted plan version under review.</summary>
    public int PlanVersionNumber { get; set; }
    /// <summary>The expert's sign-in name.</summary>
    public required string ExpertUserName { get; set; }
    public string ExpertName { get; set; } = "";
    public string Organisation { get; set; } = "";
    public bool IsChair { get; set; }
    public DateTime AssignedAtUtc { get; set; }
    public required string AssignedBy { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }
    public string Comment { get; set; } = "";
    public DateTime? ClosedAtUtc { get; set; }
    public long Version { get; set; }
    public List<ChecklistScore> Scores { get; set; } = [];

    public bool IsOpen => ClosedAtUtc is null;
}

/// <summary>An expert's score (0 = serious problem … 2 = fine) and comment on one checklist item.</summary>
public sealed class ChecklistScore
{
    public required string ItemCode { get; set; }
    public int Score { get; set; }
    public string Comment { get; set; } = "";
}

internal sealed class ReviewAssignmentConfiguration : IEntityTypeConfiguration<ReviewAssignment>
{
    public void Configure(EntityTypeBuilder<ReviewAssignment> builder)
    {
        builder.HasIndex(a => new { a.ParticipationId, a.Round, a.ExpertUserName }).IsUnique();
        builder.HasIndex(a => a.ExpertUserName);
        builder.Property(a => a.ExpertUserName).HasMaxLength(256);
        builder.Property(a => a.ExpertName).HasMaxLength(200);
        builder.Property(a => a.Organisation).HasMaxLength(300);
        builder.Property(a => a.AssignedBy).HasMaxLength(256);
        builder.Property(a => a.Comment).HasMaxLength(4000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Participation).WithMany().HasForeignKey(a => a.ParticipationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Plans.ImplementationPlan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(a => a.Scores, s =>
        {
            s.ToTable("ChecklistScores");
            s.WithOwner().HasForeignKey("ReviewAssignmentId");
            s.HasKey("ReviewAssignmentId", nameof(ChecklistScore.ItemCode));
            s.Property(x => x.ItemCode).HasMaxLength(40);
            s.Property(x => x.Comment).HasMaxLength(2000);
        });
    }
}
