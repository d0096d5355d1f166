using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;

namespace CircularPark.Web.Tests.Reviews;

/// <summary>Steps out of order, outside one's scope or against the conflict-of-interest rule are refused and change nothing.</summary>
public class SelectionRulesTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinghong = "英德市英红工业园";
    private const string Yinxing = "银星科技园（深圳）";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Approving_before_the_review_is_a_409_that_says_the_state_and_what_must_happen_first(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var selection = await SelectionDriver.SetUpAsync(app, province, $"order-{provider}");
        var parkId = await selection.ParkIdAsync(Yinghong);
        var park = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);
        (await selection.ApplyAsync(park, parkId)).EnsureSuccessStatusCode();
        await selection.SubmitPlanAsync(park, parkId);
        (await selection.RecommendAsync(await app.ClientAsAsync(Roles.City, "441800"), parkId)).EnsureSuccessStatusCode();
        var before = await selection.StatusAsync(province, parkId);

        var response = await selection.DecideAsync(province, parkId);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("园区“英德市英红工业园”当前状态为“已推荐”，不能批准：须先专家组完成评审并形成评审意见", problem.GetProperty("messageZh").GetString());
        Assert.Equal("\"英德市英红工业园\" is Recommended: cannot approve yet; first the expert panel reviews the plan and compiles its opinion", problem.GetProperty("messageEn").GetString());
        Assert.Equal("Recommended", problem.GetProperty("state").GetString());
        var after = await selection.StatusAsync(province, parkId);
        Assert.Equal(before.GetProperty("history").GetArrayLength(), after.GetProperty("history").GetArrayLength());
        Assert.Equal("Recommended", after.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Review_by_an_unassigned_expert_recommendation_by_another_city_and_a_conflicted_expert_are_refused()
    {
        var app = await apps.For(Provider.Sqlite);
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var selection = await SelectionDriver.SetUpAsync(app, province, "rules");
        var (chairEmail, chair) = await selection.ExpertAsync("华南循环经济研究院");
        var (_, outsider) = await selection.ExpertAsync("其他单位");
        var (ownEmail, _) = await selection.ExpertAsync("银星集团");
        var yinxing = await selection.ParkIdAsync(Yinxing);
        var yinxingPark = await app.ClientAsAsync(Roles.Park, parkName: Yinxing);
        (await selection.ApplyAsync(yinxingPark, yinxing)).EnsureSuccessStatusCode();
        await selection.SubmitPlanAsync(yinxingPark, yinxing);

        var otherCity = await selection.RecommendAsync(await app.ClientAsAsync(Roles.City, "441800"), yinxing);
        var parkItself = await selection.RecommendAsync(yinxingPark, yinxing);
        Assert.Equal(HttpStatusCode.Forbidden, otherCity.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, parkItself.StatusCode);
        Assert.Equal("Applied", (await selection.StatusAsync(province, yinxing)).GetProperty("state").GetString());

        (await selection.RecommendAsync(await app.ClientAsAsync(Roles.City, "440300"), yinxing)).EnsureSuccessStatusCode();
        var conflicted = await selection.AssignAsync(province, yinxing, (ownEmail, true));
        var problem = await conflicted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, conflicted.StatusCode);
        Assert.Contains("银星集团", problem.GetProperty("errorsZh").GetProperty("panel[0].expert").GetString(), StringComparison.Ordinal);
        Assert.Equal("Recommended", (await selection.StatusAsync(province, yinxing)).GetProperty("state").GetString());

        (await selection.AssignAsync(province, yinxing, (chairEmail, true))).EnsureSuccessStatusCode();
        var unassigned = await selection.ReviewAsync(outsider, yinxing);
        var earlyOpinion = await selection.CompileAsync(chair, yinxing);
        Assert.Equal(HttpStatusCode.Forbidden, unassigned.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, earlyOpinion.StatusCode);
        var status = await selection.StatusAsync(province, yinxing);
        Assert.All(status.GetProperty("panel").EnumerateArray(), a => Assert.Equal(JsonValueKind.Null, a.GetProperty("submittedAtUtc").ValueKind));
        Assert.Equal(0, status.GetProperty("opinions").GetArrayLength());
    }

    [Fact]
    public async Task Users_of_another_park_city_or_province_cannot_read_any_resource_by_id_and_the_expert_loses_the_plan_when_the_review_closes()
    {
        var app = await apps.For(Provider.Sqlite);
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var selection = await SelectionDriver.SetUpAsync(app, province, "scope");
        var (chairEmail, chair) = await selection.ExpertAsync("华南循环经济研究院");
        var plan = await selection.UnderReviewAsync(Yinghong, province, (chairEmail, true));
        var parkId = await selection.ParkIdAsync(Yinghong);
        (await selection.ReviewAsync(chair, parkId)).EnsureSuccessStatusCode();
        var whileOpen = await chair.GetAsync($"/api/plans/{plan}");
        var compiled = await selection.CompileAsync(chair, parkId, isPublic: false);
        var opinionId = (await compiled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        // The park has no statistics yet: its own indicator report is a 404 "no statistics", while outsiders are refused first.
        (string Url, HttpStatusCode Owner)[] urls =
        [
            ($"/api/parks/{parkId}/plans", HttpStatusCode.OK), ($"/api/parks/{parkId}/indicators?year=2020", HttpStatusCode.NotFound),
            ($"/api/plans/{plan}", HttpStatusCode.OK), ($"/api/plans/{plan}/export.docx", HttpStatusCode.OK),
            ($"/api/selection/campaigns/scope/parks/{parkId}", HttpStatusCode.OK), ($"/api/selection/opinions/{opinionId}", HttpStatusCode.OK),
        ];
        var owner = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);
        var outsiders = new[]
        {
            await app.ClientAsAsync(Roles.Park, parkName: Yinxing), await app.ClientAsAsync(Roles.City, "440300"),
            await app.ClientAsAsync(Roles.Province, "370000"), await app.ClientAsAsync(Roles.Enterprise, parkName: Yinxing),
        };

        Assert.Equal(HttpStatusCode.OK, whileOpen.StatusCode);
        foreach (var (url, ownerStatus) in urls)
        {
            Assert.Equal(ownerStatus, (await owner.GetAsync(url)).StatusCode);
            foreach (var outsider in outsiders)
                Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await chair.GetAsync($"/api/plans/{plan}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await chair.GetAsync($"/api/plans/{plan}/export.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await chair.GetAsync($"/api/parks/{parkId}/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/selection/opinions/{opinionId}")).StatusCode);
    }
}
