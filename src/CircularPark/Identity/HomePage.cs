namespace CircularPark.Identity;

/// <summary>
/// Where a user lands after signing in when no page was asked for (issue 14): a park (or its enterprise) on its own park;
/// the ministry, a province and a city on the overview of their region (ADR 0083: its units, cities or parks, their
/// reports and overdue ones, its own reports); experts on their inbox (the plans waiting for their review); an
/// administrator on the campaigns.
/// </summary>
public static class HomePage
{
    public static string For(string? role, int? parkId) => role switch
    {
        Roles.Park or Roles.Enterprise when parkId is { } park => $"/parks/{park}",
        Roles.City or Roles.Province or Roles.Ministry => "/overview",
        Roles.Expert => "/inbox",
        _ => "/",
    };
}
