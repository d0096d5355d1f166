using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Auditing;

/// <summary>One recorded change to one entity: who, when, what (old and new values as JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string Actor { get; set; }
    public required string Entity { get; set; }
    public required string EntityKey { get; set; }
    /// <summary>Added, Modified or Deleted.</summary>
    public required string Action { get; set; }
    public string? Changes { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Actor).HasMaxLength(200);
        builder.Property(a => a.Entity).HasMaxLength(100);
        builder.Property(a => a.EntityKey).HasMaxLength(100);
        builder.Property(a => a.Action).HasMaxLength(20);
        builder.HasIndex(a => new { a.Entity, a.EntityKey });
    }
}

/// <summary>Who is acting: the signed-in user in the web app, the OS user in the CLI.</summary>
public interface IActor
{
    string Name { get; }
}

/// <summary>A fixed actor (CLI, seeding, tests).</summary>
public sealed record FixedActor(string Name) : IActor;

/// <summary>
/// Rows that are machinery, not facts (sessions, sign-in throttles): the automatic audit of every save skips them; the
/// events that matter (signed in, sign-in failed) are written as audit entries of their own.
/// </summary>
public interface INotAudited;
