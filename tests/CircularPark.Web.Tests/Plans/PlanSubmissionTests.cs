using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Plans;

/// <summary>
/// A plan goes to review only when it holds what the notices build a plan on (issue 14): its basic situation, the
/// material-flow analysis, at least one key project and one target. A nearly empty draft is refused with each missing
/// section named, stays a draft, and is accepted once completed.
/// </summary>
public class PlanSubmissionTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_nearly_empty_plan_is_refused_naming_each_missing_section_and_submitted_once_complete(Provider provider)
    {
        var app = await apps.For(provider);
        var (park, plan) = await PlanDrafts.StartAsync(app, "英德市英红工业园");

        var refused = await park.PostAsync($"/api/plans/{plan}/versions/1/submit", null);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorsZh");
        Assert.Equal(["basicSituation", "materialFlowAnalysis", "projects", "targets"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("提交前请填写：物质流分析", errors.GetProperty("materialFlowAnalysis").GetString());
        Assert.Equal("Draft", (await park.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}")).GetProperty("status").GetString());

        await PlanDrafts.CompleteAsync(park, plan);

        Assert.Equal(HttpStatusCode.OK, (await park.PostAsync($"/api/plans/{plan}/versions/1/submit", null)).StatusCode);
        Assert.Equal("Submitted", (await park.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}")).GetProperty("status").GetString());
    }
}
