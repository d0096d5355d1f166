using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Parks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Indicators;

public class PlansApiTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>
    /// Baseline 2020 for 英德市英红工业园. Targets for 2022:
    /// WRR (higher-better) 83⅓ % → the example's 75 % is exactly 90 % of it: passes;
    /// EI_ENERGY (lower-better) 0.0568 tce/万元 → 0.0568 ÷ 0.063152 = 0.8994…: fails at 90 %;
    /// SWUR target 70 % with baseline 85 % (already met at baseline) → 80 ÷ 70 ≥ 1: passes, no division by zero.
    /// </summary>
    internal static object Content(string basic = "园区位于英德市北部，面积37.8平方公里。") => new
    {
        baselineYear = 2020, periodStartYear = 2021, periodEndYear = 2023,
        basicSituation = basic, materialFlowAnalysis = "改造前后物质流见附表。", benefitEconomic = "年新增产值约2亿元。",
        benefitEnvironmental = "年减排二氧化碳约1万吨。", benefitSocial = "新增就业岗位300个。", safeguards = "成立领导小组，落实专项资金。",
        tasks = new[] { new { code = "N2", text = "构建装备制造—再生金属产业链。" } },
        projects = new[]
        {
            new
            {
                key = "P01", name = "废钢铁再生利用项目", @class = "ChainFilling", ownerEnterprise = "英德某再生资源公司", contentAndScale = "年处理废钢10万吨",
                totalInvestment = 12_000.0, subsidyRequested = 2_000.0, selfFunded = 10_000.0, otherFunding = 0.0, startYear = 2021, endYear = 2022,
                designCapacityYear = (int?)2023, yearlyInvestment = new[] { new { year = 2021, value = 7_000.0 }, new { year = 2022, value = 5_000.0 } },
                energySavedTce = (double?)3_000, waterSavedM3 = (double?)50_000, co2CutT = (double?)8_000, solidWasteCutT = (double?)100_000,
                wastewaterCutT = (double?)null, airPollutantsCutT = (double?)12,
            },
        },
        targets = new[]
        {
            new { indicatorCode = "WRR", baselineValue = (double?)60, yearly = new[] { new { year = 2022, value = 250.0 / 3 } } },
            new { indicatorCode = "EI_ENERGY", baselineValue = (double?)0.08, yearly = new[] { new { year = 2022, value = 0.0568 } } },
            new { indicatorCode = "SWUR", baselineValue = (double?)85, yearly = new[] { new { year = 2022, value = 70.0 } } },
        },
        pollutants = new[] { new { pollutant = "COD", dischargeT = (double?)120, treatment = "集中污水处理厂处理" } },
    };

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_plan_is_written_submitted_revised_and_its_versions_compared(Provider provider)
    {
        var app = await apps.For(provider);
        var park = await ParksApiTests.ParkIdAsync(app, "英德市英红工业园");
        var client = await app.ClientAsAsync(Roles.Park, parkName: "英德市英红工业园");

        var created = await client.PostAsJsonAsync($"/api/parks/{park}/plans", new { campaign = "gd-2020-923" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var plan = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        var saved = await client.PutAsJsonAsync($"/api/plans/{plan}/versions/1", new { content = Content(), version = 0 });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        (await client.PostAsync($"/api/plans/{plan}/versions/1/submit", null)).EnsureSuccessStatusCode();

        var edit = await client.PutAsJsonAsync($"/api/plans/{plan}/versions/1", new { content = Content("改写"), version = 2 });
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("已提交", (await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messageZh").GetString(), StringComparison.Ordinal);

        var revision = await client.PostAsync($"/api/plans/{plan}/revisions", null);
        Assert.Equal(HttpStatusCode.Created, revision.StatusCode);
        var v2 = await revision.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, v2.GetProperty("number").GetInt32());
        (await client.PutAsJsonAsync($"/api/plans/{plan}/versions/2", new { content = Content("园区面积37.8平方公里，企业120家。"), version = v2.GetProperty("version").GetInt64() }))
            .EnsureSuccessStatusCode();
        var changes = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}/compare?from=1&to=2");
        var first = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}?version=1");

        var change = Assert.Single(changes.EnumerateArray());
        Assert.Equal("basicSituation", change.GetProperty("path").GetString());
        Assert.Equal("园区位于英德市北部，面积37.8平方公里。", first.GetProperty("content").GetProperty("basicSituation").GetString());
        Assert.Equal("Submitted", first.GetProperty("status").GetString());
        Assert.Equal("CN-DEFAULT-2023", first.GetProperty("coefficientSetId").GetString());
    }

    [Fact]
    public async Task Bad_plan_content_is_refused_field_by_field_and_nothing_is_stored()
    {
        var app = await apps.For(Provider.Sqlite);
        var park = await ParksApiTests.ParkIdAsync(app, "恩平产业转移工业园");
        var client = await app.ClientAsAsync(Roles.City, regionCode: "440700");
        var plan = (await (await client.PostAsJsonAsync($"/api/parks/{park}/plans", new { campaign = "gd-2020-923" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        var content = JsonSerializer.SerializeToNode(Content(), JsonSerializerOptions.Web)!;
        content["periodEndYear"] = 2026;
        content["projects"]![0]!["subsidyRequested"] = 5_000.0;
        content["targets"]![0]!["indicatorCode"] = "NO_SUCH";

        var response = await client.PutAsJsonAsync($"/api/plans/{plan}/versions/1", new { content, version = 0 });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["periodEndYear", "projects[0].totalInvestment", "targets[0].indicatorCode"],
            problem.GetProperty("errorsEn").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("第1个重点项目“废钢铁再生利用项目”（P01）：资金来源合计 15000 万元超过总投资 12000 万元",
            problem.GetProperty("errorsZh").GetProperty("projects[0].totalInvestment").GetString());
        Assert.StartsWith("Key project 1 \"废钢铁再生利用项目\" (P01): ", problem.GetProperty("errorsEn").GetProperty("projects[0].totalInvestment").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.PlanVersions.Where(v => v.PlanId == plan).SelectMany(v => v.Projects).CountAsync()));
    }

    [Fact]
    public async Task Where_the_campaign_sets_no_threshold_no_indicator_is_judged_by_one()
    {
        var app = await apps.For(Provider.Sqlite);
        var park = await ParksApiTests.ParkIdAsync(app, "锦绣科学园（深圳）");
        var client = await app.ClientAsAsync(Roles.Park, parkName: "锦绣科学园（深圳）");
        var plan = (await (await client.PostAsJsonAsync($"/api/parks/{park}/plans", new { campaign = "gd-2020-923", baselineYear = 2020 })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        (await client.PutAsJsonAsync($"/api/plans/{plan}/versions/1", new { content = Content(), version = 0 })).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"/api/parks/{park}/statistics/2022", new { entries = StatisticsAndIndicatorsApiTests.Example2022 })).EnsureSuccessStatusCode();
        // As the seed gives 923号 (another test of this class sets Jiangsu's rule on it).
        await app.WithDbAsync(db => db.Campaigns.Where(c => c.Code == "gd-2020-923").ExecuteUpdateAsync(s => s.SetProperty(c => c.AcceptanceThreshold, (double?)null)));

        var targets = (await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}/achievement?year=2022")).EnumerateArray().ToList();
        var eligibility = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}/eligibility?year=2022");

        Assert.All(targets, t => Assert.Equal(JsonValueKind.Null, t.GetProperty("passed").ValueKind)); // 923号 sets no share of the targets
        Assert.Contains(targets, t => t.GetProperty("ratio").ValueKind == JsonValueKind.Number);
        Assert.Equal(JsonValueKind.Null, eligibility.GetProperty("threshold").ValueKind);
        Assert.Empty(eligibility.GetProperty("indicatorsBelow").EnumerateArray());
        Assert.False(eligibility.GetProperty("eligible").GetBoolean()); // judged by the projects: P01 is behind
        Assert.Single(eligibility.GetProperty("projectsBehind").EnumerateArray());
    }

    [Fact]
    public async Task Achievement_is_judged_in_each_indicator_s_direction_at_the_90_percent_edge()
    {
        var app = await apps.For(Provider.Sqlite);
        var park = await ParksApiTests.ParkIdAsync(app, "银星科技园（深圳）");
        var client = await app.ClientAsAsync(Roles.Park, parkName: "银星科技园（深圳）");
        var plan = (await (await client.PostAsJsonAsync($"/api/parks/{park}/plans", new { campaign = "gd-2020-923", baselineYear = 2020 })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        var saved = await client.PutAsJsonAsync($"/api/plans/{plan}/versions/1", new { content = Content(), version = 0 });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        (await client.PutAsJsonAsync($"/api/parks/{park}/statistics/2022", new { entries = StatisticsAndIndicatorsApiTests.Example2022 })).EnsureSuccessStatusCode();
        // The campaign sets Jiangsu's rule (003 四（四）: 资源环境指标达到预期目标90%以上).
        await app.WithDbAsync(db => db.Campaigns.Where(c => c.Code == "gd-2020-923").ExecuteUpdateAsync(s => s.SetProperty(c => c.AcceptanceThreshold, 0.9)));

        var targets = (await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}/achievement?year=2022")).EnumerateArray()
            .ToDictionary(t => t.GetProperty("indicatorCode").GetString()!);

        Assert.Equal(0.9, targets["WRR"].GetProperty("ratio").GetDouble(), 12);
        Assert.True(targets["WRR"].GetProperty("passed").GetBoolean());
        Assert.Equal(0.0568 / 0.063152, targets["EI_ENERGY"].GetProperty("ratio").GetDouble(), 12);
        Assert.False(targets["EI_ENERGY"].GetProperty("passed").GetBoolean());
        Assert.True(targets["SWUR"].GetProperty("passed").GetBoolean());

        var eligibility = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}/eligibility?year=2022");
        Assert.False(eligibility.GetProperty("eligible").GetBoolean());
        Assert.Equal(0.9, eligibility.GetProperty("threshold").GetDouble());
        var below = Assert.Single(eligibility.GetProperty("indicatorsBelow").EnumerateArray());
        Assert.Equal("EI_ENERGY", below.GetProperty("indicatorCode").GetString());
        Assert.Equal(0.063152, below.GetProperty("actual").GetDouble(), 9);
        Assert.Equal(0.0568, below.GetProperty("target").GetDouble(), 9);
        var behind = Assert.Single(eligibility.GetProperty("projectsBehind").EnumerateArray()); // P01 ends in 2022 and no progress was reported
        Assert.Equal(("P01", 100.0), (behind.GetProperty("key").GetString(), behind.GetProperty("planned").GetDouble()));
        var early = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}/eligibility?year=2021");
        Assert.Equal(7000.0 / 12000 * 100, early.GetProperty("projectsBehind")[0].GetProperty("planned").GetDouble(), 3); // 7,000 of 12,000 万元 planned by 2021
    }

    [Fact]
    public async Task The_plan_exports_to_a_valid_docx_in_the_chapter_layout()
    {
        var app = await apps.For(Provider.Sqlite);
        var park = await ParksApiTests.ParkIdAsync(app, "惠东产业转移工业园");
        var client = await app.ClientAsAsync(Roles.Province, regionCode: "440000");
        var plan = (await (await client.PostAsJsonAsync($"/api/parks/{park}/plans", new { campaign = "gd-2020-923" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        var saved = await client.PutAsJsonAsync($"/api/plans/{plan}/versions/1", new { content = Content(), version = 0 });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        var bytes = await client.GetByteArrayAsync($"/api/plans/{plan}/export.docx");

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        foreach (var heading in new[] { "惠东产业转移工业园循环化改造实施方案", "一、园区基本情况", "三、主要任务", "四、重点项目", "五、主要指标与预期成效", "废钢铁再生利用项目", "工业用水重复利用率" })
            Assert.Contains(heading, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_is_not_visible_to_a_user_of_another_city()
    {
        var app = await apps.For(Provider.Sqlite);
        var park = await ParksApiTests.ParkIdAsync(app, "广东梅州经济开发区（东升工业园区）");
        var owner = await app.ClientAsAsync(Roles.City, regionCode: "441400");
        var plan = (await (await owner.PostAsJsonAsync($"/api/parks/{park}/plans", new { campaign = "gd-2020-923" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        var other = await app.ClientAsAsync(Roles.City, regionCode: "440300");

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/plans/{plan}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/plans/{plan}/export.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutAsJsonAsync($"/api/plans/{plan}/versions/1", new { content = Content(), version = 0 })).StatusCode);
    }
}
