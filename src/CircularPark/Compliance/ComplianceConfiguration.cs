using CircularPark.Enterprises;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Compliance;

/// <summary>Lengths of the registers' texts (the inputs are checked against them).</summary>
public static class ComplianceLimits
{
    public const int Name = 200;
    public const int Number = 100;
    public const int Text = 4000;
}

internal sealed class ComplianceConfiguration :
    IEntityTypeConfiguration<CleanProductionAudit>, IEntityTypeConfiguration<EnergyInspection>, IEntityTypeConfiguration<PlanningEia>,
    IEntityTypeConfiguration<GreenDesignation>, IEntityTypeConfiguration<EnvironmentalReport>
{
    public void Configure(EntityTypeBuilder<CleanProductionAudit> builder)
    {
        Common(builder, "CleanProductionAudits");
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Auditor).HasMaxLength(ComplianceLimits.Name);
        builder.Property(a => a.Result).HasMaxLength(ComplianceLimits.Text);
        builder.HasIndex(a => new { a.ParkId, a.Year });
    }

    public void Configure(EntityTypeBuilder<EnergyInspection> builder)
    {
        Common(builder, "EnergyInspections");
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(i => i.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Inspector).HasMaxLength(ComplianceLimits.Name);
        builder.Property(i => i.Findings).HasMaxLength(ComplianceLimits.Text);
        builder.Property(i => i.ClosureNote).HasMaxLength(ComplianceLimits.Text);
        builder.HasIndex(i => new { i.ParkId, i.RectificationDueOn });
    }

    public void Configure(EntityTypeBuilder<PlanningEia> builder)
    {
        Common(builder, "PlanningEias");
        builder.Property(e => e.ReportTitle).HasMaxLength(ComplianceLimits.Name);
        builder.Property(e => e.ApprovalNumber).HasMaxLength(ComplianceLimits.Number);
        builder.Property(e => e.Note).HasMaxLength(ComplianceLimits.Text);
    }

    public void Configure(EntityTypeBuilder<GreenDesignation> builder)
    {
        Common(builder, "GreenDesignations");
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(g => g.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(g => g.DocumentNumber).HasMaxLength(ComplianceLimits.Number);
        builder.Property(g => g.ProductName).HasMaxLength(ComplianceLimits.Name);
    }

    public void Configure(EntityTypeBuilder<EnvironmentalReport> builder)
    {
        Common(builder, "EnvironmentalReports");
        builder.HasIndex(r => new { r.ParkId, r.Year }).IsUnique();
        builder.Property(r => r.Title).HasMaxLength(ComplianceLimits.Name);
        builder.Property(r => r.Summary).HasMaxLength(ComplianceLimits.Text);
    }

    private static void Common<T>(EntityTypeBuilder<T> builder, string table) where T : ComplianceRecord
    {
        builder.ToTable(table);
        builder.HasOne<Park>().WithMany().HasForeignKey(r => r.ParkId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.UpdatedBy).HasMaxLength(ComplianceLimits.Name);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
