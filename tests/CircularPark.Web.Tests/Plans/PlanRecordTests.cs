using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using static CircularPark.Web.Tests.Acceptance.AcceptanceDriver;

namespace CircularPark.Web.Tests.Plans;

/// <summary>
/// A park's plan record (issue 13 item 3, ADR 0079) as Jiangsu's 2013 work plan asks for it (003 四（二）): plans due by a date,
/// written by an engineering consultancy of 乙级 or better, reviewed by the city, approved by the province or forwarded
/// (转报) to the nation. Each body records its own part.
/// </summary>
public class PlanRecordTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_park_names_its_consultancy_the_city_reviews_and_the_province_forwards_and_a_grade_below_the_minimum_is_refused(Provider provider)
    {
        var app = await apps.For(provider);
        var code = $"plan-record-{provider}".ToLowerInvariant();
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        Ok(await province.PostAsJsonAsync("/api/selection/campaigns", new
        {
            code, titleZh = "园区循环化改造推进工作方案（乙级以上咨询机构编制）", titleEn = "Work plan", issuedOn = "2020-01-05", scopeRegion = "440000",
            taskTemplate = "JiangsuSeven", applicationOpensOn = "2020-01-01", applicationClosesOn = "2099-12-31",
            acceptanceThreshold = 0.9, minimumConsultancyGrade = "ClassB",
            reports = new[] { new { type = "implementation-plan", nameZh = "园区循环化改造实施方案", nameEn = "Implementation plan", from = "Park", to = "City", recurrence = "Once", dueDate = "2020-05-20" } },
        }));
        var selection = new SelectionDriver(app, code);
        var parkId = await selection.ParkIdAsync(Yinghong);
        var park = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);
        Ok(await selection.ApplyAsync(park, parkId));
        var city = await app.ClientAsAsync(Roles.City, "441800");
        var otherCity = await app.ClientAsAsync(Roles.City, "440100");
        var record = $"/api/campaigns/{code}/parks/{parkId}/plan-record";

        var empty = await park.GetFromJsonAsync<JsonElement>(record);
        Assert.Equal(("2020-05-20", "ClassB"), (empty.GetProperty("submissionDueOn").GetString(), empty.GetProperty("minimumGrade").GetString()));
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("consultancyName").ValueKind);

        var low = await park.PutAsJsonAsync($"{record}/consultancy", new { name = "英德市工程咨询所", grade = "ClassC" });
        Assert.Equal(HttpStatusCode.BadRequest, low.StatusCode);
        var problem = await ProblemAsync(low);
        Assert.Equal("编制单位“英德市工程咨询所”的资质为丙级，本批次要求实施方案由乙级以上资质的工程咨询机构编制", problem.GetProperty("errorsZh").GetProperty("grade").GetString());
        Assert.Equal("The consultancy \"英德市工程咨询所\" is Class C: this campaign requires an engineering consultancy of Class B or better",
            problem.GetProperty("errorsEn").GetProperty("grade").GetString());
        Ok(await park.PutAsJsonAsync($"{record}/consultancy", new { name = "广东省工程咨询有限公司", grade = "ClassA" }));

        Assert.Equal(HttpStatusCode.Forbidden, (await city.PutAsJsonAsync($"{record}/consultancy", new { name = "冒名", grade = "ClassA" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await park.PutAsJsonAsync($"{record}/city-review", new { reviewedOn = "2020-06-10", opinion = "自评" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCity.PutAsJsonAsync($"{record}/city-review", new { reviewedOn = "2020-06-10", opinion = "外市" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCity.GetAsync(record)).StatusCode);
        var tooEarly = await province.PutAsJsonAsync($"{record}/province-decision", new { decision = "Forwarded", decidedOn = "2020-07-01" });
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);

        var future = await city.PutAsJsonAsync($"{record}/city-review", new { reviewedOn = "2099-01-01", opinion = "同意" });
        Assert.True((await ProblemAsync(future)).GetProperty("errorsZh").TryGetProperty("reviewedOn", out _));
        Ok(await city.PutAsJsonAsync($"{record}/city-review", new { reviewedOn = "2020-06-10", opinion = "方案基本可行，建议补充物质流分析后报省。" }));
        var before = await province.PutAsJsonAsync($"{record}/province-decision", new { decision = "Forwarded", decidedOn = "2020-06-01" });
        Assert.True((await ProblemAsync(before)).GetProperty("errorsZh").TryGetProperty("decidedOn", out _));
        Ok(await province.PutAsJsonAsync($"{record}/province-decision", new { decision = "Forwarded", decidedOn = "2020-07-01", documentNumber = "粤发改环资〔2020〕88号" }));

        var done = await city.GetFromJsonAsync<JsonElement>(record);
        Assert.Equal(("广东省工程咨询有限公司", "ClassA"), (done.GetProperty("consultancyName").GetString(), done.GetProperty("consultancyGrade").GetString()));
        Assert.Equal(("2020-06-10", "Forwarded", "2020-07-01", "粤发改环资〔2020〕88号"),
            (done.GetProperty("cityReviewedOn").GetString(), done.GetProperty("provinceDecision").GetString(), done.GetProperty("provinceDecidedOn").GetString(),
                done.GetProperty("provinceDocumentNumber").GetString()));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "PlanPreparation")));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Where_a_campaign_sets_no_minimum_any_grade_is_recorded(Provider provider)
    {
        var app = await apps.For(provider);
        var parkId = await app.WithDbAsync(db => db.Parks.Where(p => p.Name == Lianzhou).Select(p => p.Id).SingleAsync());
        var park = await app.ClientAsAsync(Roles.Park, parkName: Lianzhou);

        var saved = await park.PutAsJsonAsync($"/api/campaigns/gd-2020-923/parks/{parkId}/plan-record/consultancy", new { name = "清远市规划设计院", grade = "Other" });

        Ok(saved);
        var view = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, "Other"),
            (view.GetProperty("minimumGrade").ValueKind, view.GetProperty("submissionDueOn").ValueKind, view.GetProperty("consultancyGrade").GetString()));
    }
}
