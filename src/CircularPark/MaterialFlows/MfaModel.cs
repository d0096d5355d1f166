using CircularPark.Engines.MaterialFlow;
using CircularPark.Parks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.MaterialFlows;

/// <summary>Which state of the park a material-flow model describes.</summary>
public enum Scenario
{
    /// <summary>改造前: the park before its circular transformation (the plan's baseline).</summary>
    Before = 1,

    /// <summary>改造后（规划）: the state the implementation plan aims at.</summary>
    PlannedAfter = 2,

    /// <summary>实际: the state measured during or after implementation.</summary>
    Actual = 3,
}

/// <summary>What a process of a park model is; <see cref="Boundary"/> is the outside (imports leave it, exports enter it).</summary>
public enum ProcessType
{
    Enterprise = 1,
    WastewaterPlant = 2,
    PowerHeatPlant = 3,
    Landfill = 4,
    Facility = 5,
    Boundary = 9,
}

/// <summary>A parameter of a layer: a process's stock change, or a transfer coefficient of a flow.</summary>
public enum ParameterType
{
    StockChange = 1,
    TransferCoefficient = 2,
}

/// <summary>
/// A park's material-flow model for one year and scenario: processes shared by its layers, and per layer the flows,
/// stock changes and transfer coefficients. The model is edited as a whole; <see cref="Version"/> is the concurrency
/// token of every edit of the model or anything in it. Nothing derived (reconciled values, indicators) is stored.
/// </summary>
public sealed class MfaModel
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public Park? Park { get; set; }
    public int Year { get; set; }
    public Scenario Scenario { get; set; }
    public required string Title { get; set; }
    public string? Note { get; set; }
    /// <summary>The park's value added in the year (万元), for resource productivity; optional.</summary>
    public double? ValueAdded { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public long Version { get; set; }
    public List<MfaLayer> Layers { get; set; } = [];
    public List<MfaProcess> Processes { get; set; } = [];
}

/// <summary>One layer (total mass, water, energy, carbon or a substance) in one unit, e.g. t/a.</summary>
public sealed class MfaLayer
{
    public int Id { get; set; }
    public int ModelId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public LayerKind Kind { get; set; }
    public required string Unit { get; set; }
    public List<MfaFlow> Flows { get; set; } = [];
    public List<MfaParameter> Parameters { get; set; } = [];
}

/// <summary>An enterprise, a park facility or the system boundary.</summary>
public sealed class MfaProcess
{
    public int Id { get; set; }
    public int ModelId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public ProcessType Type { get; set; }
    public string? Note { get; set; }
}

/// <summary>A flow of one layer between two processes; <see cref="Value"/> is in <see cref="Unit"/> (null when unknown).</summary>
public sealed class MfaFlow
{
    public int Id { get; set; }
    public int LayerId { get; set; }
    public MfaLayer? Layer { get; set; }
    public required string Code { get; set; }
    public string? Name { get; set; }
    public int FromId { get; set; }
    public MfaProcess? From { get; set; }
    public int ToId { get; set; }
    public MfaProcess? To { get; set; }
    public double? Value { get; set; }
    public required string Unit { get; set; }
    public double? StandardDeviation { get; set; }
    /// <summary>Standard deviation as a share of the value (0.05 = 5 %), used when no standard deviation is given.</summary>
    public double? RelativeUncertainty { get; set; }
    public QuantityStatus Status { get; set; }
    public FlowRoles Roles { get; set; }
    public string? Note { get; set; }
}

/// <summary>A stock change (of <see cref="Process"/>, in the layer's unit) or a transfer coefficient (of <see cref="Flow"/>, dimensionless).</summary>
public sealed class MfaParameter
{
    public int Id { get; set; }
    public int LayerId { get; set; }
    public MfaLayer? Layer { get; set; }
    public ParameterType Type { get; set; }
    public int? ProcessId { get; set; }
    public MfaProcess? Process { get; set; }
    public int? FlowId { get; set; }
    public MfaFlow? Flow { get; set; }
    public double? Value { get; set; }
    public double? StandardDeviation { get; set; }
    public double? RelativeUncertainty { get; set; }
    public QuantityStatus Status { get; set; }
    public string? Note { get; set; }
}

internal sealed class MfaModelConfiguration : IEntityTypeConfiguration<MfaModel>
{
    public void Configure(EntityTypeBuilder<MfaModel> builder)
    {
        builder.HasOne(m => m.Park).WithMany().HasForeignKey(m => m.ParkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ParkId, m.Year, m.Scenario }).IsUnique();
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Note).HasMaxLength(2000);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasMany(m => m.Layers).WithOne().HasForeignKey(l => l.ModelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Processes).WithOne().HasForeignKey(p => p.ModelId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MfaLayerConfiguration : IEntityTypeConfiguration<MfaLayer>
{
    public void Configure(EntityTypeBuilder<MfaLayer> builder)
    {
        builder.HasIndex(l => new { l.ModelId, l.Code }).IsUnique();
        builder.Property(l => l.Code).HasMaxLength(40);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Unit).HasMaxLength(40);
        builder.HasMany(l => l.Flows).WithOne(f => f.Layer).HasForeignKey(f => f.LayerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Parameters).WithOne(p => p.Layer).HasForeignKey(p => p.LayerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MfaProcessConfiguration : IEntityTypeConfiguration<MfaProcess>
{
    public void Configure(EntityTypeBuilder<MfaProcess> builder)
    {
        builder.HasIndex(p => new { p.ModelId, p.Code }).IsUnique();
        builder.Property(p => p.Code).HasMaxLength(40);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Note).HasMaxLength(1000);
    }
}

internal sealed class MfaFlowConfiguration : IEntityTypeConfiguration<MfaFlow>
{
    public void Configure(EntityTypeBuilder<MfaFlow> builder)
    {
        builder.HasIndex(f => new { f.LayerId, f.Code }).IsUnique();
        builder.Property(f => f.Code).HasMaxLength(40);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.Unit).HasMaxLength(40);
        builder.Property(f => f.Note).HasMaxLength(1000);
        builder.HasOne(f => f.From).WithMany().HasForeignKey(f => f.FromId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.To).WithMany().HasForeignKey(f => f.ToId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MfaParameterConfiguration : IEntityTypeConfiguration<MfaParameter>
{
    public void Configure(EntityTypeBuilder<MfaParameter> builder)
    {
        builder.Property(p => p.Note).HasMaxLength(1000);
        builder.HasOne(p => p.Process).WithMany().HasForeignKey(p => p.ProcessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Flow).WithMany().HasForeignKey(p => p.FlowId).OnDelete(DeleteBehavior.Cascade);
    }
}
