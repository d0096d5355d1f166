namespace CircularPark.Identity;

/// <summary>
/// Where a user lands after signing in when no page was asked for (issue 14): a park (or its enterprise) on its own park, a
/// city on its reports (its parks' reports to review and its own reports due), the province, the ministry and experts on
/// their inbox (what waits on them), an administrator on the campaigns.
/// </summary>
public static class HomePage
{
    public static string For(string? role, int? parkId) => role switch
    {
        Roles.Park or Roles.Enterprise when parkId is { } park => $"/parks/{park}",
        Roles.City => "/reports",
        Roles.Province or Roles.Ministry or Roles.Expert => "/inbox",
        _ => "/",
    };
}
