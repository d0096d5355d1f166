using CircularPark.Engines.Funds;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Funds;

/// <summary>Where a programme's money comes from (issue 16; seeds 001, 003, 004). Values are stored; never renumber.</summary>
public enum FundSource
{
    /// <summary>中央预算内投资.</summary>
    CentralBudget = 1,
    /// <summary>省级专项资金.</summary>
    ProvincialSpecial = 2,
    /// <summary>节能专项资金.</summary>
    EnergySaving = 3,
    /// <summary>地方政府专项债券.</summary>
    SpecialBond = 4,
    /// <summary>银行贷款: credit to key projects (Shandong 004 三(二)); recorded as credits, without a grant lifecycle.</summary>
    BankLoan = 5,
    /// <summary>其他.</summary>
    Other = 6,
}

/// <summary>
/// A fund programme (资金计划) owned by a level (the nation, a province or a city: its region), with its budget, the
/// project sub-types it funds, its application window and its rules as data (<see cref="FundRules"/>). Money in 万元
/// with two places. <see cref="Committed"/> is the sum of what its projects hold (<see cref="FundLedger.Commitment"/>);
/// every award changes it under the <see cref="Version"/> token, so two awards at the same moment cannot both pass.
/// </summary>
public sealed class FundProgramme
{
    public int Id { get; set; }
    /// <summary>Stable code such as <c>gd-2024-sj</c>.</summary>
    public required string Code { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public int OwnerRegionId { get; set; }
    public Regions.Region? OwnerRegion { get; set; }
    public FundSource Source { get; set; }
    public int Year { get; set; }
    /// <summary>The notice that sets up the programme (e.g. 粤财工〔2024〕12 号), if any.</summary>
    public string DocumentNumber { get; set; } = "";
    public decimal Budget { get; set; }
    public decimal Committed { get; set; }
    public DateOnly? ApplicationOpensOn { get; set; }
    public DateOnly? ApplicationClosesOn { get; set; }
    public decimal EligibleShare { get; set; }
    public decimal? CapPerProject { get; set; }
    public decimal? CapPerPark { get; set; }
    public decimal DemonstrationBonus { get; set; }
    public decimal GreenBonus { get; set; }
    public decimal RecoveryShare { get; set; }
    public int RecoveryDays { get; set; }
    public long Version { get; set; }
    public List<FundTranche> Tranches { get; set; } = [];
    public List<FundEligibility> Eligible { get; set; } = [];

    /// <summary>Remaining budget: what no project holds yet.</summary>
    public decimal Remaining => Budget - Committed;

    public FundRules Rules() => new(EligibleShare, CapPerProject, CapPerPark,
        Tranches.OrderBy(t => t.Number).Select(t => new Tranche(t.Share, t.Trigger)).ToList(), DemonstrationBonus, GreenBonus, RecoveryShare, RecoveryDays);

    public string Name(bool english) => english ? NameEn : NameZh;
}

/// <summary>One tranche of a programme's schedule (1-based number, share of the award, trigger).</summary>
public sealed class FundTranche
{
    public int Number { get; set; }
    public decimal Share { get; set; }
    public TrancheTrigger Trigger { get; set; }
}

/// <summary>A project sub-type the programme funds (<see cref="ProjectSubTypes"/>).</summary>
public sealed class FundEligibility
{
    public required string SubType { get; set; }
}

internal sealed class FundProgrammeConfiguration : IEntityTypeConfiguration<FundProgramme>
{
    public void Configure(EntityTypeBuilder<FundProgramme> builder)
    {
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Code).HasMaxLength(40);
        builder.Property(p => p.NameZh).HasMaxLength(200);
        builder.Property(p => p.NameEn).HasMaxLength(200);
        builder.Property(p => p.DocumentNumber).HasMaxLength(100);
        builder.Property(p => p.Version).IsConcurrencyToken();
        foreach (var money in new[] { nameof(FundProgramme.Budget), nameof(FundProgramme.Committed), nameof(FundProgramme.CapPerProject), nameof(FundProgramme.CapPerPark) })
            builder.Property(money).HasPrecision(18, 2);
        foreach (var share in new[] { nameof(FundProgramme.EligibleShare), nameof(FundProgramme.DemonstrationBonus), nameof(FundProgramme.GreenBonus), nameof(FundProgramme.RecoveryShare) })
            builder.Property(share).HasPrecision(9, 6);
        builder.HasOne(p => p.OwnerRegion).WithMany().HasForeignKey(p => p.OwnerRegionId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(p => p.Tranches, t =>
        {
            t.ToTable("FundTranches");
            t.WithOwner().HasForeignKey("ProgrammeId");
            t.HasKey("ProgrammeId", nameof(FundTranche.Number));
            t.Property(x => x.Share).HasPrecision(9, 6);
        });
        builder.OwnsMany(p => p.Eligible, e =>
        {
            e.ToTable("FundEligibleSubTypes");
            e.WithOwner().HasForeignKey("ProgrammeId");
            e.HasKey("ProgrammeId", nameof(FundEligibility.SubType));
            e.Property(x => x.SubType).HasMaxLength(40);
        });
    }
}
