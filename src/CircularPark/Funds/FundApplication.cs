using CircularPark.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Funds;

/// <summary>Where a project's funding stands in a programme. Values are stored; never renumber.</summary>
public enum FundStatus
{
    /// <summary>已申请: waiting for the city's review.</summary>
    Applied = 1,
    /// <summary>已退回: returned to the park with reasons; it may apply again.</summary>
    Returned = 2,
    /// <summary>已审核: the city reviewed and recommends it; waiting for the award.</summary>
    Reviewed = 3,
    /// <summary>未安排: the programme's owner declined it.</summary>
    Rejected = 4,
    /// <summary>已安排: awarded; tranches are paid as their triggers are reached.</summary>
    Awarded = 5,
    /// <summary>已核定: the investment was verified after audit and the award recomputed.</summary>
    Verified = 6,
    /// <summary>已结算: the park passed acceptance; the rest of the award is paid.</summary>
    Settled = 7,
    /// <summary>追回中: a recovery order is outstanding (failed acceptance, or paid above the award).</summary>
    RecoveryOrdered = 8,
    /// <summary>已追回: the recovery was paid back in full.</summary>
    Recovered = 9,
}

/// <summary>
/// A park's application for a key project of its approved plan (by the project's stable <see cref="ProjectKey"/>) to a
/// programme, and everything that follows: review, award, tranches paid, verified investment, settlement and recovery.
/// Each step is a <see cref="FundEvent"/> with who, when it was recorded, the document's date and number and the amount.
/// What was paid and paid back are the sums of those events; <see cref="Award"/> is the award in force.
/// </summary>
public sealed class FundApplication
{
    public int Id { get; set; }
    public int ProgrammeId { get; set; }
    public FundProgramme? Programme { get; set; }
    public int ParkId { get; set; }
    public int PlanId { get; set; }
    public required string ProjectKey { get; set; }
    public required string ProjectName { get; set; }
    public ProjectClass Class { get; set; }
    public required string SubType { get; set; }
    /// <summary>The project's total investment in the plan version applied from (万元).</summary>
    public decimal PlannedInvestment { get; set; }
    /// <summary>The part of the investment the programme's rules apply to (万元), at most the planned total.</summary>
    public decimal EligibleInvestment { get; set; }
    public decimal Requested { get; set; }
    /// <summary>The owner's green-manufacturing designation (绿色工厂…), if it claims one: earns the programme's green bonus.</summary>
    public string? GreenDesignation { get; set; }
    /// <summary>Whether the park was a demonstration park when the award was made (earns the demonstration bonus).</summary>
    public bool Demonstration { get; set; }
    public FundStatus Status { get; set; }
    public DateOnly AppliedOn { get; set; }
    /// <summary>The award in force (万元): as made, then as recomputed on the verified investment.</summary>
    public decimal Award { get; set; }
    public decimal? AwardAsMade { get; set; }
    public decimal? VerifiedInvestment { get; set; }
    /// <summary>What the settlement ordered to be paid back, and by when.</summary>
    public decimal RecoveryOrdered { get; set; }
    public DateOnly? RecoveryDueOn { get; set; }
    /// <summary>The acceptance result the settlement followed (null before settlement).</summary>
    public bool? Passed { get; set; }
    public long Version { get; set; }
    public List<FundEvent> Events { get; set; } = [];

    public bool HasGreenDesignation => !string.IsNullOrWhiteSpace(GreenDesignation);

    public decimal Paid => Events.Where(e => e.Step == FundStep.Disburse).Sum(e => e.Amount ?? 0m);

    public decimal Repaid => Events.Where(e => e.Step == FundStep.Repay).Sum(e => e.Amount ?? 0m);

    /// <summary>Paid in each tranche, in the programme's order (index 0 = tranche 1).</summary>
    public IReadOnlyList<decimal> PaidByTranche(int tranches) =>
        Enumerable.Range(1, tranches).Select(n => Events.Where(e => e.Step == FundStep.Disburse && e.Tranche == n).Sum(e => e.Amount ?? 0m)).ToList();

    /// <summary>What the project holds of the programme's budget (<see cref="Engines.Funds.FundLedger.Commitment"/>).</summary>
    public decimal Commitment => Engines.Funds.FundLedger.Commitment(Award, Paid, Repaid, Passed == false);

    /// <summary>The effective date of the latest step: a later step may not be dated before it.</summary>
    public DateOnly LastEffectiveOn => Events.Count == 0 ? AppliedOn : Events.Max(e => e.EffectiveOn);
}

/// <summary>
/// One step of an application's history. <see cref="EffectiveOn"/> is the date the step took effect (the document's
/// date), <see cref="AtUtc"/> when it was recorded. <see cref="Amount"/> depends on the step: the award made, the sum
/// paid (in <see cref="Tranche"/>), the verified investment, the settlement's due payment or recovery, the sum paid back.
/// <see cref="AwardAfter"/> is the award in force after the step, so any past date's figures can be read back.
/// </summary>
public sealed class FundEvent
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public FundStep Step { get; set; }
    public required string Actor { get; set; }
    public DateTime AtUtc { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public string? DocumentNumber { get; set; }
    public decimal? Amount { get; set; }
    public int? Tranche { get; set; }
    public decimal AwardAfter { get; set; }
    public string Reason { get; set; } = "";
}

internal sealed class FundApplicationConfiguration : IEntityTypeConfiguration<FundApplication>, IEntityTypeConfiguration<FundEvent>
{
    public void Configure(EntityTypeBuilder<FundApplication> builder)
    {
        builder.HasIndex(a => new { a.ProgrammeId, a.ParkId, a.ProjectKey }).IsUnique();
        builder.HasIndex(a => a.ParkId);
        builder.Property(a => a.ProjectKey).HasMaxLength(20);
        builder.Property(a => a.ProjectName).HasMaxLength(300);
        builder.Property(a => a.SubType).HasMaxLength(40);
        builder.Property(a => a.GreenDesignation).HasMaxLength(300);
        builder.Property(a => a.Version).IsConcurrencyToken();
        foreach (var money in new[] { nameof(FundApplication.PlannedInvestment), nameof(FundApplication.EligibleInvestment), nameof(FundApplication.Requested),
                     nameof(FundApplication.Award), nameof(FundApplication.AwardAsMade), nameof(FundApplication.VerifiedInvestment), nameof(FundApplication.RecoveryOrdered) })
            builder.Property(money).HasPrecision(18, 2);
        builder.HasOne(a => a.Programme).WithMany().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Parks.Park>().WithMany().HasForeignKey(a => a.ParkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ImplementationPlan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.Paid);
        builder.Ignore(a => a.Repaid);
        builder.Ignore(a => a.Commitment);
        builder.Ignore(a => a.LastEffectiveOn);
        builder.Ignore(a => a.HasGreenDesignation);
    }

    public void Configure(EntityTypeBuilder<FundEvent> builder)
    {
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.Property(e => e.DocumentNumber).HasMaxLength(100);
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.Property(e => e.Amount).HasPrecision(18, 2);
        builder.Property(e => e.AwardAfter).HasPrecision(18, 2);
    }
}
