using CircularPark.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Funds;

/// <summary>
/// Bank credit (银行贷款) granted to a key project: a source of its funding without a grant lifecycle (no review, award,
/// tranches or settlement; Shandong 004 三(二) asks banks for credit to key projects). It may count against a programme
/// of source <see cref="FundSource.BankLoan"/> (a credit line), whose budget it then may not exceed.
/// </summary>
public sealed class FundCredit
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public int PlanId { get; set; }
    public required string ProjectKey { get; set; }
    public required string ProjectName { get; set; }
    public ProjectClass Class { get; set; }
    public int? ProgrammeId { get; set; }
    public required string Bank { get; set; }
    public decimal Amount { get; set; }
    public required string ContractNumber { get; set; }
    /// <summary>The day the loan contract was signed.</summary>
    public DateOnly EffectiveOn { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}

internal sealed class FundCreditConfiguration : IEntityTypeConfiguration<FundCredit>
{
    public void Configure(EntityTypeBuilder<FundCredit> builder)
    {
        builder.HasIndex(c => new { c.ParkId, c.ContractNumber }).IsUnique();
        builder.Property(c => c.ProjectKey).HasMaxLength(20);
        builder.Property(c => c.ProjectName).HasMaxLength(300);
        builder.Property(c => c.Bank).HasMaxLength(200);
        builder.Property(c => c.ContractNumber).HasMaxLength(100);
        builder.Property(c => c.RecordedBy).HasMaxLength(200);
        builder.Property(c => c.Amount).HasPrecision(18, 2);
        builder.HasOne<Parks.Park>().WithMany().HasForeignKey(c => c.ParkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ImplementationPlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FundProgramme>().WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
    }
}
