using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CircularPark.Identity;

/// <summary>
/// A user of the platform. Each user has one role (see <see cref="Roles"/>) and one scope: a region for
/// ministry, province, city and expert users, a park for park and enterprise users.
/// </summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? ScopeRegionId { get; set; }
    public int? ScopeParkId { get; set; }
    /// <summary>The one enterprise an enterprise user speaks for (in the park of <see cref="ScopeParkId"/>).</summary>
    public int? ScopeEnterpriseId { get; set; }
    /// <summary>The organisation an expert works for (used by the conflict-of-interest rule).</summary>
    public string? Organisation { get; set; }
    /// <summary>An expert's field (专业领域), shown when the province picks a panel.</summary>
    public string? Field { get; set; }
    /// <summary>A disabled account cannot sign in and has no sessions; it keeps its history (ADR 0053).</summary>
    public bool IsDisabled { get; set; }
    /// <summary>A new or reset account must choose its own password before it may do anything else.</summary>
    public bool MustChangePassword { get; set; }
    /// <summary>Administers the accounts of its region (<see cref="Grants.Accounts"/>): province and city officials only.</summary>
    public bool ManagesAccounts { get; set; }
}

/// <summary>The roles of the programme (domain.md §2).</summary>
public static class Roles
{
    public const string Ministry = "ministry";
    public const string Province = "province";
    public const string City = "city";
    public const string Park = "park";
    public const string Enterprise = "enterprise";
    public const string Expert = "expert";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Ministry, Province, City, Park, Enterprise, Expert, Admin];

    /// <summary>Roles whose scope is a region (the others are scoped to a park, or to everything for admin).</summary>
    public static bool IsRegional(string role) => role is Ministry or Province or City or Expert;
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.HasOne<Parks.Park>().WithMany().HasForeignKey(u => u.ScopeParkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Enterprises.Enterprise>().WithMany().HasForeignKey(u => u.ScopeEnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Regions.Region>().WithMany().HasForeignKey(u => u.ScopeRegionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(u => u.DisplayName).HasMaxLength(200);
    }
}
