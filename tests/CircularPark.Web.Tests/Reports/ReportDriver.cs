using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Campaigns;
using CircularPark.Identity;
using CircularPark.Web.Tests.Indicators;
using CircularPark.Web.Tests.Parks;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Reports;

/// <summary>Puts a park through the steps the reporting tests need: a plan (P01: 12,000 万元, 7,000 in 2021), yearly reports.</summary>
internal static class ReportDriver
{
    /// <summary>Adds a yearly park → province report to the Guangdong campaign for <paramref name="first"/>–<paramref name="last"/>.</summary>
    public static Task<int> AddParkRequirementAsync(TestApp app, int first, int last) => app.WithDbAsync(async db =>
    {
        var campaign = await db.Campaigns.Include(c => c.Reports).SingleAsync(c => c.Code == "gd-2020-923");
        var requirement = new ReportRequirement
        {
            Type = $"park-yearly-{first}-{last}", NameZh = "园区年度进展报告", NameEn = "Park yearly progress", From = ReportParty.Park, To = ReportParty.Province,
            Recurrence = Recurrence.Yearly, DueMonth = 12, DueDay = 31, FirstPeriod = first, LastPeriod = last,
        };
        campaign.Reports.Add(requirement);
        await db.SaveChangesAsync();
        return requirement.Id;
    });

    public static async Task<(int ParkId, HttpClient Client)> ParkWithPlanAsync(TestApp app, string name)
    {
        var park = await ParksApiTests.ParkIdAsync(app, name);
        var client = await app.ClientAsAsync(Roles.Park, parkName: name);
        var plan = (await (await client.PostAsJsonAsync($"/api/parks/{park}/plans", new { campaign = "gd-2020-923", baselineYear = 2020 })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        (await client.PutAsJsonAsync($"/api/plans/{plan}/versions/1", new { content = PlansApiTests.Content(), version = 0 })).EnsureSuccessStatusCode();
        return (park, client);
    }

    public static async Task<int> SubmitAsync(HttpClient client, int park, int requirement, int period, double percent, double thisYear, double total,
        double energy, string? delayReason = null)
    {
        var saved = await client.PutAsJsonAsync($"/api/parks/{park}/reports/{requirement}/{period}", new
        {
            energySavedTce = energy, difficulties = $"{period}年资金压力较大。",
            projects = new[] { new { projectKey = "P01", status = "在建", percentComplete = percent, investmentThisYear = thisYear, investmentTotal = total, delayReason } },
        });
        saved.EnsureSuccessStatusCode();
        var id = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetInt32();
        (await client.PostAsync($"/api/reports/{id}/submit", null)).EnsureSuccessStatusCode();
        return id;
    }
}
