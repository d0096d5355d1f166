using CircularPark.Auditing;
using CircularPark.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Accounts;

/// <summary>
/// A signed-in session, kept on the server (ADR 0054): the cookie carries only <see cref="Id"/>. Signing out deletes the
/// row, so a copied cookie stops working at once; a password change or reset, disabling the account and a role or scope
/// change delete every row of the user. Every web node reads the same table.
/// </summary>
public sealed class UserSession : INotAudited
{
    /// <summary>Random key (256 bits, hex), the cookie's only content.</summary>
    public required string Id { get; set; }
    public required string UserId { get; set; }
    /// <summary>The serialised authentication ticket (claims and properties; no password or secret).</summary>
    public required byte[] Ticket { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ExpiresUtc { get; set; }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasIndex(s => s.UserId);
        builder.HasOne<Identity.AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Ends sessions: the one place that does, for every use case that must (ADR 0054).</summary>
public static class Sessions
{
    /// <summary>Deletes every session of <paramref name="userId"/> (but <paramref name="keep"/>, the caller's own, when given).</summary>
    public static Task<int> EndAllAsync(AppDbContext db, string userId, string? keep, CancellationToken ct) =>
        db.UserSessions.Where(s => s.UserId == userId && s.Id != keep).ExecuteDeleteAsync(ct);
}
