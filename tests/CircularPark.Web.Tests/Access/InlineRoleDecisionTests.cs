using System.Text.RegularExpressions;

namespace CircularPark.Web.Tests.Access;

/// <summary>
/// Issue 12, finding 17 (ADR 0043, 0081): who may do or see what is asked of the permissions table
/// (<c>user.Allows</c>, <c>Holds</c>, a step table), never decided by a role list in the code. Scans the sources: a role
/// constant or a role test outside the few places that define the roles, build a user's scope or name what a role is
/// given fails here, with the file and line.
/// </summary>
public partial class InlineRoleDecisionTests
{
    /// <summary>Where naming a role is the point: the table itself, scope construction, which roles an account manager grants, the demo accounts, where a role lands.</summary>
    private static readonly string[] AllowedFiles =
    [
        "src/CircularPark/Identity/Permissions.cs",      // the table
        "src/CircularPark/Identity/AccessScope.cs",      // the one decision and scope construction
        "src/CircularPark/Identity/AppUser.cs",          // the roles themselves
        "src/CircularPark/Identity/HomePage.cs",         // where a role lands after signing in
        "src/CircularPark/Parks/ParkScope.cs",           // "parks this user may see" as SQL (scope construction)
        "src/CircularPark/Accounts/AccountRules.cs",     // which roles a manager may grant, and what an account of a role is scoped to
        "src/CircularPark.Web/Infrastructure/DemoAccounts.cs",
    ];

    [Fact]
    public void No_code_outside_the_permissions_table_decides_by_role()
    {
        var root = RepositoryRoot();
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal)
                || relative.Contains(".Migrations.", StringComparison.Ordinal) || AllowedFiles.Contains(relative)) continue;
            foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)))
                if (IsRoleDecision(line)) found.Add($"{relative}:{number}: {line.Trim()}");
        }

        Assert.True(found.Count == 0, "inline role decisions (ask the permissions table instead):\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData("var seesScores = user.Role is Roles.Province or Roles.Ministry or Roles.Admin;", true)]
    [InlineData("if (user.Role == Roles.Admin) return entries;", true)]
    [InlineData("CanChange = role is Roles.Park && rights.CanChange;", true)]
    [InlineData("readonly=\"@(!User.IsInRole(\"admin\"))\"", true)]
    [InlineData("if (user.Role == \"park\") return;", true)]
    [InlineData("Roles.Expert => await ExpertTasksAsync(user, ct),", true)]
    [InlineData("CanChange = place.Allows(user, Permissions.ReportWrite);", false)]
    [InlineData("private static readonly AccessScope Seeder = new(Roles.Admin, null, null, \"seed\");", false)]
    [InlineData("var operatorInCity = new Identity.AccessScope(Identity.Roles.City, city.Id, null, name);", false)]
    [InlineData("var roleId = await db.Roles.Where(r => r.Name == Roles.Expert).Select(r => r.Id).SingleAsync(ct);", false)]
    public void The_scan_knows_a_role_decision_from_a_scope_being_built(string line, bool decision) =>
        Assert.Equal(decision, IsRoleDecision(line));

    /// <summary>
    /// A role constant (<c>Roles.Park</c> …), <c>IsInRole</c> or a role compared with a literal; not the construction of a
    /// user's scope (the CLI operator, the seeder) nor the lookup of a role's row (which users are experts).
    /// </summary>
    private static bool IsRoleDecision(string line) =>
        (RoleConstant().IsMatch(line) || line.Contains("IsInRole(", StringComparison.Ordinal) || RoleLiteral().IsMatch(line))
        && !ScopeBuilt().IsMatch(line) && !RoleRow().IsMatch(line);

    [GeneratedRegex(@"\bRoles\.(Park|City|Province|Ministry|Admin|Expert|Enterprise)\b")]
    private static partial Regex RoleConstant();

    [GeneratedRegex(@"\b[Rr]ole\s*(==|!=|is)\s*""")]
    private static partial Regex RoleLiteral();

    [GeneratedRegex(@"(new\s*\(|AccessScope\()\s*(Identity\.)?Roles\.\w+\s*,")]
    private static partial Regex ScopeBuilt();

    [GeneratedRegex(@"\bRoles\.Where\(r => r\.Name == Roles\.\w+\)")]
    private static partial Regex RoleRow();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CircularPark.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CircularPark.slnx not found above " + AppContext.BaseDirectory);
    }
}
