using CircularPark.Data;
using CircularPark.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Infrastructure;

/// <summary>
/// One account per role, created only in demo mode (Demo:Enabled). The README lists them. Their short shared password
/// predates the password rules and is kept because these accounts exist only in demo mode (ADR 0053): it is stored as a
/// hash directly, past the rules, and they are not asked to change it.
/// </summary>
internal static class DemoAccounts
{
    public const string Password = "Demo#2026";

    /// <summary>(email, role, display name, region code or null, park name or null).</summary>
    public static readonly (string Email, string Role, string Name, string? Region, string? Park)[] All =
    [
        ("admin@demo.cn", Roles.Admin, "系统管理员", null, null),
        ("ministry@demo.cn", Roles.Ministry, "国家发展改革委环资司", "000000", null),
        ("guangdong@demo.cn", Roles.Province, "广东省工业和信息化厅", "440000", null),
        ("shandong@demo.cn", Roles.Province, "山东省工业和信息化厅", "370000", null),
        ("jinan@demo.cn", Roles.City, "济南市工业和信息化局", "370100", null),
        ("qingyuan@demo.cn", Roles.City, "清远市工业和信息化局", "441800", null),
        ("park@demo.cn", Roles.Park, "英德市英红工业园管委会", null, "英德市英红工业园"),
        ("enterprise@demo.cn", Roles.Enterprise, "英红工业园某企业", null, "英德市英红工业园"),
        ("expert@demo.cn", Roles.Expert, "循环经济专家", "440000", null),
    ];

    public static async Task EnsureAsync(UserManager<AppUser> users, AppDbContext db)
    {
        foreach (var (email, role, name, region, park) in All)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name,
                ScopeRegionId = region is null ? null : await db.Regions.Where(r => r.Code == region && r.ValidTo == null).Select(r => (int?)r.Id).SingleAsync(),
                ScopeParkId = park is null ? null : await db.Parks.Where(p => p.Name == park).Select(p => (int?)p.Id).SingleAsync(),
                Organisation = role == Roles.Expert ? "华南循环经济研究院" : null,
            };
            user.PasswordHash = users.PasswordHasher.HashPassword(user, Password);
            var created = await users.CreateAsync(user);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
        }
    }
}
