using CircularPark.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Accounts;

/// <summary>
/// Failed sign-ins of one client (address) on one account name (ADR 0055): after <see cref="LockoutRule.FreeFailures"/>
/// failures in a row that client is locked out of that account for a short time that doubles with each further failure,
/// up to <see cref="LockoutRule.Longest"/>. The official at another address is not affected. Rows for unknown names are
/// kept like any other, so the answer does not tell whether an account exists.
/// </summary>
public sealed class SignInThrottle : INotAudited
{
    public long Id { get; set; }
    /// <summary>The e-mail as typed, normalised (upper case), at most 256 characters.</summary>
    public required string Account { get; set; }
    public required string Client { get; set; }
    public int Failures { get; set; }
    public DateTime LastFailureUtc { get; set; }
    public DateTime? LockedUntilUtc { get; set; }
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.Property(t => t.Account).HasMaxLength(256);
        builder.Property(t => t.Client).HasMaxLength(64);
        builder.HasIndex(t => new { t.Account, t.Client }).IsUnique();
    }
}

/// <summary>The lockout rule, pure: how long a client waits after its n-th failure in a row on one account.</summary>
public static class LockoutRule
{
    /// <summary>Failures in a row allowed before the first lockout.</summary>
    public const int FreeFailures = 5;

    /// <summary>The first lockout; each further failure doubles it.</summary>
    public static readonly TimeSpan First = TimeSpan.FromMinutes(1);

    /// <summary>The longest lockout.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(15);

    /// <summary>A failure streak older than this is forgotten.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromDays(1);

    /// <summary>The lockout after the <paramref name="failures"/>-th failure in a row (zero while still free).</summary>
    public static TimeSpan After(int failures)
    {
        if (failures < FreeFailures) return TimeSpan.Zero;
        var doublings = Math.Min(failures - FreeFailures, 10);
        var minutes = First.TotalMinutes * (1 << doublings);
        return TimeSpan.FromMinutes(Math.Min(minutes, Longest.TotalMinutes));
    }
}
