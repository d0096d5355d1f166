using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Testing;

/// <summary>Plan drafts in the web tests: starting one (completing one is shared with the browser tests, tests/Shared).</summary>
internal static partial class PlanDrafts
{
    /// <summary>A new plan for Guangdong's 923号 campaign started by <paramref name="parkName"/>'s committee: its client and the plan (version 1, an empty draft).</summary>
    public static async Task<(HttpClient Park, int Plan)> StartAsync(TestApp app, string parkName)
    {
        var parkId = await app.WithDbAsync(db => db.Parks.Where(p => p.Name == parkName).Select(p => p.Id).SingleAsync());
        var park = await app.ClientAsAsync(Roles.Park, parkName: parkName);
        var created = await park.PostAsJsonAsync($"/api/parks/{parkId}/plans", new { campaign = "gd-2020-923" });
        return (park, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32());
    }
}
