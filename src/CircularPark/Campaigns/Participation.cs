using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Campaigns;

/// <summary>Where a park stands in a campaign (domain.md §3). Values are stored; never renumber.</summary>
public enum ParticipationState
{
    /// <summary>列入计划: listed by a city promotion plan or provincial list, with a planned year.</summary>
    Listed = 1,
    /// <summary>已申报: the park applied voluntarily.</summary>
    Applied = 2,
    /// <summary>已推荐: the city recommended it after preliminary review.</summary>
    Recommended = 3,
    /// <summary>已退回: returned by the city with reasons.</summary>
    Returned = 4,
    /// <summary>方案已提交.</summary>
    PlanSubmitted = 5,
    /// <summary>专家评审中.</summary>
    UnderReview = 6,
    /// <summary>已批准: approved by the province and on the published list.</summary>
    Approved = 7,
    /// <summary>未通过: rejected.</summary>
    Rejected = 8,
    /// <summary>实施中.</summary>
    Implementing = 9,
    /// <summary>已申请验收.</summary>
    AcceptanceApplied = 10,
    /// <summary>已申请延期验收.</summary>
    DelayRequested = 11,
    /// <summary>验收评审中.</summary>
    AcceptanceReview = 12,
    /// <summary>通过验收.</summary>
    Accepted = 13,
    /// <summary>未通过验收 (publicly notified).</summary>
    Failed = 14,
    /// <summary>示范园区.</summary>
    Demonstration = 15,
}

/// <summary>A park's participation in a campaign: planned year, current state and the full history of changes.</summary>
public sealed class Participation
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public int ParkId { get; set; }
    public Park? Park { get; set; }
    /// <summary>Position in the source document's list (序号), when it has one.</summary>
    public int? Sequence { get; set; }
    public int? PlannedYear { get; set; }
    /// <summary>The city whose promotion plan (推进计划) lists the park, with <see cref="PlannedYear"/>; null when the park only applied.</summary>
    public int? ListedByRegionId { get; set; }
    public ParticipationState State { get; set; }
    public long Version { get; set; }
    public List<ParticipationStateChange> History { get; set; } = [];

    /// <summary>Completed the transformation (accepted or named a demonstration park).</summary>
    public static bool IsTransformed(ParticipationState state) =>
        state is ParticipationState.Accepted or ParticipationState.Demonstration;

    /// <summary>
    /// Whether anyone may see that a park is in this state: listed, approved and everything after. Applications,
    /// recommendations, returns, reviews and rejections are seen only by users whose scope covers the park.
    /// </summary>
    public static bool IsPublicState(ParticipationState state) => PublicStates.Contains(state);

    /// <summary>The states of <see cref="IsPublicState"/>, as a list a query can use.</summary>
    public static readonly IReadOnlyList<ParticipationState> PublicStates = Enum.GetValues<ParticipationState>()
        .Where(s => s is not (ParticipationState.Applied or ParticipationState.Recommended or ParticipationState.Returned
            or ParticipationState.PlanSubmitted or ParticipationState.UnderReview or ParticipationState.Rejected)).ToList();

    /// <summary>
    /// Moves to <paramref name="to"/> and records who recorded it when (<paramref name="atUtc"/>), why, and the date it took
    /// effect: <paramref name="effectiveOn"/> (the document's date when recorded after the fact), else the China date of
    /// <paramref name="atUtc"/> (recorded live).
    /// </summary>
    public void MoveTo(ParticipationState to, string actor, DateTime atUtc, string reason, DateOnly? effectiveOn = null)
    {
        History.Add(new ParticipationStateChange
        {
            From = History.Count == 0 ? null : State, To = to, Actor = actor, AtUtc = atUtc, Reason = reason,
            EffectiveOn = effectiveOn ?? Time.ChinaTime.DateOf(atUtc),
        });
        State = to;
    }

    /// <summary>The history in the order things took effect (ties in the order they were recorded).</summary>
    public static IEnumerable<ParticipationStateChange> InEffectOrder(IEnumerable<ParticipationStateChange> history) =>
        history.OrderBy(h => h.EffectiveOn).ThenBy(h => h.AtUtc).ThenBy(h => h.Id);

    /// <summary>The state in effect on <paramref name="day"/> by the history's effective dates, or null before its first change.</summary>
    public static ParticipationState? StateOn(IEnumerable<ParticipationStateChange> history, DateOnly day) =>
        InEffectOrder(history.Where(h => h.EffectiveOn <= day)).LastOrDefault()?.To;
}

/// <summary>One state change: nothing is deleted, so this is the participation's history.</summary>
public sealed class ParticipationStateChange
{
    public int Id { get; set; }
    public int ParticipationId { get; set; }
    public ParticipationState? From { get; set; }
    public ParticipationState To { get; set; }
    public required string Actor { get; set; }
    /// <summary>When the change was recorded (UTC).</summary>
    public DateTime AtUtc { get; set; }
    /// <summary>The date the change took effect (the document's date; China calendar), apart from when it was recorded.</summary>
    public DateOnly EffectiveOn { get; set; }
    public required string Reason { get; set; }
}

internal sealed class ParticipationConfiguration :
    IEntityTypeConfiguration<Participation>, IEntityTypeConfiguration<ParticipationStateChange>
{
    public void Configure(EntityTypeBuilder<Participation> builder)
    {
        builder.HasIndex(p => new { p.CampaignId, p.ParkId }).IsUnique();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Campaign).WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Park).WithMany().HasForeignKey(p => p.ParkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(p => p.ListedByRegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(h => h.ParticipationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ParticipationStateChange> builder)
    {
        builder.Property(h => h.Actor).HasMaxLength(200);
        builder.Property(h => h.Reason).HasMaxLength(1000);
    }
}
