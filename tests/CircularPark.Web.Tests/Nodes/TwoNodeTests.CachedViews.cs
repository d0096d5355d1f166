using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Overview;
using CircularPark.Web.Tests.Parks;

namespace CircularPark.Web.Tests.Nodes;

/// <summary>
/// Views cached on one node are keyed by the data version both nodes read from the one database (ADR 0088): a change saved
/// on node A is seen by the next read on node B, with no message between them and no expiry to wait for.
/// </summary>
public partial class TwoNodeTests
{
    [Fact]
    public async Task A_report_submitted_on_one_node_is_counted_by_the_next_read_of_the_overview_cached_on_the_other()
    {
        await using var nodes = await TwoNodes.StartAsync();
        nodes.SetChinaTime(2024, 1, 5);
        var requirement = await CachedViewsTests.CityRequirementAsync(nodes.A);
        var province = await nodes.B.ClientAsAsync(Roles.Province, regionCode: "440000");
        var before = await province.GetFromJsonAsync<JsonElement>("/api/regions/440000/overview?year=2023");
        await province.GetFromJsonAsync<JsonElement>("/api/regions/440000/overview?year=2023"); // now from node B's cache

        await CachedViewsTests.SubmitQingyuanReportAsync(nodes.A, requirement);
        var after = await province.GetFromJsonAsync<JsonElement>("/api/regions/440000/overview?year=2023");

        Assert.Equal(0, CachedViewsTests.Reports(CachedViewsTests.Row(before, "清远市"), "late"));
        Assert.Equal(1, CachedViewsTests.Reports(CachedViewsTests.Row(after, "清远市"), "late"));
    }

    [Fact]
    public async Task A_park_renamed_on_one_node_is_listed_under_its_new_name_by_the_next_anonymous_read_cached_on_the_other()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var id = await ParksApiTests.ParkIdAsync(nodes.A, "英德市英红工业园");
        var visitor = nodes.B.CreateClient();
        var before = await visitor.GetStringAsync("/api/parks?campaign=gd-2020-923");
        await visitor.GetStringAsync("/api/parks?campaign=gd-2020-923"); // now from node B's output cache

        var admin = await nodes.A.ClientAsAsync(Roles.Admin);
        var saved = await admin.PutAsJsonAsync($"/api/parks/{id}",
            new { name = "英德市英红工业园区", level = "Provincial", kind = "EconomicDevelopmentZone", version = 0 });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var after = await visitor.GetStringAsync("/api/parks?campaign=gd-2020-923");

        Assert.DoesNotContain("英德市英红工业园区", before, StringComparison.Ordinal);
        Assert.Contains("英德市英红工业园区", after, StringComparison.Ordinal);
    }
}
