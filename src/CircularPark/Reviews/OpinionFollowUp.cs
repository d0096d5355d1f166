using CircularPark.Campaigns;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Reviews;

/// <summary>Where one numbered item of an expert opinion stands in its follow-up (专家意见整改落实, ADR 0078).</summary>
public enum FollowUpState
{
    /// <summary>待整改: the park has not answered yet.</summary>
    Open = 1,
    /// <summary>已答复: the park said what it changed; the city has to confirm or return it.</summary>
    Answered = 2,
    /// <summary>已确认: the city confirmed the answer.</summary>
    Confirmed = 3,
    /// <summary>退回: the city returned the answer with a reason; the park answers again.</summary>
    Returned = 4,
}

/// <summary>A step of an item's follow-up. The API and the pages name it in lower case ("answer", "confirm", "return").</summary>
public enum FollowUpStep
{
    /// <summary>The park answers: what it changed, and the plan version that carries the change.</summary>
    Answer = 1,
    /// <summary>The city confirms the latest answer.</summary>
    Confirm = 2,
    /// <summary>The city returns the latest answer with a reason.</summary>
    Return = 3,
}

/// <summary>
/// The follow-up of one numbered problem or suggestion (<see cref="OpinionItem"/>): its state and every answer and decision,
/// in the order they were recorded. Created with the park's first answer; an item without one is <see cref="FollowUpState.Open"/>.
/// Entries are never changed or removed: a returned answer stays beside the next one.
/// </summary>
public sealed class OpinionFollowUp
{
    public int Id { get; set; }
    public int OpinionItemId { get; set; }
    public FollowUpState State { get; set; } = FollowUpState.Open;
    public long Version { get; set; }
    public List<FollowUpEntry> Entries { get; set; } = [];
}

/// <summary>One answer or decision, immutable once recorded.</summary>
public sealed class FollowUpEntry
{
    public int Id { get; set; }
    public int FollowUpId { get; set; }
    public FollowUpStep Step { get; set; }
    /// <summary>The answer (what the park changed), the reason of a return, or the city's note on a confirmation (may be empty).</summary>
    public string Text { get; set; } = "";
    /// <summary>The submitted plan version the answer cites; null when the park has no submitted version on the platform.</summary>
    public int? PlanVersionNumber { get; set; }
    public required string Actor { get; set; }
    /// <summary>When it was recorded (UTC); a follow-up step takes effect when it is taken.</summary>
    public DateTime AtUtc { get; set; }
}

/// <summary>
/// The step table of an item's follow-up (the shared <see cref="StepTable{TStep, TState}"/>): the park answers an open or
/// returned item; the city confirms or returns an answered one. Pure; the use cases judge the scope (campaign and park).
/// </summary>
public static class FollowUpFlow
{
    public static readonly StepTable<FollowUpStep, FollowUpState> Table = new(new Dictionary<FollowUpStep, StepRule<FollowUpState>>
    {
        [FollowUpStep.Answer] = new(Permissions.FollowUpAnswer, [FollowUpState.Open, FollowUpState.Returned], FollowUpState.Answered),
        [FollowUpStep.Confirm] = new(Permissions.FollowUpConfirm, [FollowUpState.Answered], FollowUpState.Confirmed),
        [FollowUpStep.Return] = new(Permissions.FollowUpConfirm, [FollowUpState.Answered], FollowUpState.Returned),
    });

    /// <summary>
    /// The park's states in which its opinion is followed up: approved (批准, with or without adjustments) and every state after
    /// it. Applications, reviews and rejections have nothing to follow up: the plan may still change, or it was refused.
    /// </summary>
    public static readonly IReadOnlyList<ParticipationState> States =
    [
        ParticipationState.Approved, ParticipationState.Implementing, ParticipationState.AcceptanceApplied, ParticipationState.DelayRequested,
        ParticipationState.AcceptanceReview, ParticipationState.Accepted, ParticipationState.Failed, ParticipationState.Demonstration,
    ];

    /// <summary>Whether a park in <paramref name="state"/> follows up the opinion that concluded <paramref name="conclusion"/> (a failed opinion is never followed up).</summary>
    public static bool Applies(ParticipationState state, ReviewConclusion conclusion) => States.Contains(state) && conclusion != ReviewConclusion.Fail;

    /// <summary>The step's name in the API and on pages.</summary>
    public static string Name(FollowUpStep step) => step.ToString().ToLowerInvariant();

    /// <summary>The step named <paramref name="name"/> ("answer", "confirm", "return"), or null.</summary>
    public static FollowUpStep? Parse(string? name) => Table.Steps.Cast<FollowUpStep?>().FirstOrDefault(s => Name(s!.Value) == name);
}

internal sealed class OpinionFollowUpConfiguration : IEntityTypeConfiguration<OpinionFollowUp>, IEntityTypeConfiguration<FollowUpEntry>
{
    public void Configure(EntityTypeBuilder<OpinionFollowUp> builder)
    {
        builder.HasIndex(f => f.OpinionItemId).IsUnique();
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasOne<OpinionItem>().WithMany().HasForeignKey(f => f.OpinionItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Entries).WithOne().HasForeignKey(e => e.FollowUpId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<FollowUpEntry> builder)
    {
        builder.Property(e => e.Text).HasMaxLength(4000);
        builder.Property(e => e.Actor).HasMaxLength(256);
    }
}
