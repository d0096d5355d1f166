using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using static CircularPark.Web.Tests.Acceptance.AcceptanceDriver;

namespace CircularPark.Web.Tests.Acceptance;

/// <summary>The application, the review steps in their order, grading on the campaign's scale, returns and filing.</summary>
public class AcceptanceWorkflowTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Steps_out_of_order_get_409_naming_the_state_and_what_comes_first_and_change_nothing(Provider provider)
    {
        var app = await apps.For(provider);
        var acceptance = await SetUpAsync(app, $"acc-order-{provider}");
        var (parkId, park) = await acceptance.ApprovedParkAsync(Yinghong);

        var beforeApplying = await acceptance.StepAsync(acceptance.Province, parkId, "document-review");
        Assert.Equal(HttpStatusCode.Conflict, beforeApplying.StatusCode);
        Assert.Equal("园区“英德市英红工业园”的验收申请当前状态为“尚未申请验收”，不能资料审查：须先园区提交验收申请",
            (await ProblemAsync(beforeApplying)).GetProperty("messageZh").GetString());

        Ok(await acceptance.SaveDraftAsync(park, parkId));
        Ok(await acceptance.SubmitAsync(park, parkId));
        var siteFirst = await acceptance.StepAsync(acceptance.Province, parkId, "site-verification");
        var expertFirst = await acceptance.StepAsync(acceptance.Province, parkId, "expert-review", 95);
        var fileFirst = await acceptance.FileAsync(acceptance.Province, parkId);

        Assert.Equal(HttpStatusCode.Conflict, siteFirst.StatusCode);
        var problem = await ProblemAsync(siteFirst);
        Assert.Equal("The acceptance application of \"英德市英红工业园\" is Submitted: cannot verify on site yet; first the document review is done",
            problem.GetProperty("messageEn").GetString());
        Assert.Equal("AcceptanceApplied", problem.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, expertFirst.StatusCode);
        Assert.Contains("须先完成资料审查和现场核查", (await ProblemAsync(expertFirst)).GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, fileFirst.StatusCode);
        var view = await acceptance.ViewAsync(acceptance.Province, parkId);
        Assert.Equal("Submitted", view.GetProperty("application").GetProperty("status").GetString());
        Assert.Equal(1, view.GetProperty("application").GetProperty("events").GetArrayLength());

        Ok(await acceptance.StepAsync(acceptance.Province, parkId, "document-review", reason: "资料齐全"));
        var expertTooEarly = await acceptance.StepAsync(acceptance.Province, parkId, "expert-review", 95);
        Assert.Equal(HttpStatusCode.Conflict, expertTooEarly.StatusCode);
        Assert.Contains("资料审查完成", (await ProblemAsync(expertTooEarly)).GetProperty("messageZh").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_province_walks_the_three_steps_grades_and_files_and_each_step_records_who_when_and_why(Provider provider)
    {
        var app = await apps.For(provider);
        var acceptance = await SetUpAsync(app, $"acc-walk-{provider}");
        var (parkId, _) = await acceptance.AppliedParkAsync(Yinghong);

        await acceptance.ReviewAsync(parkId, 88.5);
        Ok(await acceptance.FileAsync(acceptance.Province, parkId));

        var view = await acceptance.ViewAsync(acceptance.Province, parkId);
        var application = view.GetProperty("application");
        Assert.Equal("Filed", application.GetProperty("status").GetString());
        Assert.Equal(88.5, application.GetProperty("score").GetDouble());
        Assert.Equal("good", application.GetProperty("grade").GetString());
        Assert.Equal("粤工信验备〔2025〕1 号", application.GetProperty("filingNumber").GetString());
        Assert.Equal(["Submit", "DocumentReview", "SiteVerification", "ExpertReview", "File"],
            application.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("step").GetString()));
        Assert.All(application.GetProperty("events").EnumerateArray(), e =>
        {
            Assert.False(string.IsNullOrEmpty(e.GetProperty("actor").GetString()));
            Assert.False(string.IsNullOrEmpty(e.GetProperty("reason").GetString()));
        });
        Assert.Equal("Accepted", view.GetProperty("state").GetString());
        Assert.Equal("Accepted", view.GetProperty("standing").GetProperty("kind").GetString());
        var snapshot = application.GetProperty("versions")[0].GetProperty("eligibilitySnapshot").GetString()!;
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(snapshot).RootElement.GetProperty("threshold").ValueKind); // the campaign sets no share (ADR 0079)
        var results = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/acceptance/campaigns/{acceptance.Campaign}/results");
        var row = Assert.Single(results.GetProperty("rows").EnumerateArray());
        Assert.Equal((Yinghong, "Accepted", "good"), (row.GetProperty("park").GetString(), row.GetProperty("outcome").GetString(), row.GetProperty("grade").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Grades_follow_the_default_scale_at_its_boundaries(Provider provider)
    {
        var app = await apps.For(provider);
        var acceptance = await SetUpAsync(app, $"acc-grades-{provider}");
        var cases = new (string Park, double Score, string Grade)[]
        {
            (Yinghong, 90, "excellent"), (Lianzhou, 89.99, "good"), ("恩平产业转移工业园", 80, "good"),
            ("惠东产业转移工业园", 60, "pass"), ("广东梅州经济开发区（东升工业园区）", 59.99, "fail"),
        };
        foreach (var (park, score, grade) in cases)
        {
            var (parkId, _) = await acceptance.AppliedParkAsync(park);
            await acceptance.ReviewAsync(parkId, score);
            var application = (await acceptance.ViewAsync(acceptance.Province, parkId)).GetProperty("application");
            Assert.Equal((park, grade, grade != "fail"), (park, application.GetProperty("grade").GetString(), application.GetProperty("passed").GetBoolean()));
        }
        var (outOfScale, _) = await acceptance.AppliedParkAsync("珠海（国家）高新技术产业开发区");
        Ok(await acceptance.StepAsync(acceptance.Province, outOfScale, "document-review"));
        Ok(await acceptance.StepAsync(acceptance.Province, outOfScale, "site-verification"));
        var tooHigh = await acceptance.StepAsync(acceptance.Province, outOfScale, "expert-review", 100.5);
        Assert.Equal(HttpStatusCode.BadRequest, tooHigh.StatusCode);
        Assert.Equal("评分应为 0 至 100 之间的数值", (await ProblemAsync(tooHigh)).GetProperty("errorsZh").GetProperty("score").GetString());
    }

    [Fact]
    public async Task A_campaigns_own_scale_grades_the_score()
    {
        var app = await apps.For(Provider.Sqlite);
        var acceptance = await SetUpAsync(app, "acc-own-scale", new
        {
            acceptanceDueOn = (string?)null, delayRequestDueOn = (string?)null, maxDelayRequests = (int?)null, maxDelayMonths = (int?)null,
            maxScore = 100, bands = new object[]
            {
                new { minScore = 90, grade = "excellent", passes = true }, new { minScore = 80, grade = "good", passes = true },
                new { minScore = 70, grade = "medium", passes = true }, new { minScore = 60, grade = "pass", passes = true },
                new { minScore = 0, grade = "fail", passes = false },
            },
        });
        var (parkId, _) = await acceptance.AppliedParkAsync(Yinghong);
        await acceptance.ReviewAsync(parkId, 75);
        Assert.Equal("medium", (await acceptance.ViewAsync(acceptance.Province, parkId)).GetProperty("application").GetProperty("grade").GetString());
        var noZero = await acceptance.Province.PutAsJsonAsync($"/api/acceptance/campaigns/{acceptance.Campaign}/rules", new
        {
            acceptanceDueOn = (string?)null, delayRequestDueOn = (string?)null, maxDelayRequests = (int?)null, maxDelayMonths = (int?)null, maxScore = (double?)null,
            bands = new[] { new { minScore = 60, grade = "pass", passes = true } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, noZero.StatusCode);
        Assert.True((await ProblemAsync(noZero)).GetProperty("errorsZh").TryGetProperty("bands", out _));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_returned_application_is_revised_and_resubmitted_and_both_versions_are_kept(Provider provider)
    {
        var app = await apps.For(provider);
        var acceptance = await SetUpAsync(app, $"acc-return-{provider}");
        var (parkId, park) = await acceptance.AppliedParkAsync(Yinghong);

        var noReason = await acceptance.StepAsync(acceptance.Province, parkId, "return", reason: " ");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Ok(await acceptance.StepAsync(acceptance.Province, parkId, "return", reason: "投资完成情况缺少佐证材料"));
        Ok(await acceptance.SaveDraftAsync(park, parkId, new
        {
            projectCompletion = "12 个重点项目全部建成投产。", indicatorAchievement = "8 项指标均达到目标。",
            investment = "累计完成投资 18.6 亿元（附审计报告）。", benefits = "年节能 3.2 万吨标准煤。", problems = "中水回用率仍需提高。",
        }));
        Ok(await acceptance.SubmitAsync(park, parkId));

        var view = await acceptance.ViewAsync(park, parkId);
        var versions = view.GetProperty("application").GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(2, versions.Count);
        Assert.All(versions, v => Assert.True(v.GetProperty("submitted").GetBoolean()));
        Assert.Equal("累计完成投资 18.6 亿元。", versions[0].GetProperty("content").GetProperty("investment").GetString());
        Assert.Equal("累计完成投资 18.6 亿元（附审计报告）。", versions[1].GetProperty("content").GetProperty("investment").GetString());
        var events = view.GetProperty("application").GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["Submit", "Return", "Submit"], events.Select(e => e.GetProperty("step").GetString()));
        Assert.Equal("投资完成情况缺少佐证材料", events[1].GetProperty("reason").GetString());
        var editSubmitted = await acceptance.SaveDraftAsync(park, parkId);
        Assert.Equal(HttpStatusCode.Conflict, editSubmitted.StatusCode);
    }

    [Fact]
    public async Task Submitting_needs_every_section_and_an_approved_park()
    {
        var app = await apps.For(Provider.Sqlite);
        var acceptance = await SetUpAsync(app, "acc-sections");
        var (parkId, park) = await acceptance.ApprovedParkAsync(Yinghong);
        Ok(await acceptance.SaveDraftAsync(park, parkId, new { projectCompletion = "已完成。" }));

        var incomplete = await acceptance.SubmitAsync(park, parkId);

        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Equal("请填写“存在问题”", (await ProblemAsync(incomplete)).GetProperty("errorsZh").GetProperty("problems").GetString());
        var lianzhouId = await app.WithDbAsync(db => Task.FromResult(db.Parks.Single(p => p.Name == Lianzhou).Id));
        var lianzhou = await app.ClientAsAsync(Roles.Park, parkName: Lianzhou);
        var selection = new Reviews.SelectionDriver(app, acceptance.Campaign);
        Ok(await selection.ApplyAsync(lianzhou, lianzhouId));
        var notApproved = await acceptance.SaveDraftAsync(lianzhou, lianzhouId);
        Assert.Equal(HttpStatusCode.Conflict, notApproved.StatusCode);
        Assert.Contains("尚未获省级批准", (await ProblemAsync(notApproved)).GetProperty("messageZh").GetString(), StringComparison.Ordinal);
    }
}
