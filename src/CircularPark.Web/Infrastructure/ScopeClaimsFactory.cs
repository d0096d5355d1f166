using System.Globalization;
using System.Security.Claims;
using CircularPark.Data;
using CircularPark.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CircularPark.Web.Infrastructure;

/// <summary>Adds the user's scope (region or park) to the cookie so every request can check it without a query.</summary>
internal sealed class ScopeClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.ScopeRegionId is { } region)
        {
            identity.AddClaim(new Claim(AccessScope.RegionClaim, region.ToString(CultureInfo.InvariantCulture)));
            var path = await db.Regions.Where(r => r.Id == region).Select(r => r.Path).SingleAsync();
            identity.AddClaim(new Claim(AccessScope.RegionPathClaim, path));
        }
        if (user.ScopeParkId is { } park) identity.AddClaim(new Claim(AccessScope.ParkClaim, park.ToString(CultureInfo.InvariantCulture)));
        if (user.ScopeEnterpriseId is { } enterprise) identity.AddClaim(new Claim(AccessScope.EnterpriseClaim, enterprise.ToString(CultureInfo.InvariantCulture)));
        if (user.DisplayName.Length > 0) identity.AddClaim(new Claim("cp:display", user.DisplayName));
        if (user.ManagesAccounts) identity.AddClaim(new Claim(AccessScope.GrantClaim, Grants.Accounts));
        if (user.MustChangePassword) identity.AddClaim(new Claim(PasswordChangeGate.Claim, "true"));
        return identity;
    }
}
