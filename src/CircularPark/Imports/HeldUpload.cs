using CircularPark.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Imports;

/// <summary>
/// An uploaded file kept between its dry run and its commit, so the user confirms exactly the file that was checked. It
/// lives in the database, not on a node's disk: the dry run and the commit may reach different web nodes (ADR 0084). Only
/// the uploader's token finds it; rows older than a day are swept. Not audited (the import that commits it is).
/// </summary>
public sealed class HeldUpload : INotAudited
{
    public int Id { get; set; }
    /// <summary>Random 128-bit token, lower-case hex (32 characters), given to the uploader's form.</summary>
    public required string Token { get; set; }
    /// <summary>The uploader's account name, hashed (16 hex characters).</summary>
    public required string Owner { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

internal sealed class HeldUploadConfiguration : IEntityTypeConfiguration<HeldUpload>
{
    public void Configure(EntityTypeBuilder<HeldUpload> builder)
    {
        builder.Property(u => u.Token).HasMaxLength(32);
        builder.Property(u => u.Owner).HasMaxLength(16);
        builder.Property(u => u.FileName).HasMaxLength(260);
        builder.HasIndex(u => u.Token).IsUnique();
        builder.HasIndex(u => u.CreatedAtUtc);
    }
}
