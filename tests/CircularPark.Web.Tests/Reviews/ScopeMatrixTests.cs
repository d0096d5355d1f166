using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CircularPark.Identity;
using CircularPark.Web.Tests.Reports;
using Microsoft.EntityFrameworkCore;

namespace CircularPark.Web.Tests.Reviews;

/// <summary>
/// Issue 4 item 7, as a table: for every resource type and every page of a park's own data, asked for by id, users of another park, city or province (and an
/// enterprise of another park) get 403 or 404 while the owner reads it; an expert loses the plan when the review closes.
/// </summary>
public class ScopeMatrixTests(Apps apps) : IClassFixture<Apps>
{
    private const string Yinghong = "英德市英红工业园";
    private const string Yinxing = "银星科技园（深圳）";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_resource_by_id_is_refused_to_other_parks_cities_and_provinces_and_the_plan_to_an_expert_whose_review_closed(Provider provider)
    {
        var app = await apps.For(provider);
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var selection = await SelectionDriver.SetUpAsync(app, province, $"matrix-{provider}");
        var (chairEmail, chair) = await selection.ExpertAsync("华南循环经济研究院");
        var plan = await selection.UnderReviewAsync(Yinghong, province, (chairEmail, true));
        var parkId = await selection.ParkIdAsync(Yinghong);
        var owner = await app.ClientAsAsync(Roles.Park, parkName: Yinghong);
        var qingyuan = await app.ClientAsAsync(Roles.City, "441800");
        (await qingyuan.PostAsJsonAsync($"/api/selection/campaigns/{selection.Campaign}/promotion-plans/441800", new { parks = new[] { new { parkId, year = 2021 } } })).EnsureSuccessStatusCode();
        var ids = await ResourcesAsync(app, owner, parkId);
        (await selection.ReviewAsync(chair, parkId)).EnsureSuccessStatusCode();
        var compiled = await selection.CompileAsync(chair, parkId, isPublic: false);
        var opinion = (await compiled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (string Resource, string Url, HttpClient Owner)[] table =
        [
            ("park", $"/api/parks/{parkId}/reports", owner),
            ("plan", $"/api/plans/{plan}", owner),
            ("review", $"/api/selection/campaigns/{selection.Campaign}/parks/{parkId}", owner),
            ("opinion", $"/api/selection/opinions/{opinion}", owner),
            ("report", $"/api/reports/{ids.Report}", owner),
            ("export: plan docx", $"/api/plans/{plan}/export.docx", owner),
            ("export: enterprises xlsx", $"/api/parks/{parkId}/enterprises/export", owner),
            ("export: promotion plan xlsx", $"/api/selection/campaigns/{selection.Campaign}/promotion-plans?city=441800&format=xlsx", qingyuan),
            ("material-flow model", $"/api/material-flows/{ids.Model}", owner),
            ("statistics", $"/api/parks/{parkId}/statistics/2022", owner),
            ("export: statistics xlsx", $"/api/parks/{parkId}/statistics/2022/export", owner),
            ("enterprise", $"/api/parks/{parkId}/enterprises/{ids.Enterprise}", owner),
            ("enterprise list", $"/api/parks/{parkId}/enterprises", owner),
            ("park indicators", $"/api/parks/{parkId}/indicators?year=2022", owner),
            ("project tracking", $"/api/parks/{parkId}/project-tracking", owner),
            ("material-flow models", $"/api/parks/{parkId}/material-flows", owner),
            ("export: material-flow model", $"/api/material-flows/{ids.Model}/export", owner),
            ("chain graph", $"/api/parks/{parkId}/chain/graph", owner),
            ("chain gaps", $"/api/parks/{parkId}/chain/gaps", owner),
            ("exchange deliveries", $"/api/exchange/delivered?park={parkId}&year=2022", owner),
        ];
        var outsiders = new[]
        {
            await app.ClientAsAsync(Roles.Park, parkName: Yinxing), await app.ClientAsAsync(Roles.City, "440300"),
            await app.ClientAsAsync(Roles.Province, "370000"), await app.ClientAsAsync(Roles.Enterprise, parkName: Yinxing),
        };

        foreach (var (resource, url, ownerClient) in table)
        {
            Assert.True((await ownerClient.GetAsync(url)).IsSuccessStatusCode, $"{resource}: the owner reads {url}");
            foreach (var outsider in outsiders)
            {
                var status = (await outsider.GetAsync(url)).StatusCode;
                Assert.True(status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{resource}: an outsider got {(int)status} for {url}");
            }
        }
        string[] pages =
        [
            $"/parks/{parkId}/edit", $"/parks/{parkId}/dashboard", $"/parks/{parkId}/plans", $"/plans/{plan}", $"/parks/{parkId}/statistics/2022",
            $"/parks/{parkId}/indicators", $"/reports/{ids.Report}", $"/parks/{parkId}/material-flows", $"/material-flows/{ids.Model}",
            $"/parks/{parkId}/enterprises", $"/parks/{parkId}/enterprises/edit/{ids.Enterprise}", $"/parks/{parkId}/chain", $"/parks/{parkId}/chain/gaps",
        ];
        foreach (var page in pages)
        {
            Assert.False(await RefusedAsync(owner, page), $"the owner opens {page}");
            foreach (var outsider in outsiders) Assert.True(await RefusedAsync(outsider, page), $"an outsider opens {page}");
        }
        var campaignWide = $"/api/campaigns/{selection.Campaign}/indicators?year=2022";
        Assert.Contains(Yinghong, await owner.GetStringAsync(campaignWide), StringComparison.Ordinal);
        foreach (var outsider in outsiders.Append(chair))
            Assert.DoesNotContain(Yinghong, await outsider.GetStringAsync(campaignWide), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await chair.GetAsync($"/api/plans/{plan}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await chair.GetAsync($"/api/selection/opinions/{opinion}")).StatusCode);
        var closed = await selection.StatusAsync(chair, parkId);
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("planId").ValueKind);
        Assert.Equal(0, closed.GetProperty("opinions").GetArrayLength());
        Assert.Equal(0, closed.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Public_lists_and_the_public_park_record_show_no_application_review_or_private_opinion()
    {
        var app = await apps.For(Provider.Sqlite);
        var province = await app.ClientAsAsync(Roles.Province, "440000");
        var selection = await SelectionDriver.SetUpAsync(app, province, "public-view");
        var (chairEmail, chair) = await selection.ExpertAsync("华南循环经济研究院");
        await selection.UnderReviewAsync(Yinghong, province, (chairEmail, true));
        var parkId = await selection.ParkIdAsync(Yinghong);
        (await selection.ReviewAsync(chair, parkId)).EnsureSuccessStatusCode();
        (await selection.CompileAsync(chair, parkId, isPublic: false)).EnsureSuccessStatusCode();
        var anonymous = app.CreateClient();

        var list = await anonymous.GetFromJsonAsync<JsonElement>($"/api/campaigns/{selection.Campaign}/parks");
        var summary = await anonymous.GetFromJsonAsync<JsonElement>($"/api/campaigns/{selection.Campaign}/summary");
        var park = await anonymous.GetFromJsonAsync<JsonElement>($"/api/parks/{parkId}");
        var asProvince = await province.GetFromJsonAsync<JsonElement>($"/api/campaigns/{selection.Campaign}/parks");

        Assert.Equal(0, list.GetArrayLength());
        Assert.Equal(0, summary.GetProperty("total").GetProperty("cumulative").GetProperty("total").GetInt32());
        Assert.DoesNotContain(park.GetProperty("campaigns").EnumerateArray(), c => c.GetProperty("campaignCode").GetString() == selection.Campaign);
        Assert.DoesNotContain(park.GetProperty("opinions").EnumerateArray(), o => !o.GetProperty("isPublic").GetBoolean());
        Assert.Equal(1, asProvince.GetArrayLength());
    }

    /// <summary>A page refuses with 403/404, or by sending the user to the access-denied page.</summary>
    private static async Task<bool> RefusedAsync(HttpClient client, string page)
    {
        using var response = await client.GetAsync(page);
        if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound) return true;
        Assert.True(response.IsSuccessStatusCode, $"{page}: {(int)response.StatusCode}");
        return response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/account/denied", StringComparison.Ordinal);
    }

    /// <summary>A yearly report draft, an enterprise, 2022 statistics and a material-flow model of the park, made by its own user.</summary>
    internal static async Task<(int Report, int Enterprise, int Model)> ResourcesAsync(TestApp app, HttpClient owner, int parkId)
    {
        var requirement = await YearlyReportTests.AddRequirementAsync(app);
        (await owner.PutAsJsonAsync($"/api/parks/{parkId}/reports/{requirement}/2026", new { progress = "按计划推进。", energySavedTce = 100.0 })).EnsureSuccessStatusCode();
        var report = await app.WithDbAsync(db => db.YearlyReports.Where(r => r.ParkId == parkId && r.RequirementId == requirement).Select(r => r.Id).SingleAsync());
        var enterprise = await owner.PostAsJsonAsync($"/api/parks/{parkId}/enterprises", new
        {
            name = "示范陶瓷厂", industryCode = "C3071", latitude = 24.2, longitude = 113.4, permitScope = "",
            streams = new object[] { new { name = "废瓷", kind = "Waste", materialCode = "ceramic-waste", quantity = 100.0, unit = "Tonne" } },
        });
        Assert.True(enterprise.IsSuccessStatusCode, await enterprise.Content.ReadAsStringAsync());
        (await owner.PutAsJsonAsync($"/api/parks/{parkId}/statistics/2022", new { entries = Indicators.StatisticsAndIndicatorsApiTests.Example2022 })).EnsureSuccessStatusCode();
        var model = await owner.PostAsJsonAsync($"/api/parks/{parkId}/material-flows", new { year = 2020, scenario = "Before", title = "改造前物质流" });
        Assert.True(model.IsSuccessStatusCode, await model.Content.ReadAsStringAsync());
        return (report, (await enterprise.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32(),
            (await model.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
    }
}
